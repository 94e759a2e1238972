import type { Translation } from '../catalogue.ts';
import type en from '../en/certificates.ts';

export default {
  documentTitle: 'Teilnahmebescheinigung: {name}, {cycle}',
  title: 'Teilnahmebescheinigung',
  certifies: 'Hiermit wird bescheinigt, dass',
  tookPart:
    '{role, select, mentee {als Mentee am organisationsübergreifenden Mentoring-Programm teilgenommen hat} other {als Mentorin oder Mentor am organisationsübergreifenden Mentoring-Programm teilgenommen hat}}',
  period: 'vom {start} bis zum {end}',
  organisation: 'Organisation: {organisation}',
  roleLabel: 'Rolle: {role, select, mentee {Mentee} other {Mentorin oder Mentor}}',
  coordinatorRole: 'für die Koordination des Programms',
  issuedOn: 'Ausgestellt am {date}',
  number: 'Bescheinigung Nr. {number}',

  heading: 'Teilnahmebescheinigung',
  download: 'Ihre Teilnahmebescheinigung <hidden>für {cycle} </hidden>herunterladen (PDF)',
  availableNote:
    'Der Durchgang ist abgeschlossen, und Sie haben ihn abgeschlossen: Ihre Bescheinigung nennt Sie, Ihre Rolle, das Programm, seinen Zeitraum und Ihre Organisation, nichts aus Ihrem Tandem.',
  notCompletedNote:
    'Der Durchgang ist abgeschlossen. Eine Teilnahmebescheinigung erhalten Mentees, Mentorinnen und Mentoren, deren Tandem mindestens bis zur Mitte des Durchgangs bestand; Ihres bestand nicht so lange, daher gibt es für diesen Durchgang keine Bescheinigung.',
  withheldNote:
    'Ihre Teilnahmebescheinigung hält die Koordination des Programms zurück. Bitte wenden Sie sich bei Fragen an die Koordination.',

  sectionTitle: 'Teilnahmebescheinigungen',
  sectionIntro:
    'Mentees, Mentorinnen und Mentoren, deren Tandem mindestens bis zur Mitte des Durchgangs bestand, laden ihre Bescheinigung nach dem Abschluss des Durchgangs herunter. Halten Sie eine zurück, um das Herunterladen zu sperren; stellen Sie sie neu aus, um ihr eine neue Nummer zu geben (nach einer Korrektur des Namens) und eine Zurückhaltung aufzuheben.',
  loading: 'Teilnahmebescheinigungen werden geladen …',
  empty: 'In diesem Durchgang hatte noch niemand ein Tandem.',
  columnPerson: 'Person',
  columnState: 'Bescheinigung',
  columnNumber: 'Nummer',
  columnActions: 'Aktionen',
  role: '{role, select, mentee {Mentee} other {Mentorin oder Mentor}}',
  statePending: 'Nach dem Abschluss des Durchgangs',
  stateNotCompleted: 'Nicht abgeschlossen',
  stateWithheld: 'Zurückgehalten',
  stateAvailable: 'Verfügbar',
  withheldBecause: 'Zurückgehalten: {reason}',
  noNumber: 'Noch keine',
  numberReissued: '{number} ({count, plural, one {einmal} other {#-mal}} neu ausgestellt)',
  withhold: 'Zurückhalten <hidden>– Bescheinigung von {name}</hidden>',
  reissue: 'Neu ausstellen <hidden>– Bescheinigung von {name}</hidden>',
  withholdReason: 'Warum wird die Bescheinigung von {name} zurückgehalten?',
  withholdReasonHint:
    'Den Grund liest nur die Koordination; die Person erfährt, dass die Bescheinigung zurückgehalten wird, nicht warum.',
  confirmWithhold: 'Bescheinigung zurückhalten',
  withheldDone: 'Die Bescheinigung von {name} wird zurückgehalten.',
  reissuedDone: 'Die Bescheinigung von {name} wurde als {number} neu ausgestellt.',
} satisfies Translation<typeof en>;
