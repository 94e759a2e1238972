import { translator } from '../../../shared/i18n/catalogue.ts';
import { eventMailsMessages } from '../../../shared/i18n/event-mails.ts';
import { formatDateTime, formatTime } from '../../../shared/i18n/formats.ts';
import { utcOffsetLabel } from '../../../shared/utc-offset.ts';
import { localParts } from '../../calendar/ics.ts';
import type { Localised, MailLanguage } from '../outbox/outbox.service.ts';

// The mails of an event's registration: each names the event, its time in the event's own zone,
// place and online link, in the recipient's language.

export interface EventMailFacts {
  title: string;
  cycleName: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  place: string;
  onlineLink: string;
  registrationDeadline: Date;
}

function sameDay(a: Date, b: Date, timeZone: string) {
  const x = localParts(a, timeZone);
  const y = localParts(b, timeZone);
  return x.year === y.year && x.month === y.month && x.day === y.day;
}

/** "Thursday, 4 March 2027 at 17:00 to 20:00 (UTC+1, Europe/Berlin)", in the recipient's language. */
export function formatEventWhen(
  language: MailLanguage,
  event: Pick<EventMailFacts, 'startsAt' | 'endsAt' | 'timeZone'>,
) {
  const t = translator(eventMailsMessages, language);
  const zone = event.timeZone;
  const start = formatDateTime(language, event.startsAt, { timeZone: zone, style: 'full' });
  const common = { start, offset: utcOffsetLabel(event.startsAt, zone), timeZone: zone };
  return sameDay(event.startsAt, event.endsAt, zone)
    ? t('eventWhenSameDay', { ...common, endTime: formatTime(language, event.endsAt, zone) })
    : t('eventWhen', {
        ...common,
        end: formatDateTime(language, event.endsAt, { timeZone: zone, style: 'full' }),
      });
}

function details(language: MailLanguage, event: EventMailFacts) {
  const t = translator(eventMailsMessages, language);
  const lines = [t('detailWhen', { when: formatEventWhen(language, event) })];
  if (event.place) lines.push(t('detailPlace', { place: event.place }));
  if (event.onlineLink) lines.push(t('detailOnline', { link: event.onlineLink }));
  return lines.join('\n');
}

function valuesOf(language: MailLanguage, v: { name: string; event: EventMailFacts; link: string }) {
  return {
    name: v.name,
    title: v.event.title,
    cycleName: v.event.cycleName,
    link: v.link,
    when: formatEventWhen(language, v.event),
    details: details(language, v.event),
    deadline: formatDateTime(language, v.event.registrationDeadline, {
      timeZone: v.event.timeZone,
      style: 'full',
    }),
  };
}

export type RegistrationNotice =
  | 'registered'
  | 'promoted'
  | 'unregistered'
  | 'leftWaitingList'
  | 'updated'
  | 'reminder';

const noticeKeys = {
  registered: ['registeredSubject', 'registeredBody'],
  promoted: ['promotedSubject', 'promotedBody'],
  unregistered: ['unregisteredSubject', 'unregisteredBody'],
  leftWaitingList: ['leftWaitingListSubject', 'leftWaitingListBody'],
  updated: ['updatedSubject', 'updatedBody'],
  reminder: ['reminderSubject', 'reminderBody'],
} as const;

/** One of the registration's plain notices: confirmed, promoted, unregistered, changed, reminder. */
export function registrationMail(v: {
  notice: RegistrationNotice;
  name: string;
  event: EventMailFacts;
  link: string;
}): Localised {
  return (language) => {
    const t = translator(eventMailsMessages, language);
    const values = valuesOf(language, v);
    const [subject, body] = noticeKeys[v.notice];
    return { subject: t(subject, values), body: t(body, values) };
  };
}

/** On the waiting list, at a place. */
export function waitingMail(v: {
  name: string;
  event: EventMailFacts;
  link: string;
  position: number;
}): Localised {
  return (language) => {
    const t = translator(eventMailsMessages, language);
    const values = { ...valuesOf(language, v), position: v.position };
    return { subject: t('waitingSubject', values), body: t('waitingBody', values) };
  };
}

/** The event is cancelled: to the registered (with the calendar's cancellation) and to those waiting. */
export function eventCancelledMail(v: {
  name: string;
  event: EventMailFacts;
  link: string;
  note: string;
  registered: boolean;
}): Localised {
  return (language) => {
    const t = translator(eventMailsMessages, language);
    const values = {
      ...valuesOf(language, v),
      noteBlock: v.note ? `\n\n${v.note}` : '',
      registered: v.registered ? 'yes' : 'no',
    };
    return { subject: t('cancelledSubject', values), body: t('cancelledBody', values) };
  };
}

/** The coordinator's own message, greeting the recipient and saying why they get it. */
export function eventMessageMail(v: {
  name: string;
  subject: string;
  body: string;
  event: EventMailFacts;
  registered: boolean;
}): Localised {
  return (language) => {
    const t = translator(eventMailsMessages, language);
    const body = t('messageBody', {
      name: v.name,
      message: v.body,
      title: v.event.title,
      cycleName: v.event.cycleName,
      when: formatEventWhen(language, v.event),
      registered: v.registered ? 'yes' : 'no',
    });
    return { subject: v.subject, body: `${body}\n` };
  };
}
