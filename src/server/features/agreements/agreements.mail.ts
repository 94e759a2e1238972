import { translator } from '../../../shared/i18n/catalogue.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
import type { Localised } from '../outbox/outbox.service.ts';

/** To the partner of whoever saved a change: the agreement waits for their signature. */
export function agreementChangedMail(v: {
  name: string;
  editor: string;
  version: number;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('agreementChangedSubject', v), body: t('agreementChangedBody', v) };
  };
}

/** To the partner of the first signer: their own signature is what is missing. */
export function agreementAwaitsSignatureMail(v: { name: string; signer: string; link: string }): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return {
      subject: t('agreementAwaitsSignatureSubject', v),
      body: t('agreementAwaitsSignatureBody', v),
    };
  };
}

/** To both members once the second signature is in. */
export function agreementSignedMail(v: { name: string; partner: string; link: string }): Localised {
  return (language) => {
    const t = translator(mailsMessages, language);
    return { subject: t('agreementSignedSubject'), body: t('agreementSignedBody', v) };
  };
}
