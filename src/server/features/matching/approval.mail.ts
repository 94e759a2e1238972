import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Localised } from '../outbox/outbox.service.ts';

/** To an organisation's contacts: how many proposals for their mentees wait for approval. */
export function proposalsToApproveMail(v: {
  name: string;
  count: number;
  cycleName: string;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('proposalsToApproveSubject', v), body: t('proposalsToApproveBody', v) };
  };
}
