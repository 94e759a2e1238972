import { listMyParticipations } from '../features/programme/api/programme.ts';
import { MyParticipations } from '../features/programme/components/my-participations.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

export function MyProgrammePage() {
  const { account } = useSession();
  const participations = useResource('me', (signal) => listMyParticipations(signal));
  return (
    <Page title="My programme" intro={<p>Welcome, {account.name}.</p>}>
      <Loaded resource={participations} loading="Loading your programme…">
        {(list) => <MyParticipations participations={list} />}
      </Loaded>
    </Page>
  );
}
