import { utcOffsetLabel } from '../../../shared/utc-offset.ts';
import type { Localised, MailLanguage } from '../outbox/outbox.service.ts';

export interface MeetingFacts {
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  place: string;
  videoLink: string;
}

/**
 * "Thursday, 4 March 2027 at 10:00 (UTC+1, Europe/Berlin)", "Donnerstag, 4. März 2027 um 10:00 Uhr
 * (UTC+1, Europe/Berlin)": in the recipient's language. The offset says which 02:30 is meant on
 * the night the clocks go back and show it twice.
 */
export function formatWhen(language: MailLanguage, meeting: Pick<MeetingFacts, 'startsAt' | 'timeZone'>) {
  const formatted = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: meeting.timeZone,
  }).format(meeting.startsAt);
  const clock = language === 'de' ? `${formatted} Uhr` : formatted;
  return `${clock} (${utcOffsetLabel(meeting.startsAt, meeting.timeZone)}, ${meeting.timeZone})`;
}

function details(language: MailLanguage, meeting: MeetingFacts) {
  const de = language === 'de';
  const lines = [
    `${de ? 'Wann' : 'When'}: ${formatWhen(language, meeting)}`,
    `${de ? 'Dauer' : 'Duration'}: ${meeting.durationMinutes} ${de ? 'Minuten' : 'minutes'}`,
  ];
  if (meeting.place) lines.push(`${de ? 'Ort' : 'Place'}: ${meeting.place}`);
  if (meeting.videoLink) lines.push(`${de ? 'Videolink' : 'Video link'}: ${meeting.videoLink}`);
  return lines.join('\n');
}

/** To the partner: a new proposal, or another time for one under discussion. */
export function meetingProposedMail(v: {
  name: string;
  proposer: string;
  meeting: MeetingFacts;
  link: string;
  anotherTime: boolean;
}): Localised {
  return (language) =>
    language === 'de'
      ? {
          subject: v.anotherTime
            ? `${v.proposer} schlägt eine andere Zeit für Ihr Treffen vor`
            : `${v.proposer} schlägt ein Treffen vor`,
          body: `Guten Tag ${v.name},\n\n${v.proposer} schlägt ${v.anotherTime ? 'eine andere Zeit für Ihr Treffen' : 'ein Treffen'} vor:\n\n${details(language, v.meeting)}\n\nBitte nehmen Sie den Termin an oder schlagen Sie eine andere Zeit vor: ${v.link}\n`,
        }
      : {
          subject: v.anotherTime
            ? `${v.proposer} proposes another time for your meeting`
            : `${v.proposer} proposes a meeting`,
          body: `Hello ${v.name},\n\n${v.proposer} proposes ${v.anotherTime ? 'another time for your meeting' : 'a meeting'}:\n\n${details(language, v.meeting)}\n\nPlease accept it or propose another time: ${v.link}\n`,
        };
}

/** To both members, with the calendar invitation attached. */
export function meetingInvitationMail(v: {
  name: string;
  partner: string;
  meeting: MeetingFacts;
  link: string;
  /** False when the time moved and waits for the partner's acceptance. */
  confirmed: boolean;
}): Localised {
  return (language) => {
    const when = formatWhen(language, v.meeting);
    return language === 'de'
      ? v.confirmed
        ? {
            subject: `Treffen bestätigt: ${when}`,
            body: `Guten Tag ${v.name},\n\nIhr Treffen mit ${v.partner} ist bestätigt:\n\n${details(language, v.meeting)}\n\nDie Kalendereinladung ist angehängt. Zum Tandem: ${v.link}\n`,
          }
        : {
            subject: `Treffen verschoben: ${when}`,
            body: `Guten Tag ${v.name},\n\nIhr Treffen mit ${v.partner} soll zu einer neuen Zeit stattfinden; die neue Zeit ist noch nicht von beiden bestätigt:\n\n${details(language, v.meeting)}\n\nDie aktualisierte Kalendereinladung ist angehängt. Zum Tandem: ${v.link}\n`,
          }
      : v.confirmed
        ? {
            subject: `Meeting confirmed: ${when}`,
            body: `Hello ${v.name},\n\nYour meeting with ${v.partner} is confirmed:\n\n${details(language, v.meeting)}\n\nThe calendar invitation is attached. Your tandem: ${v.link}\n`,
          }
        : {
            subject: `Meeting moved: ${when}`,
            body: `Hello ${v.name},\n\nYour meeting with ${v.partner} is moving to a new time, which is not yet confirmed by both of you:\n\n${details(language, v.meeting)}\n\nThe updated calendar invitation is attached. Your tandem: ${v.link}\n`,
          };
  };
}

/**
 * A cancelled meeting; with a calendar cancellation attached when an invitation had gone out. The
 * member who cancelled (`cancelledBy` null) reads that they did, not their own name.
 */
export function meetingCancelledMail(v: {
  name: string;
  cancelledBy: string | null;
  meeting: MeetingFacts;
  link: string;
}): Localised {
  return (language) => {
    const when = formatWhen(language, v.meeting);
    return language === 'de'
      ? {
          subject: `Treffen abgesagt: ${when}`,
          body: `Guten Tag ${v.name},\n\n${v.cancelledBy === null ? 'Sie haben' : `${v.cancelledBy} hat`} das Treffen am ${when} abgesagt.\nSie können jederzeit ein neues Treffen vorschlagen: ${v.link}\n`,
        }
      : {
          subject: `Meeting cancelled: ${when}`,
          body: `Hello ${v.name},\n\n${v.cancelledBy === null ? 'You cancelled' : `${v.cancelledBy} has cancelled`} the meeting on ${when}.\nYou can propose a new meeting at any time: ${v.link}\n`,
        };
  };
}
