import type { Localised } from '../outbox/outbox.service.ts';

export function invitationMail(v: {
  name: string;
  inviterName: string;
  organisationName: string;
  link: string;
  validDays: number;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Einladung zu crossmentor (${v.organisationName})`,
          body: `Guten Tag ${v.name},\n\n${v.inviterName} lädt Sie zum Cross-Mentoring-Programm auf crossmentor ein.\nBitte legen Sie innerhalb von ${v.validDays} Tagen Ihr Passwort fest:\n\n${v.link}\n`,
        }
      : {
          subject: `You are invited to crossmentor (${v.organisationName})`,
          body: `Hello ${v.name},\n\n${v.inviterName} invites you to the cross-mentoring programme on crossmentor.\nSet your password here within ${v.validDays} days:\n\n${v.link}\n`,
        };
}
