import type { Localised } from '../outbox/outbox.service.ts';

export function passwordResetMail(v: { name: string; link: string; validMinutes: number }): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: 'Neues Passwort für crossmentor',
          body: `Guten Tag ${v.name},\n\nSie haben ein neues Passwort für Ihr Konto bei crossmentor angefordert. Über diesen Link legen Sie es fest; er ist ${v.validMinutes} Minuten gültig und funktioniert nur einmal:\n\n${v.link}\n\nWenn Sie kein neues Passwort angefordert haben, können Sie diese Mail ignorieren: Ihr Passwort bleibt unverändert.\n`,
        }
      : {
          subject: 'Set a new crossmentor password',
          body: `Hello ${v.name},\n\nSomeone, probably you, asked to set a new password for your crossmentor account. Set it with this link; it is valid for ${v.validMinutes} minutes and works once:\n\n${v.link}\n\nIf you did not ask for a new password, you can ignore this mail: your password stays as it is.\n`,
        };
}
