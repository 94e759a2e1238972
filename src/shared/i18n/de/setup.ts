import type { Translation } from '../catalogue.ts';
import type en from '../en/setup.ts';

export default {
  title: 'crossmentor einrichten',
  intro:
    'Diese Installation ist neu. Legen Sie das erste Konto für die Koordination an, oder probieren Sie crossmentor mit Beispieldaten aus.',
  coordinatorHeading: 'Erstes Konto für die Koordination anlegen',
  coordinatorIntro:
    'Die Koordination leitet das Programm, legt Organisationen an, eröffnet Durchgänge und lädt die Ansprechpersonen der Organisationen ein.',
  demoHeading: 'Oder eine Demo ansehen',
  demoIntro:
    'Lädt einen erfundenen Verbund mit Organisationen, einem Durchgang, Mentorinnen und Mentoren, Mentees und Konten für jede Rolle. Gedacht zum Ausprobieren, nicht für ein echtes Programm.',

  yourName: 'Ihr Name',
  email: 'E-Mail-Adresse',
  password: 'Passwort',
  passwordHint:
    'Mindestens {min} Zeichen. Ein paar Wörter, die nichts miteinander zu tun haben, ergeben ein sicheres Passwort, das man sich gut merken kann.',
  createCoordinator: 'Konto für die Koordination anlegen',

  loadDemo: 'Demo-Verbund laden',
  loadingDemo: 'Der Demo-Verbund wird geladen …',
  demoLoaded: 'Demo-Verbund geladen',
  demoReady:
    '{organisations, plural, one {# Organisation} other {# Organisationen}} und {participants, plural, one {# teilnehmende Person} other {# Teilnehmende}} sind bereit. Alle Demo-Konten haben dasselbe Passwort.',
  demoPassword: 'Demo-Passwort',
  demoAccounts: 'Demo-Konten',
  columnEmail: 'E-Mail-Adresse',
  columnRole: 'Rolle',
  columnWho: 'Wer das ist',
  goToSignIn: 'Weiter zur Anmeldung',

  waitingHeading: 'Wartet auf Sie',
  waitingProposals:
    'In {cycle} {count, plural, one {wartet # Vorschlag} other {warten # Vorschläge}} auf Ihre Freigabe – <link>Vorschläge prüfen</link>',
  nothingWaiting: 'Im Moment wartet nichts auf Ihre Freigabe.',
} satisfies Translation<typeof en>;
