import type { Translation } from '../catalogue.ts';
import type en from '../en/cycles.ts';

export default {
  title: 'Durchgänge',
  intro:
    'Ein Durchgang ist eine Runde des Programms, meist über zwölf Monate, mit den Organisationen, die daran teilnehmen.',
  newCycle: 'Neuer Durchgang',
  loadingCycles: 'Durchgänge werden geladen …',
  whereStands: 'So steht <link>{name}</link>:',
  emptyCoordinator:
    'Noch keine Durchgänge. Legen Sie den ersten an, damit die Organisationen Teilnehmende nominieren können.',
  emptyContact: 'Ihre Organisation nimmt noch an keinem Durchgang teil.',
  loadingCycle: 'Der Durchgang wird geladen …',
  dates: '{start} bis {end}',
  editCycle: 'Durchgang bearbeiten',
  allCycles: '← Alle Durchgänge',
  surveysMoved: 'Die Umfragen wurden mit dem Durchgang verschoben.',
  surveysKept: 'Die Umfragen behalten ihre Termine.',
  seeParticipants: 'Teilnehmende dieses Durchgangs ansehen',
  phaseHeading: 'Phase',
  organisationsHeading: 'Teilnehmende Organisationen',

  columnName: 'Name',
  columnStatus: 'Phase',
  columnStarts: 'Beginn',
  columnEnds: 'Ende',
  columnOrganisations: 'Organisationen',
  columnMentors: 'Mentorinnen und Mentoren',
  columnMentees: 'Mentees',

  sectionsLabel: 'Bereiche des Durchgangs',
  sectionTitle: '{section}: {cycle}',
  sectionOverview: 'Übersicht',
  sectionDashboard: 'Kennzahlen',
  sectionQuestionnaire: 'Fragebogen',
  sectionProfiles: 'Stand der Profile',
  sectionRules: 'Regeln & Vorabprüfung',
  sectionMatching: 'Matching',
  sectionApprovals: 'Freigaben',
  sectionTandems: 'Tandems',
  sectionEvents: 'Veranstaltungen',
  sectionSurveys: 'Umfragen',
  sectionAlumni: 'Alumni',

  fieldName: 'Name',
  fieldNameHint: 'Zum Beispiel „Führungsprogramm 2025“',
  fieldStartsOn: 'Beginn',
  fieldEndsOn: 'Ende',
  fieldLanguage: 'Sprache der Programmtexte',
  fieldLanguageHint:
    'In dieser Sprache werden die Themen des Fragebogens, die Fragen der Umfragen und die Absprachen zur Vertraulichkeit angelegt; Sie können jeden dieser Texte später ändern.',
  saveCycle: 'Durchgang speichern',
  createCycle: 'Durchgang anlegen',

  checklistHeading: 'Nächste Schritte',
  checklistLoading: 'Die Schritte des Durchgangs werden gezählt …',
  checklistNext: '<b>Als Nächstes:</b> {summary} – <link>{action}</link>',
  checklistAllDone: 'Alle Schritte sind erledigt.',
  checklistSteps: 'Schritte des Durchgangs',
  checklistStep: '<b>{title}</b>: {summary}',
  checklistStepAction: '<b>{title}</b>: {summary} – <link>{action}</link>',
  markDone: '✓ Erledigt',
  markToDo: 'Offen',
  markThen: 'Danach',
  remindApprovers:
    '{count, plural, one {# Organisation ohne Freigabe erinnern} other {# Organisationen ohne Freigabe erinnern}}',
  reminded:
    '{organisations, plural, one {# Organisation} other {# Organisationen}} erinnert: {mails, plural, one {# Mail} other {# Mails}} an ihre Ansprechpersonen.',

  setupHeading: 'Ihr Programm einrichten',
  setupStepsLabel: 'Schritte der Einrichtung',
  setupNextFirstOrganisations: '<b>Als Nächstes:</b> <link>Die Organisationen Ihres Verbunds anlegen</link>',
  setupNextAnotherOrganisation: '<b>Als Nächstes:</b> <link>Eine weitere Organisation anlegen</link>',
  setupNextFirstCycle: '<b>Als Nächstes:</b> <link>Den ersten Durchgang anlegen</link>',
  setupOrganisations:
    '<b>Organisationen</b>: {count, plural, one {# Organisation} other {# Organisationen}} angelegt; Mentees werden über mindestens zwei Organisationen hinweg zugeordnet',
  setupCycle: '<b>Durchgang</b>: noch keiner',
  setupLater: '<b>{title}</b>: auf der Seite des Durchgangs',
  setupContacts: 'Ansprechpersonen der Organisationen',
  setupParticipants: 'Teilnehmende',
  setupQuestionnaire: 'Fragebogen',
  setupRules: 'Regeln für das Matching',
  setupMatching: 'Matching',
  setupApproval: 'Freigabe',
  setupPublication: 'Veröffentlichung',

  organisationJoined: '{name} nimmt jetzt am Durchgang teil.',
  organisationLeft: '{name} nimmt nicht mehr am Durchgang teil.',
  organisationsAddFirst:
    'Legen Sie zuerst Organisationen an; dann können sie an diesem Durchgang teilnehmen.',
  organisationsNone: 'Noch nehmen keine Organisationen teil.',
  organisationTakesPart: 'Nimmt teil',
  organisationNotInCycle: 'Nicht in diesem Durchgang',
  addToCycle: 'In den Durchgang aufnehmen<hidden>: {name}</hidden>',
  removeFromCycle: 'Aus dem Durchgang entfernen<hidden>: {name}</hidden>',

  phasesLabel: 'Phasen des Durchgangs',
  nowInPhase: 'Der Durchgang ist jetzt in der Phase „{phase}“.',
  moveForward:
    '{status, select, open {Für Nominierungen öffnen} matching {Weiter zum Matching} running {Durchgang starten} closed {Durchgang abschließen} other {Weiter zum Entwurf}}',
  moveBack:
    '{status, select, open {Zurück zu „Offen für Nominierungen“} matching {Zurück zum Matching} running {Zurück zu „Laufend“} closed {Zurück zu „Abgeschlossen“} other {Zurück zum Entwurf}}',
  closedNoChange: 'Dieser Durchgang ist abgeschlossen; seine Phase ändert sich nicht mehr.',
} satisfies Translation<typeof en>;
