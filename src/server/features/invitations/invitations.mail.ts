import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Localised } from '../outbox/outbox.service.ts';

export function invitationMail(v: {
  name: string;
  inviterName: string;
  organisationName: string;
  link: string;
  validDays: number;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('invitationSubject', v), body: t('invitationBody', v) };
  };
}
