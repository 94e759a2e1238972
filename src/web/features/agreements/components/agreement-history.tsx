import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { AgreementText } from './agreement-text.tsx';
import { signatureLines, versionLine } from './labels.ts';

/** Every earlier version with when it was saved and signed, each opened on demand. */
export function AgreementHistory({ agreement }: { agreement: Agreement }) {
  const t = useMessages(agreementsMessages);
  if (agreement.history.length === 0) return null;
  const names = { mentee: agreement.mentee.name, mentor: agreement.mentor.name };
  return (
    <section aria-labelledby="agreement-history">
      <h3 id="agreement-history">{t('earlierVersions')}</h3>
      <ul className="plain-list">
        {agreement.history.map((v) => (
          <li key={v.version}>
            <details>
              <summary>
                {versionLine(t, v)}
                {' · '}
                {signatureLines(t, v, names).join('; ') || t('neverSigned')}
              </summary>
              <AgreementText version={v} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
