import type { Translation } from '../catalogue.ts';
import type en from '../en/event-mails.ts';

// Mails zu den Veranstaltungen des Programms (events.mail.ts).
export default {
  eventWhen: '{start} Uhr bis {end} Uhr ({offset}, {timeZone})',
  eventWhenSameDay: '{start} bis {endTime} Uhr ({offset}, {timeZone})',
  detailWhen: 'Wann: {when}',
  detailPlace: 'Ort: {place}',
  detailOnline: 'Online: {link}',
  registeredSubject: 'Sie sind angemeldet: {title}',
  registeredBody:
    'Guten Tag {name},\n\nSie sind für „{title}“ ({cycleName}) angemeldet:\n\n{details}\n\nDer Kalendereintrag ist angehängt. Bis {deadline} können Sie sich auf Ihrer Programmseite wieder abmelden: {link}\n',
  waitingSubject: 'Auf der Warteliste: {title}',
  waitingBody:
    'Guten Tag {name},\n\nDie Veranstaltung „{title}“ ({cycleName}) ist ausgebucht, deshalb stehen Sie auf der Warteliste, auf Platz {position}. Wird ein Platz frei, erhält ihn die erste Person auf der Liste, und wir schreiben Ihnen sofort.\n\n{details}\n\nZu Ihrer Programmseite: {link}\n',
  promotedSubject: 'Ein Platz ist für Sie frei geworden: {title}',
  promotedBody:
    'Guten Tag {name},\n\nEin Platz ist frei geworden, und Sie sind jetzt für „{title}“ ({cycleName}) angemeldet:\n\n{details}\n\nDer Kalendereintrag ist angehängt. Sollten Sie doch nicht kommen können, melden Sie sich bitte bis {deadline} auf Ihrer Programmseite ab, damit die nächste Person den Platz erhält: {link}\n',
  unregisteredSubject: 'Abgemeldet: {title}',
  unregisteredBody:
    'Guten Tag {name},\n\nSie sind für „{title}“ am {when} nicht mehr angemeldet. Die angehängte Absage entfernt den Termin aus Ihrem Kalender.\n\nZu Ihrer Programmseite: {link}\n',
  leftWaitingListSubject: 'Nicht mehr auf der Warteliste: {title}',
  leftWaitingListBody:
    'Guten Tag {name},\n\nSie stehen nicht mehr auf der Warteliste für „{title}“ am {when}.\n\nZu Ihrer Programmseite: {link}\n',
  updatedSubject: 'Geändert: {title}',
  updatedBody:
    'Guten Tag {name},\n\nDie Veranstaltung „{title}“ ({cycleName}) hat sich geändert. Jetzt gilt:\n\n{details}\n\nDer aktualisierte Kalendereintrag ist angehängt. Zu Ihrer Programmseite: {link}\n',
  cancelledSubject: 'Abgesagt: {title}',
  cancelledBody:
    'Guten Tag {name},\n\nDie Veranstaltung „{title}“ am {when} ({cycleName}) ist abgesagt.{noteBlock}\n\n{registered, select, yes {Die angehängte Absage entfernt den Termin aus Ihrem Kalender.} other {Sie standen auf der Warteliste.}}\n',
  reminderSubject: 'In zwei Tagen: {title}',
  reminderBody:
    'Guten Tag {name},\n\nZur Erinnerung: Sie sind für „{title}“ ({cycleName}) angemeldet.\n\n{details}\n\nWenn Sie nicht kommen können, geben Sie bitte der Programmkoordination Bescheid, damit jemand anderes Ihren Platz erhält: {link}\n',
  messageBody:
    'Guten Tag {name},\n\n{message}\n\n--\nSie erhalten diese Nachricht, weil Sie {registered, select, yes {für „{title}“ am {when} ({cycleName}) angemeldet sind} other {auf der Warteliste für „{title}“ am {when} ({cycleName}) stehen}}.',
} satisfies Translation<typeof en>;
