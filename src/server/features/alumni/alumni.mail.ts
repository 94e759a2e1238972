import { translator } from '../../../shared/i18n/catalogue.ts';
import { formatDate } from '../../../shared/i18n/formats.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Localised } from '../outbox/outbox.service.ts';

/** To an alumni mentor the coordinator invites to take part in a next cycle. */
export function alumniInvitationMail(v: {
  name: string;
  cycleName: string;
  startsOn: string;
  endsOn: string;
  lastCycleName: string;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    const values = {
      ...v,
      startsOn: formatDate(language, v.startsOn, 'long'),
      endsOn: formatDate(language, v.endsOn, 'long'),
    };
    return { subject: t('alumniInvitationSubject', values), body: t('alumniInvitationBody', values) };
  };
}
