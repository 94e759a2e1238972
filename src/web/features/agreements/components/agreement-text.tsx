import type { AgreementVersion } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { cadenceLabel, meetingFormatLabel } from './labels.ts';

/** One version of the agreement as both read and sign it. */
export function AgreementText({ version }: { version: AgreementVersion }) {
  const t = useMessages(agreementsMessages);
  return (
    <>
      <h3>{t('goalsHeading')}</h3>
      <ol className="agreement-goals">
        {version.goals.map((g, i) => (
          <li key={g.goalId ?? i}>
            <strong>{g.title}</strong>
            <br />
            <span className="muted">{t('successMeasure')}</span> {g.successMeasure}
          </li>
        ))}
      </ol>
      <dl className="facts">
        <div>
          <dt>{t('weMeet')}</dt>
          <dd>{cadenceLabel(t, version.cadenceDays)}</dd>
        </div>
        <div>
          <dt>{t('formatField')}</dt>
          <dd>{meetingFormatLabel(t, version.meetingFormat)}</dd>
        </div>
      </dl>
      <h3>{t('confidentialityHeading')}</h3>
      <p className="prose">{version.confidentiality}</p>
    </>
  );
}
