import { useState } from 'react';
import type { Account } from '../../shared/contract/auth.ts';
import { setupMessages } from '../../shared/i18n/setup.ts';
import type { DemoLoaded } from '../features/setup/api/setup.ts';
import { CoordinatorForm } from '../features/setup/components/coordinator-form.tsx';
import { DemoAccounts } from '../features/setup/components/demo-accounts.tsx';
import { DemoLoader } from '../features/setup/components/demo-loader.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Page } from '../lib/ui/page.tsx';

type Props = {
  onSignedIn: (account: Account) => void;
  /** After the demo is loaded: setup is over, continue to sign in. */
  onDemoContinue: () => void;
};

export function SetupPage({ onSignedIn, onDemoContinue }: Props) {
  const t = useMessages(setupMessages);
  const [demo, setDemo] = useState<DemoLoaded | null>(null);
  if (demo) {
    return (
      <Page title={t('title')}>
        <DemoAccounts demo={demo} onContinue={onDemoContinue} />
      </Page>
    );
  }
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <div className="split">
        <section className="panel" aria-labelledby="setup-coordinator">
          <h2 id="setup-coordinator">{t('coordinatorHeading')}</h2>
          <p>{t('coordinatorIntro')}</p>
          <CoordinatorForm onCreated={onSignedIn} />
        </section>
        <section className="panel" aria-labelledby="setup-demo">
          <h2 id="setup-demo">{t('demoHeading')}</h2>
          <p>{t('demoIntro')}</p>
          <DemoLoader onLoaded={setDemo} />
        </section>
      </div>
    </Page>
  );
}
