import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Localised } from '../outbox/outbox.service.ts';

/** Sent by a contact's reminder and by the automatic weekly one. */
export function profileReminderMail(v: {
  name: string;
  role: 'mentor' | 'mentee';
  cycleName: string;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('profileReminderSubject', v), body: t('profileReminderBody', v) };
  };
}
