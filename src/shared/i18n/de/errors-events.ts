import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-events.ts';

// Die Ablehnungen des Servers zu Veranstaltungen und Anmeldungen.
export default {
  endsBeforeStart: 'Die Veranstaltung muss nach ihrem Beginn enden.',
  endsBeforeStartField: 'muss nach dem Beginn liegen',
  deadlineAfterStart: 'Die Anmeldung muss spätestens mit Beginn der Veranstaltung schließen.',
  deadlineAfterStartField: 'darf nicht nach dem Beginn liegen',
  fieldProblem: '{path} {message}',
  unknownTimeZone: 'ist keine uns bekannte Zeitzone',
  timeMissingInZone: 'gibt es in {zone} nicht: Die Uhren überspringen diese Stunde',
  eventCancelled: 'Diese Veranstaltung wurde abgesagt.',
  eventOver: 'Diese Veranstaltung ist vorbei und kann nicht mehr geändert oder abgesagt werden.',
  registrationClosed:
    'Die Anmeldung zu dieser Veranstaltung war bis {deadline} möglich. Wenn sich Ihre Pläne geändert haben, schreiben Sie bitte der Programmkoordination.',
  notInAudience:
    'Diese Veranstaltung ist nur für {audience, select, mentors {Mentorinnen und Mentoren} mentees {Mentees} contacts {die Ansprechpersonen der Organisationen} other {andere}}.',
  notRegistered: 'Sie sind für diese Veranstaltung nicht angemeldet.',
  alreadyRegistered: 'Sie sind für diese Veranstaltung bereits angemeldet oder stehen auf der Warteliste.',
  attendanceBeforeStart: 'Die Teilnahme lässt sich erst ab Beginn der Veranstaltung eintragen.',
  notRegisteredMark: 'ist keine Anmeldung zu dieser Veranstaltung',
  capacityBelowRegistered:
    '{registered, plural, one {# Person ist} other {# Personen sind}} bereits angemeldet, deshalb braucht die Veranstaltung mindestens so viele Plätze. Bitten Sie zuerst um Abmeldungen oder behalten Sie die Platzzahl bei.',
  eventChanged:
    'Jemand hat diese Veranstaltung geändert, seit Sie sie geöffnet haben. Laden Sie die gespeicherte Fassung und nehmen Sie Ihre Änderung erneut vor.',
  planExists:
    'Dieser Durchgang hat bereits Veranstaltungen, deshalb wird der Standardplan nicht hinzugefügt. Legen Sie die benötigten Veranstaltungen einzeln an.',
  cycleClosed: 'Dieser Durchgang ist abgeschlossen: Seine Veranstaltungen lassen sich nicht mehr ändern.',
  nobodyToMessage:
    'Für diese Veranstaltung ist noch niemand angemeldet, also gibt es niemanden, dem Sie schreiben könnten.',
} satisfies Translation<typeof en>;
