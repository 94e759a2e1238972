import type { Localised } from '../outbox/outbox.service.ts';

export function tandemPublishedMail(v: {
  name: string;
  partner: string;
  cycleName: string;
  link: string;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Ihr Tandem in ${v.cycleName}`,
          body: `Guten Tag ${v.name},\n\nwillkommen in ${v.cycleName}! Ihr Tandem-Partner ist ${v.partner}.\nProfil und erste Schritte: ${v.link}\n`,
        }
      : {
          subject: `Your tandem in ${v.cycleName}`,
          body: `Hello ${v.name},\n\nwelcome to ${v.cycleName}! Your tandem partner is ${v.partner}.\nSee their profile and how to start: ${v.link}\n`,
        };
}

export function tandemDissolvedMail(v: { name: string; cycleName: string; reason: string }): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Ihr Tandem in ${v.cycleName} ist beendet`,
          body: `Guten Tag ${v.name},\n\ndie Koordination hat Ihr Tandem in ${v.cycleName} beendet. Grund: ${v.reason}\n`,
        }
      : {
          subject: `Your tandem in ${v.cycleName} has ended`,
          body: `Hello ${v.name},\n\nthe coordinator has ended your tandem in ${v.cycleName}. Reason: ${v.reason}\n`,
        };
}

export function tandemRematchedMail(v: {
  name: string;
  partner: string;
  cycleName: string;
  link: string;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Ihr neues Tandem in ${v.cycleName}`,
          body: `Guten Tag ${v.name},\n\nIhr neuer Tandem-Partner ist ${v.partner}.\nZum Profil: ${v.link}\n`,
        }
      : {
          subject: `Your new tandem in ${v.cycleName}`,
          body: `Hello ${v.name},\n\nyour new tandem partner is ${v.partner}.\nSee their profile: ${v.link}\n`,
        };
}
