import { settingsMessages } from '../../shared/i18n/settings.ts';
import { getMailPreferences } from '../features/reminders/api/reminders.ts';
import { MailSettingsForm } from '../features/reminders/components/mail-settings-form.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

/** Settings of the signed-in account: the language of pages and mails, and for participants single mails or a digest. */
export function MailSettingsPage() {
  const t = useMessages(settingsMessages);
  const preferences = useResource('mail-preferences', (signal) => getMailPreferences(signal));
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <Loaded resource={preferences} loading={t('loading')}>
        {(initial) => <MailSettingsForm initial={initial} />}
      </Loaded>
    </Page>
  );
}
