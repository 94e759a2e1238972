import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Localised } from '../outbox/outbox.service.ts';

export function passwordResetMail(v: { name: string; link: string; validMinutes: number }): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('passwordResetSubject'), body: t('passwordResetBody', v) };
  };
}
