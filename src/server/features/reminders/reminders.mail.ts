import { addDays } from '../../dates.ts';
import type { Localised } from '../outbox/outbox.service.ts';

// The automatic reminders, in English and German.

function formatDate(date: Date, language: 'en' | 'de') {
  return date.toLocaleDateString(language === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function meetingReminderMail(v: {
  name: string;
  partner: string;
  /** The last held meeting, or null when the tandem has not met yet. */
  lastMeeting: Date | null;
  link: string;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: `Zeit für ein Treffen mit ${v.partner}`,
          body: `Guten Tag ${v.name},\n\n${
            v.lastMeeting
              ? `Ihr letztes Tandem-Treffen mit ${v.partner} war am ${formatDate(v.lastMeeting, 'de')}`
              : `Sie und ${v.partner} haben sich noch nicht getroffen`
          }, und es ist kein Treffen geplant.\nSchlagen Sie doch einen Termin vor: ${v.link}\n`,
        }
      : {
          subject: `Time to meet ${v.partner}`,
          body: `Hello ${v.name},\n\n${
            v.lastMeeting
              ? `Your last tandem meeting with ${v.partner} was on ${formatDate(v.lastMeeting, 'en')}`
              : `You and ${v.partner} have not met yet`
          }, and no meeting is planned.\nWhy not propose a date: ${v.link}\n`,
        };
}

export function agreementReminderMail(v: {
  name: string;
  partner: string;
  /** Whether there is an agreement to sign yet, or it still has to be written. */
  exists: boolean;
  link: string;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: 'Ihre Tandem-Vereinbarung ist noch nicht unterschrieben',
          body: `Guten Tag ${v.name},\n\n${
            v.exists
              ? `Sie haben die Vereinbarung Ihres Tandems mit ${v.partner} noch nicht unterschrieben.`
              : `Sie und ${v.partner} haben noch keine Tandem-Vereinbarung (Ziele, Rhythmus, Vertraulichkeit).`
          }\nBitte holen Sie das nach: ${v.link}\n`,
        }
      : {
          subject: 'Your tandem agreement is not signed yet',
          body: `Hello ${v.name},\n\n${
            v.exists
              ? `You have not signed your tandem's agreement with ${v.partner} yet.`
              : `You and ${v.partner} have no tandem agreement yet (goals, cadence, confidentiality).`
          }\nPlease take care of it: ${v.link}\n`,
        };
}

export function surveyReminderMail(v: {
  name: string;
  surveyTitle: string;
  cycleName: string;
  /** The day the survey closes (it takes answers until the day before), as YYYY-MM-DD. */
  closesOn: string;
  link: string;
}): Localised {
  // The mail names the last day answers are taken, the day before the survey closes.
  const lastDay = new Date(`${addDays(v.closesOn, -1)}T00:00:00Z`);
  return (language) =>
    language === 'de'
      ? {
          subject: `Ihre Meinung zählt: ${v.surveyTitle}`,
          body: `Guten Tag ${v.name},\n\nSie haben die Umfrage „${v.surveyTitle}“ zu ${v.cycleName} noch nicht beantwortet. Das Ausfüllen dauert nur wenige Minuten; Sie können bis einschließlich ${formatDate(lastDay, 'de')} antworten.\nZur Umfrage: ${v.link}\n`,
        }
      : {
          subject: `Your view counts: ${v.surveyTitle}`,
          body: `Hello ${v.name},\n\nYou have not answered the survey "${v.surveyTitle}" about ${v.cycleName} yet. It takes only a few minutes; the last day to answer is ${formatDate(lastDay, 'en')}.\nAnswer it here: ${v.link}\n`,
        };
}
