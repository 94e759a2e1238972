import type { Localised } from '../outbox/outbox.service.ts';

/** Sent by a contact's reminder and by the automatic weekly one. */
export function profileReminderMail(v: {
  name: string;
  role: 'mentor' | 'mentee';
  cycleName: string;
  link: string;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Bitte vervollständigen Sie Ihr Profil für ${v.cycleName}`,
          body: `Guten Tag ${v.name},\n\nIhr Profil für das Cross-Mentoring-Programm ${v.cycleName} ist noch nicht vollständig. Auf seiner Grundlage finden wir ${
            v.role === 'mentee' ? 'Ihre Mentorin oder Ihren Mentor' : 'Ihr Tandem'
          }.\nBitte füllen Sie es aus: ${v.link}\n`,
        }
      : {
          subject: `Please complete your profile for ${v.cycleName}`,
          body: `Hello ${v.name},\n\nYour profile for the cross-mentoring programme ${v.cycleName} is not complete yet. We use it to find a ${
            v.role === 'mentee' ? 'mentor' : 'mentee'
          } for you.\nPlease fill it in: ${v.link}\n`,
        };
}
