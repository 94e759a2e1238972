import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { AgreementText } from './agreement-text.tsx';
import { signatureLines } from './labels.ts';

/** Every earlier version with when it was saved and signed, each opened on demand. */
export function AgreementHistory({ agreement }: { agreement: Agreement }) {
  if (agreement.history.length === 0) return null;
  const names = { mentee: agreement.mentee.name, mentor: agreement.mentor.name };
  return (
    <section aria-labelledby="agreement-history">
      <h3 id="agreement-history">Earlier versions</h3>
      <ul className="plain-list">
        {agreement.history.map((v) => (
          <li key={v.version}>
            <details>
              <summary>
                Version {v.version}
                {v.savedAt ? `, saved ${formatDateTime(v.savedAt)}` : ''}
                {v.editedBy ? ` by ${v.editedBy.name}` : ''}
                {' · '}
                {signatureLines(v, names).join('; ') || 'never signed'}
              </summary>
              <AgreementText version={v} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
