import type { Translation } from '../catalogue.ts';
import type en from '../en/dashboard.ts';

export default {
  loading: 'Die Kennzahlen werden geladen …',
  introProgramme:
    'Wie weit der Durchgang ist: wer welchen Schritt erreicht hat, was jede Organisation gibt und erhält, wie oft sich die Tandems treffen und welche Tandems Aufmerksamkeit brauchen.',
  introOrganisation:
    'Die Teilnehmenden Ihrer Organisation in diesem Durchgang: wer welchen Schritt erreicht hat, wie oft sich ihre Tandems treffen, welche Tandems Aufmerksamkeit brauchen und was auf Sie wartet.',

  showTable: 'Als Tabelle zeigen<hidden>: {chart}</hidden>',

  funnelHeading: 'Wie weit die Teilnehmenden gekommen sind',
  funnelCaption: 'Mentees sowie Mentorinnen und Mentoren je Schritt des Durchgangs',
  columnStep: 'Schritt',
  byOrganisationHeading: 'Nach Organisation',
  byOrganisationCaption:
    '{role, select, mentee {Mentees} other {Mentorinnen und Mentoren}} je Schritt des Durchgangs, nach Organisation',
  columnOrganisation: 'Organisation',

  reciprocityHeading: 'Geben und Nehmen',
  reciprocityIntro:
    'Aktive Tandems: wie viele Mentorinnen und Mentoren jede Organisation für Mentees anderer Organisationen stellt, und für wie viele ihrer Mentees sie eine Mentorin oder einen Mentor erhält.',
  reciprocityCaption: 'Gestellte Mentorinnen und Mentoren und betreute Mentees je Organisation',
  columnMentorsGiven: 'Gestellte Mentorinnen und Mentoren',
  columnMenteesReceived: 'Betreute Mentees',

  meetingsHeading: 'Treffen je Monat',
  meetingsCaption: 'Stattgefundene Treffen je Monat des Durchgangs',
  columnMonth: 'Monat',
  columnMeetingsHeld: 'Stattgefundene Treffen',
  noMeetings: 'Bisher hat noch kein Treffen stattgefunden.',

  attentionHeading: 'Tandems, die Aufmerksamkeit brauchen',
  attentionIntro:
    'Aktive Tandems, die sich lange nicht getroffen haben, hinter ihrem vereinbarten Rhythmus liegen oder {days} Tage nach der Veröffentlichung noch keine unterschriebene Vereinbarung haben. Die am längsten stillen zuerst.',
  attentionTable: 'Tandems, die Aufmerksamkeit brauchen',
  columnTandem: 'Tandem',
  columnReasons: 'Gründe',
  meetingsHiddenFewTandems:
    'Die Personen Ihrer Organisation sind in weniger als {threshold} Tandems. Deshalb werden die Treffen je Monat nicht gezeigt: Sie würden verraten, wann sich ein einzelnes Tandem getroffen hat.',
  emptyNoParticipantsOwn: 'Aus Ihrer Organisation ist für diesen Durchgang noch niemand nominiert.',
  emptyNoTandemsOwn:
    'Noch ist niemand aus Ihrer Organisation in einem Tandem: Der Verlauf füllt sich, während der Durchgang voranschreitet.',
  columnLastActivity: 'Letzte Aktivität',
  withMentor: 'mit {name}',
  daysAgo: '{days, plural, one {vor # Tag} other {vor # Tagen}}',
  noActivityYet: 'Noch keine',
  attentionNone: 'Im Moment braucht kein Tandem Aufmerksamkeit.',

  emptyNoParticipants:
    'Für diesen Durchgang wurde noch niemand nominiert. Die Kennzahlen füllen sich, sobald Teilnehmende nominiert sind.',
  emptyNoTandems: 'Noch keine Tandems: Der Verlauf füllt sich, während der Durchgang voranschreitet.',

  todosHeading: 'Ihre Aufgaben in diesem Durchgang',
  todoProposals:
    '{count, plural, one {<link># Vorschlag</link> wartet auf Ihre Freigabe} other {<link># Vorschläge</link> warten auf Ihre Freigabe}}',
  todoProfiles:
    '{count, plural, one {<link># Profil</link> ist noch nicht vollständig} other {<link># Profile</link> sind noch nicht vollständig}}',
  todoInvitations:
    '{count, plural, one {<link># Einladung</link> wurde noch nicht angenommen} other {<link># Einladungen</link> wurden noch nicht angenommen}}',
  todoTandems:
    '{count, plural, one {<link># Tandem</link> braucht Aufmerksamkeit} other {<link># Tandems</link> brauchen Aufmerksamkeit}}',
  todosNone: 'In diesem Durchgang wartet im Moment nichts auf Sie.',

  reportsHeading: 'Berichte',
  reportsIntro:
    'Vertrauliche Berichte zur Weitergabe, hier anzusehen oder als PDF herunterzuladen. Jede Zahl über eine kleine Gruppe ist verborgen.',
  programmeReport: 'Programmbericht',
  organisationReportsHeading: 'Bericht jeder Organisation',
  organisationReport: 'Bericht von {organisation}',
  ownReport: 'Bericht Ihrer Organisation',
  downloadPdfOf: 'PDF<hidden>: {report}</hidden>',

  loadingReport: 'Der Bericht wird geladen …',
  programmeReportTitle: 'Programmbericht: {cycle}',
  organisationReportTitle: 'Bericht von {organisation}: {cycle}',
  reportIntroProgramme:
    'Der Auswertungsbericht des Programms für {cycle}, {startsOn} bis {endsOn}. Vertraulich: Jede Zahl über weniger als {threshold} Personen ist verborgen.',
  reportIntroOrganisation:
    'Der vertrauliche Bericht von {organisation} für {cycle}, {startsOn} bis {endsOn}, neben den Zahlen des Programms. Jede Zahl über weniger als {threshold} Personen ist verborgen.',
  generatedAt: 'Stand der Zahlen: {date}.',
  downloadPdf: 'PDF herunterladen',
  backToDashboard: 'Zurück zu den Kennzahlen',

  summaryHeading: 'Überblick',
  summaryMenteesNominated: 'Nominierte Mentees',
  summaryMentorsNominated: 'Nominierte Mentorinnen und Mentoren',
  summaryMenteesInTandem: 'Mentees in einem Tandem',
  reportEmpty: 'An diesem Durchgang nimmt noch niemand teil, daher enthält der Bericht keine Zahlen.',

  participationHeading: 'Teilnahme',
  participationCaption:
    '{role, select, mentee {Mentees} other {Mentorinnen und Mentoren}} je Schritt des Durchgangs',
  activityHeading: 'Aktivität der Tandems',
  activityIntro: 'Gezählt bei der Organisation der Mentees, die das Mentoring erhält.',
  activityCaption: 'Aktivität der Tandems',
  columnMeasure: 'Kennzahl',
  activityEmpty: 'Noch keine Tandems, daher gibt es keine Aktivität zu zählen.',

  surveysHeading: 'Ergebnisse der Umfragen',
  surveysIntro: 'Nur abgeschlossene Umfragen. Freitextantworten werden gezählt, aber nie gezeigt.',
  surveysEmpty:
    'Bisher ist keine Umfrage abgeschlossen. Ihre Ergebnisse erscheinen hier, sobald eine abgeschlossen ist.',
  surveyMeta: '{kind}: Umfrage für {role, select, mentee {Mentees} other {Mentorinnen und Mentoren}}',
  columnGroup: 'Gruppe',
  columnAnswers: 'Antworten',
  columnMean: 'Durchschnitt (1–5)',
  textAnswers: 'Freitextantworten werden gezählt, aber nie gezeigt.',

  outcomesHeading: 'Wirkung',
  outcomesIntro: 'Aus den Nachbefragungen: Karriereschritte und der Wert des Tandems.',
  outcomesEmpty:
    'Bisher ist keine Nachbefragung abgeschlossen. Die Ergebnisse erscheinen hier, sobald eine abgeschlossen ist.',
  outcomesByOrganisationCaption: 'Wirkung nach Organisation',
  outcomesByGenderCaption: 'Wirkung nach Geschlecht, im ganzen Programm',
  outcomesByGenderHeading: 'Nach Geschlecht, im ganzen Programm',

  shareOf: '{value} von {n} ({percent})',
  meanOf: '{mean} ({n, plural, one {# Antwort} other {# Antworten}})',

  methodHeading: 'So lesen Sie diesen Bericht',
  methodText:
    'Die Zahlen zählen die Personen und Tandems dieses Durchgangs. Zum Schutz jeder einzelnen Person wird eine Zahl über weniger als {threshold} Personen nicht gezeigt, ebenso wenig eine Zahl, aus der sich eine verborgene errechnen ließe.',
  legendLabel: 'Was die Zeichen bedeuten',

  homeHeading: 'Ihre Durchgänge im Überblick',
  homeIntro: 'Die Teilnehmenden Ihrer Organisation in jedem Durchgang und was dort auf Sie wartet.',
  homeSummaryLabel: 'Wie weit die Teilnehmenden Ihrer Organisation in {cycle} gekommen sind',
  homeMenteesAndMentors:
    '{mentees, plural, one {# Mentee} other {# Mentees}}, {mentors, plural, one {# Mentorin oder Mentor} other {# Mentorinnen und Mentoren}}',
  openDashboard: 'Kennzahlen<hidden> von {cycle}</hidden> öffnen',
  loadingSummary: 'Der Überblick über {cycle} wird geladen …',
  eventsHeading: 'Veranstaltungen',
  eventsIntro:
    'Anmeldungen, Warteliste und Teilnahme an den Veranstaltungen des Durchgangs. Die Teilnahme zählt, sobald die Koordination sie eingetragen hat.',
  eventsIntroOwn:
    'Anmeldungen, Wartelistenplätze und Teilnahme der Personen Ihrer Organisation an den Veranstaltungen des Durchgangs.',
  eventsCaption: 'Anmeldungen und Teilnahme je Veranstaltung',
  eventsColumnEvent: 'Veranstaltung',
  eventsColumnRegistered: 'Angemeldet',
  eventsColumnWaiting: 'Warteliste',
  eventsColumnAttended: 'Teilgenommen',
  eventsColumnUnmarked: 'Noch nicht eingetragen',
  reportEventsHeading: 'Veranstaltungen',
  reportEventsIntro:
    'Je Veranstaltung: Wie viele der angemeldeten Mentorinnen, Mentoren und Mentees teilgenommen haben, wie die Koordination es eingetragen hat.',
  reportEventsCaption: 'Teilnahme unter den Angemeldeten je Veranstaltung',
  reportEventsEmpty: 'Bisher hat keine Veranstaltung mit Anmeldungen stattgefunden.',
  columnEvent: 'Veranstaltung',
} satisfies Translation<typeof en>;
