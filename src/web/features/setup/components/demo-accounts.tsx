import { useEffect, useRef } from 'react';
import { setupMessages } from '../../../../shared/i18n/setup.ts';
import { roleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CopyField } from '../../../lib/ui/copy-field.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import type { DemoLoaded } from '../api/setup.ts';

/** Who to sign in as after loading the demo. The password is shown only here, so it gets a copy button. */
export function DemoAccounts({ demo, onContinue }: { demo: DemoLoaded; onContinue: () => void }) {
  const t = useMessages(setupMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel" aria-labelledby="demo-loaded">
      <h2 id="demo-loaded" ref={heading} tabIndex={-1}>
        {t('demoLoaded')}
      </h2>
      <p>{t('demoReady', { organisations: demo.organisations, participants: demo.participants })}</p>
      <CopyField label={t('demoPassword')} value={demo.demoPassword} />
      <TableRegion label={t('demoAccounts')}>
        <table className="table">
          <caption>{t('demoAccounts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnEmail')}</th>
              <th scope="col">{t('columnRole')}</th>
              <th scope="col">{t('columnWho')}</th>
            </tr>
          </thead>
          <tbody>
            {demo.signInAs.map((a) => (
              <tr key={a.email}>
                <td className="wrap-anywhere">
                  <code>{a.email}</code>
                </td>
                <td>{roleLabel(a.role)}</td>
                <td>{a.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <button type="button" className="button" onClick={onContinue}>
        {t('goToSignIn')}
      </button>
    </section>
  );
}
