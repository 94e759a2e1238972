import { translator } from '../../../shared/i18n/catalogue.ts';
import { formatDateTime } from '../../../shared/i18n/formats.ts';
import { mailsMessages } from '../../../shared/i18n/mails.ts';
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
 * the night the clocks go back and show it twice. Intl writes the date and time; the catalogue
 * places them with the zone (and the German "Uhr", which Intl leaves out).
 */
export function formatWhen(language: MailLanguage, meeting: Pick<MeetingFacts, 'startsAt' | 'timeZone'>) {
  const dateTime = formatDateTime(language, meeting.startsAt, { timeZone: meeting.timeZone, style: 'full' });
  return translator(mailsMessages, language)('meetingWhen', {
    dateTime,
    offset: utcOffsetLabel(meeting.startsAt, meeting.timeZone),
    timeZone: meeting.timeZone,
  });
}

/** The meeting's facts, one line each; place and video link only when it has them. */
function details(language: MailLanguage, meeting: MeetingFacts) {
  const t = translator(mailsMessages, language);
  const lines = [
    t('meetingDetailWhen', { when: formatWhen(language, meeting) }),
    t('meetingDetailDuration', { minutes: meeting.durationMinutes }),
  ];
  if (meeting.place) lines.push(t('meetingDetailPlace', { place: meeting.place }));
  if (meeting.videoLink) lines.push(t('meetingDetailVideoLink', { videoLink: meeting.videoLink }));
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
  return (language) => {
    const t = translator(mailsMessages, language);
    const values = {
      name: v.name,
      proposer: v.proposer,
      link: v.link,
      details: details(language, v.meeting),
    };
    return v.anotherTime
      ? { subject: t('meetingAnotherTimeSubject', values), body: t('meetingAnotherTimeBody', values) }
      : { subject: t('meetingProposedSubject', values), body: t('meetingProposedBody', values) };
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
    const t = translator(mailsMessages, language);
    const values = {
      name: v.name,
      partner: v.partner,
      link: v.link,
      when: formatWhen(language, v.meeting),
      details: details(language, v.meeting),
    };
    return v.confirmed
      ? { subject: t('meetingConfirmedSubject', values), body: t('meetingConfirmedBody', values) }
      : { subject: t('meetingMovedSubject', values), body: t('meetingMovedBody', values) };
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
    const t = translator(mailsMessages, language);
    const values = {
      name: v.name,
      cancelledBy: v.cancelledBy,
      link: v.link,
      when: formatWhen(language, v.meeting),
    };
    return {
      subject: t('meetingCancelledSubject', values),
      body:
        v.cancelledBy === null ? t('meetingCancelledByYouBody', values) : t('meetingCancelledBody', values),
    };
  };
}
