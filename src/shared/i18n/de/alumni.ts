import type { Translation } from '../catalogue.ts';
import type en from '../en/alumni.ts';

export default {
  sectionTitle: 'Alumni',
  alumnusIntro: 'Sie gehören zu den Alumni des Programms:',
  cycleRole: '{cycle} als {role, select, mentor {Mentorin oder Mentor} other {Mentee}}',
  directoryHeading: 'Alumni-Verzeichnis',
  directoryExplain:
    'Im Verzeichnis stehen Alumni, die dort stehen möchten. Andere Alumni und die Koordination des Programms lesen es. Ihr Name und Ihre Durchgänge stehen immer darin; was darüber hinaus sichtbar ist, entscheiden Sie.',
  listed: 'Sie stehen im Alumni-Verzeichnis.',
  notListed: 'Sie stehen nicht im Alumni-Verzeichnis.',
  showOrganisation: 'Meine Organisation zeigen',
  showOrganisationHint: 'Andere sehen, für welche Organisation Sie arbeiten.',
  showTopics: 'Meine Themen zeigen',
  showTopicsHint:
    'Die Themen Ihres letzten Profils, damit andere wissen, worüber sie mit Ihnen sprechen können.',
  join: 'Mich eintragen',
  save: 'Auswahl speichern',
  leave: 'Mich austragen',
  joined: 'Sie stehen jetzt im Alumni-Verzeichnis.',
  saved: 'Ihre Auswahl ist gespeichert.',
  left: 'Sie haben sich aus dem Alumni-Verzeichnis ausgetragen; Ihr Eintrag ist gelöscht.',
  openDirectory: 'Alumni-Verzeichnis öffnen',
  invitationsHeading: 'Einladungen zu einem neuen Durchgang',
  invitationText:
    'Die Koordination des Programms lädt Sie ein, vom {startsOn} bis zum {endsOn} an {cycle} als Mentorin oder Mentor teilzunehmen. Wenn Sie annehmen, wird Ihr Profil vom letzten Mal übernommen; Sie können es danach anpassen.',
  accept: 'Annehmen<hidden>: Einladung zu {cycle}</hidden>',
  decline: 'Ablehnen<hidden>: Einladung zu {cycle}</hidden>',
  acceptClosed:
    'Dieser Durchgang nimmt keine neuen Teilnehmenden mehr auf; die Einladung können Sie nur noch ablehnen.',
  accepted: 'Sie nehmen jetzt als Mentorin oder Mentor an {cycle} teil. Bitte prüfen Sie Ihr Profil.',
  declined: 'Sie haben die Einladung zu {cycle} abgelehnt.',

  directoryTitle: 'Alumni-Verzeichnis',
  directoryIntro:
    'Alumni, die im Verzeichnis stehen möchten: ihre Durchgänge und, wo sie es freigegeben haben, ihre Organisation und Themen.',
  searchLabel: 'Nach Name, Organisation oder Thema suchen',
  search: 'Suchen',
  loadingDirectory: 'Das Alumni-Verzeichnis wird geladen …',
  columnName: 'Name',
  columnCycles: 'Durchgänge',
  columnOrganisation: 'Organisation',
  columnTopics: 'Themen',
  notShown: 'Nicht freigegeben',
  emptyDirectory: 'Im Alumni-Verzeichnis steht noch niemand.',
  noMatch: 'Niemand im Verzeichnis passt zu „{q}“.',

  inviteSection: 'Alumni',
  inviteHeading: 'Alumni als Mentorin oder Mentor einladen',
  inviteIntro:
    'Personen, die in einem abgeschlossenen Durchgang als Mentorin oder Mentor ein Tandem hatten und an diesem Durchgang nicht teilnehmen. Laden Sie sie ein, wieder als Mentorin oder Mentor teilzunehmen: Jede eingeladene Person erhält eine Mail, und wer annimmt, nimmt mit dem Profil vom letzten Mal teil. Einladen können Sie nur Personen, deren Organisation an diesem Durchgang teilnimmt.',
  loadingMentors: 'Die Alumni werden geladen …',
  columnMentor: 'Person',
  columnLastCycle: 'Zuletzt als Mentorin oder Mentor',
  columnState: 'Einladung',
  selectMentor: '{name} einladen',
  lastCycle: '{cycle}, bis {endsOn}',
  reasonCyclePhase: 'In dieser Phase des Durchgangs nicht möglich',
  reasonOrganisation: '{organisation} nimmt an diesem Durchgang nicht teil',
  reasonNoAccount: 'Noch kein Konto zum Anmelden',
  notInvited: 'Nicht eingeladen',
  statePending: 'Eingeladen am {date}, noch keine Antwort',
  stateAccepted: 'Angenommen am {date}',
  stateDeclined: 'Abgelehnt am {date}',
  invite: '{count, plural, =0 {Einladen} one {# Person einladen} other {# Personen einladen}}',
  invited: '{count, plural, one {# Einladung} other {# Einladungen}} verschickt.',
  noneSelected: 'Bitte wählen Sie mindestens eine Person aus, die Sie einladen möchten.',
  emptyMentors:
    'Noch gibt es keine Alumni, die als Mentorin oder Mentor eingeladen werden könnten: Dazu zählt, wer in einem abgeschlossenen Durchgang als Mentorin oder Mentor ein Tandem hatte.',
  phaseClosed:
    'Dieser Durchgang ist über Vorbereitung und Nominierung hinaus; Alumni können nicht mehr eingeladen werden.',
} satisfies Translation<typeof en>;
