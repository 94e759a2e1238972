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
          body: `Guten Tag ${v.name},\n\nSie und ${v.partner} bilden in ${v.cycleName} ein Tandem. Herzlich willkommen!\nProfil und erste Schritte: ${v.link}\n`,
        }
      : {
          subject: `Your tandem in ${v.cycleName}`,
          body: `Hello ${v.name},\n\nWelcome to ${v.cycleName}! Your tandem partner is ${v.partner}.\nSee their profile and how to start: ${v.link}\n`,
        };
}

export function tandemDissolvedMail(v: { name: string; cycleName: string; reason: string }): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Ihr Tandem in ${v.cycleName} ist beendet`,
          body: `Guten Tag ${v.name},\n\nIhr Tandem in ${v.cycleName} wurde von der Koordination beendet. Grund: ${v.reason}\n`,
        }
      : {
          subject: `Your tandem in ${v.cycleName} has ended`,
          body: `Hello ${v.name},\n\nThe coordinator has ended your tandem in ${v.cycleName}. Reason: ${v.reason}\n`,
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
          body: `Guten Tag ${v.name},\n\nSie bilden in ${v.cycleName} ab jetzt ein neues Tandem mit ${v.partner}.\nZum Profil: ${v.link}\n`,
        }
      : {
          subject: `Your new tandem in ${v.cycleName}`,
          body: `Hello ${v.name},\n\nYour new tandem partner is ${v.partner}.\nSee their profile: ${v.link}\n`,
        };
}
