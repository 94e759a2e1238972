import type { AgreementVersion } from '../../../../shared/contract/agreements.ts';
import { cadenceLabel, meetingFormatLabels } from './labels.ts';

/** One version of the agreement as both read and sign it. */
export function AgreementText({ version }: { version: AgreementVersion }) {
  return (
    <>
      <h3>Goals</h3>
      <ol className="agreement-goals">
        {version.goals.map((g, i) => (
          <li key={g.goalId ?? i}>
            <strong>{g.title}</strong>
            <br />
            <span className="muted">Success measure:</span> {g.successMeasure}
          </li>
        ))}
      </ol>
      <dl className="facts">
        <div>
          <dt>We meet</dt>
          <dd>{cadenceLabel(version.cadenceDays)}</dd>
        </div>
        <div>
          <dt>Preferred format</dt>
          <dd>{meetingFormatLabels[version.meetingFormat]}</dd>
        </div>
      </dl>
      <h3>Confidentiality</h3>
      <p className="prose">{version.confidentiality}</p>
    </>
  );
}
