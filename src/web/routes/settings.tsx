import { getMailPreferences } from '../features/reminders/api/reminders.ts';
import { MailSettingsForm } from '../features/reminders/components/mail-settings-form.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

/** Mail settings of the signed-in account: language, and for participants single mails or a digest. */
export function MailSettingsPage() {
  const preferences = useResource('mail-preferences', (signal) => getMailPreferences(signal));
  return (
    <Page title="Mail settings" intro={<p>Choose how crossmentor writes to you.</p>}>
      <Loaded resource={preferences} loading="Loading your mail settings…">
        {(initial) => <MailSettingsForm initial={initial} />}
      </Loaded>
    </Page>
  );
}
