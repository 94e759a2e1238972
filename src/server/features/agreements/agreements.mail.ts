import type { Localised } from '../outbox/outbox.service.ts';

/** To the partner of whoever saved a change: the agreement waits for their signature. */
export function agreementChangedMail(v: {
  name: string;
  editor: string;
  version: number;
  link: string;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `${v.editor} hat Ihre Tandem-Vereinbarung geändert`,
          body: `Guten Tag ${v.name},\n\n${v.editor} hat Ihre Tandem-Vereinbarung geändert (Fassung ${v.version}). Bitte lesen Sie die neue Fassung und unterschreiben Sie sie, wenn Sie einverstanden sind: ${v.link}\n`,
        }
      : {
          subject: `${v.editor} changed your tandem agreement`,
          body: `Hello ${v.name},\n\n${v.editor} changed your tandem agreement (version ${v.version}). Please read it and sign it if you agree: ${v.link}\n`,
        };
}

/** To the partner of the first signer: their own signature is what is missing. */
export function agreementAwaitsSignatureMail(v: { name: string; signer: string; link: string }): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `${v.signer} hat Ihre Tandem-Vereinbarung unterschrieben`,
          body: `Guten Tag ${v.name},\n\n${v.signer} hat Ihre Tandem-Vereinbarung unterschrieben; es fehlt nur noch Ihre Unterschrift: ${v.link}\n`,
        }
      : {
          subject: `${v.signer} signed your tandem agreement`,
          body: `Hello ${v.name},\n\n${v.signer} signed your tandem agreement; only your signature is missing now: ${v.link}\n`,
        };
}

/** To both members once the second signature is in. */
export function agreementSignedMail(v: { name: string; partner: string; link: string }): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: 'Ihre Tandem-Vereinbarung ist unterschrieben',
          body: `Guten Tag ${v.name},\n\nSie und ${v.partner} haben Ihre Tandem-Vereinbarung beide unterschrieben. Ziele, Rhythmus und Vertraulichkeit finden Sie hier: ${v.link}\n`,
        }
      : {
          subject: 'Your tandem agreement is signed',
          body: `Hello ${v.name},\n\nYou and ${v.partner} have both signed your tandem agreement. Your goals, meeting cadence and confidentiality terms are here: ${v.link}\n`,
        };
}
