import type { Translation } from '../catalogue.ts';
import type en from '../en/report-pdf.ts';

export default {
  titleProgramme: 'Evaluationsbericht',
  titleOrganisation: 'Vertraulicher Bericht für {organisation}',
  documentTitleProgramme: 'Evaluationsbericht: {cycle}',
  documentTitleOrganisation: 'Vertraulicher Bericht für {organisation}: {cycle}',
  coverPeriod: 'Durchgang vom {start} bis {end}',
  coverGenerated: 'Erstellt am {date}',
  coverConfidentialProgramme: 'Vertraulich: für die Mitglieder des Verbunds.',
  coverConfidentialOrganisation:
    'Vertraulich: nur für den internen Gebrauch von {organisation}. Bitte geben Sie den Bericht nicht außerhalb der Organisation weiter.',
  coverGroupsOnly:
    'Dieser Bericht enthält nur Zahlen über Gruppen: keine Notizen, keine Ziele und keine einzelnen Antworten. Zahlen über weniger als {threshold} Personen bleiben verborgen.',
  pageOf: 'Seite {page} von {pages}',

  sectionSummary: 'Überblick',
  sectionParticipation: 'Beteiligung',
  sectionOutcomesByGender: 'Wirkung nach Geschlecht',
  sectionOrganisations: 'Organisationen',
  sectionOrganisationAndProgramme: 'Die Organisation und das Programm',
  sectionSurveys: 'Ergebnisse der Umfragen',
  sectionOutcomes: 'Wirkung',
  sectionMethod: 'Methode',

  columnFigure: 'Kennzahl',
  columnOrganisation: 'Organisation',
  columnMeasure: 'Kennzahl',
  summaryMenteesNominated: 'Nominierte Mentees',
  summaryMentorsNominated: 'Nominierte Mentorinnen und Mentoren',
  summaryMenteesInTandem: 'Mentees in einem Tandem',
  summaryMentorsInTandem: 'Mentorinnen und Mentoren in einem Tandem',
  summaryMeetings: 'Stattgefundene Treffen, von den erwarteten',
  tableAgreementsSigned: 'Vereinbarungen unterschrieben',
  tableMeetings: 'Treffen: stattgefunden von erwartet',
  tableCareerStep: 'Karriereschritt',

  shareOf: '{value} von {n} ({percent})',
  heldOfExpected: '{held} von {expected}',
  meanWithN: '{mean} (n\u00a0=\u00a0{n})',

  chartFunnelNote:
    'Personen, die die jeweilige Stufe erreicht haben; die Zahl neben einem Balken nennt ihre Anzahl.',
  chartFunnelScales: 'Die Balken der Organisation und die des Programms haben jeweils ihren eigenen Maßstab.',
  chartGenderNote:
    'Von den Mentees, die die jeweilige Frage der Nachbefragung beantwortet haben, der Anteil mit „Ja“, nach Geschlecht, im ganzen Programm. Eine verborgene Gruppe hat keinen Balken.',

  surveyAnsweredBy:
    '{role, select, mentee {Von Mentees beantwortet} other {Von Mentorinnen und Mentoren beantwortet}}',
  surveyAnswered: 'Beantwortet',
  surveyMean: 'Mittelwert (1–5)',
  surveyTextNote:
    'Freitextantworten: Berichtet wird nur, wie viele Personen geantwortet haben; die Texte sind nicht Teil von Berichten.',

  outcomesByOrganisation: 'Nach Organisation',
  outcomesByGender: 'Nach Geschlecht, im ganzen Programm',
  outcomeShortCareerStep: 'Karriereschritt',
  outcomeShortPromoted: 'Befördert',
  outcomeShortLeadership: 'Mehr Führung',
  outcomeShortNewRole: 'Neue Aufgabe',
  outcomeShortStillWithEmployer: 'Dieselbe Organisation',
  outcomeShortMenteeValue: 'Wert (Mentees)',
  outcomeShortMentorValue: 'Wert (Mentorinnen und Mentoren)',

  emptyNoOrganisations: 'An diesem Durchgang nimmt noch keine Organisation teil.',
  emptyNoTandems:
    'In diesem Durchgang sind noch keine Tandems gebildet, daher gibt es keine Vereinbarungen und keine Treffen zu berichten.',
  emptyNoSurveys:
    'Noch keine Umfrage dieses Durchgangs ist geschlossen: Die Ergebnisse einer Umfrage erscheinen, sobald sie geschlossen ist.',
  emptyNoOutcomes:
    'Noch keine Wirkung messbar: Sie ergibt sich aus den Nachbefragungen, sobald diese geschlossen sind.',

  methodThreshold:
    'Zahlen über Gruppen mit weniger als {threshold} Personen bleiben verborgen, damit niemand darin erkennbar ist.',
  methodComplementary:
    'Eine Zahl bleibt auch dann verborgen, wenn sich aus ihr eine verborgene Zahl errechnen ließe, indem man sie und die übrigen mit ihr veröffentlichten Zahlen von einer Summe abzieht (komplementäre Unterdrückung).',
  methodOrganisationReport:
    'Der Bericht einer Organisation zeigt ihre Spalte des Programmberichts, mit denselben verborgenen Zahlen. Wer mehrere Berichte zusammen liest, erfährt daher nichts, was der Programmbericht verbirgt.',
  methodCountedOn: 'Gezählt wird der Stand am Tag, an dem der Bericht erstellt wurde ({date}).',
  methodActivity:
    'Vereinbarungen und Treffen zählen für die Organisation der Mentees, denn sie erhält das Mentoring.',
  methodActive: 'Als aktiv gilt eine Person, deren Tandem sich in den letzten {weeks} Wochen getroffen hat.',
  methodCareerStep:
    'Ein Karriereschritt ist ein Ja in der Nachbefragung zu einer Beförderung, zu mehr Führungsverantwortung oder zu einer neuen Aufgabe.',
  sectionEvents: 'Veranstaltungen',
  eventsIntro:
    'Je Veranstaltung: Wie viele der angemeldeten Mentorinnen, Mentoren und Mentees teilgenommen haben.',
  emptyNoEvents: 'Bisher gibt es keine Veranstaltungen mit Anmeldungen.',
} satisfies Translation<typeof en>;
