import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Localised } from '../outbox/outbox.service.ts';

export function tandemPublishedMail(v: {
  name: string;
  partner: string;
  cycleName: string;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('tandemPublishedSubject', v), body: t('tandemPublishedBody', v) };
  };
}

export function tandemDissolvedMail(v: { name: string; cycleName: string; reason: string }): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('tandemDissolvedSubject', v), body: t('tandemDissolvedBody', v) };
  };
}

export function tandemRematchedMail(v: {
  name: string;
  partner: string;
  cycleName: string;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('tandemRematchedSubject', v), body: t('tandemRematchedBody', v) };
  };
}
