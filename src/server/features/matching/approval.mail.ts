import type { Localised } from '../outbox/outbox.service.ts';

export function proposalsToApproveMail(v: {
  name: string;
  count: number;
  cycleName: string;
  link: string;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Tandem-Vorschläge zur Freigabe: ${v.cycleName}`,
          body: `Guten Tag ${v.name},\n\n${v.count === 1 ? 'ein Tandem-Vorschlag für Ihre Mentee wartet' : `${v.count} Tandem-Vorschläge für Ihre Mentees warten`} in ${v.cycleName} auf Ihre Freigabe.\nBitte prüfen Sie: ${v.link}\n`,
        }
      : {
          subject: `Tandem proposals to approve: ${v.cycleName}`,
          body: `Hello ${v.name},\n\n${v.count} proposed ${v.count === 1 ? 'tandem for your mentee is' : 'tandems for your mentees are'} ready for your approval in ${v.cycleName}.\nPlease review them: ${v.link}\n`,
        };
}
