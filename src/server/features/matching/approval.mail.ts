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
          body: `Guten Tag ${v.name},\n\n${
            v.count === 1
              ? `Sie haben in ${v.cycleName} einen Tandem-Vorschlag zur Freigabe. Er betrifft eine Person aus Ihrer Organisation, die als Mentee teilnimmt.\nBitte prüfen Sie den Vorschlag: ${v.link}`
              : `Sie haben in ${v.cycleName} ${v.count} Tandem-Vorschläge zur Freigabe. Die Vorschläge betreffen Mentees aus Ihrer Organisation.\nBitte prüfen Sie die Vorschläge: ${v.link}`
          }\n`,
        }
      : {
          subject: `Tandem proposals to approve: ${v.cycleName}`,
          body: `Hello ${v.name},\n\n${
            v.count === 1
              ? `One proposed tandem for a mentee of your organisation is waiting for your approval in ${v.cycleName}.\nPlease review it: ${v.link}`
              : `Proposed tandems for ${v.count} mentees of your organisation are waiting for your approval in ${v.cycleName}.\nPlease review them: ${v.link}`
          }\n`,
        };
}
