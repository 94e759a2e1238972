import type { Translation } from '../catalogue.ts';
import type en from '../en/events.ts';

// Die Veranstaltungen des Programms aus Sicht der Teilnehmenden und Ansprechpersonen (my-events.tsx).
export default {
  heading: 'Veranstaltungen',
  intro:
    'Die Veranstaltungen Ihres Programms rund um die Tandems. Melden Sie sich hier an; Sie erhalten eine Bestätigung mit Kalendereintrag und zwei Tage vorher eine Erinnerung.',
  loading: 'Veranstaltungen werden geladen …',
  none: 'Für Ihr Programm sind noch keine Veranstaltungen geplant. Die Programmkoordination trägt sie hier ein.',
  upcoming: 'Demnächst',
  past: 'Vergangene Veranstaltungen',
  cycle: 'Programm: {cycle}',
  place: 'Ort: {place}',
  online: 'Online: <a>{url}</a>',
  audience:
    '{audience, select, everyone {Für alle im Programm} mentors {Für Mentorinnen und Mentoren} mentees {Für Mentees} contacts {Für die Ansprechpersonen der Organisationen} other {}}',
  places:
    '{left, select, unlimited {Keine Platzbeschränkung} other {{count, plural, =0 {Ausgebucht: Neue Anmeldungen kommen auf die Warteliste} one {Noch # Platz frei} other {Noch # Plätze frei}}}}',
  deadline: 'Anmeldung möglich bis {deadline}',
  closed: 'Anmeldeschluss war am {deadline}',
  cancelled: 'Abgesagt',
  registered: 'Sie sind angemeldet.',
  waiting:
    'Sie stehen auf der Warteliste, auf Platz {position}. Wird ein Platz frei, erhält ihn die erste Person auf der Liste, und wir schreiben Ihnen.',
  showMe: 'Meinen Namen und meine Organisation den anderen Angemeldeten zeigen',
  showMeHint:
    'Diese Liste sehen nur Personen, die selbst angemeldet sind, und nur mit den Namen derer, die zugestimmt haben.',
  shownToOthers: 'Ihr Name wird den anderen Angemeldeten gezeigt.',
  notShown: 'Ihr Name wird den anderen Angemeldeten nicht gezeigt.',
  register: 'Anmelden<hidden> zu {title}</hidden>',
  joinWaitingList: 'Auf die Warteliste<hidden> für {title}</hidden>',
  unregister: 'Abmelden<hidden> von {title}</hidden>',
  leaveWaitingList: 'Von der Warteliste nehmen<hidden>: {title}</hidden>',
  addToCalendar: 'Kalenderdatei<hidden> für {title}</hidden> (.ics)',
  registeredNow: 'Sie sind für {title} angemeldet. Eine Bestätigung mit dem Kalendereintrag ist unterwegs.',
  waitingNow: 'Die Veranstaltung ist ausgebucht: Sie stehen auf der Warteliste, auf Platz {position}.',
  unregisteredNow: 'Sie sind für {title} nicht mehr angemeldet.',
  leftWaitingListNow: 'Sie stehen nicht mehr auf der Warteliste für {title}.',
  fellows: 'Ebenfalls dabei',
  noFellows: 'Bisher hat sich niemand sonst für die Anzeige entschieden.',
} satisfies Translation<typeof en>;
