import { useState } from 'react';
import type { Account } from '../../shared/contract/auth.ts';
import type { DemoLoaded } from '../features/setup/api/setup.ts';
import { CoordinatorForm } from '../features/setup/components/coordinator-form.tsx';
import { DemoAccounts } from '../features/setup/components/demo-accounts.tsx';
import { DemoLoader } from '../features/setup/components/demo-loader.tsx';
import { Page } from '../lib/ui/page.tsx';

type Props = {
  onSignedIn: (account: Account) => void;
  /** After the demo is loaded: setup is over, continue to sign in. */
  onDemoContinue: () => void;
};

export function SetupPage({ onSignedIn, onDemoContinue }: Props) {
  const [demo, setDemo] = useState<DemoLoaded | null>(null);
  if (demo) {
    return (
      <Page title="Set up crossmentor">
        <DemoAccounts demo={demo} onContinue={onDemoContinue} />
      </Page>
    );
  }
  return (
    <Page
      title="Set up crossmentor"
      intro={<p>This installation is new. Create the first coordinator account, or try it with demo data.</p>}
    >
      <div className="split">
        <section className="panel" aria-labelledby="setup-coordinator">
          <h2 id="setup-coordinator">Create the first coordinator</h2>
          <p>
            The coordinator runs the programme: adds organisations, opens cycles and invites organisation
            contacts.
          </p>
          <CoordinatorForm onCreated={onSignedIn} />
        </section>
        <section className="panel" aria-labelledby="setup-demo">
          <h2 id="setup-demo">Or explore a demo</h2>
          <p>
            Loads a fictional consortium with organisations, a cycle, mentors and mentees, and accounts for
            each role. Meant for trying crossmentor out, not for a real programme.
          </p>
          <DemoLoader onLoaded={setDemo} />
        </section>
      </div>
    </Page>
  );
}
