import type { Translation } from '../catalogue.ts';
import type en from '../en/reports.ts';

export default {
  stageNominated: 'Nominiert',
  stageProfileFinished: 'Profil vollständig',
  stageProposed: 'Vorgeschlagen',
  stageApproved: 'Freigegeben',
  stagePublished: 'Im Tandem',
  stageAgreementSigned: 'Vereinbarung unterschrieben',
  stageFirstMeeting: 'Erstes Treffen hat stattgefunden',
  stageActiveRecently: 'In den letzten 6 Wochen aktiv',
  stageMidtermAnswered: 'Halbzeitumfrage beantwortet',
  stageFinalAnswered: 'Abschlussumfrage beantwortet',

  measureAgreementsSigned: 'Tandems mit unterschriebener Vereinbarung',
  measureFirstMeeting: 'Tandems, die sich getroffen haben',
  measureMeetingsHeld: 'Stattgefundene Treffen',
  measureMeetingsExpected: 'Nach dem vereinbarten Rhythmus erwartete Treffen',

  outcomeCareerStep: 'Mentees mit einem Karriereschritt',
  outcomePromoted: 'Befördert',
  outcomeLeadershipResponsibility: 'Mehr Führungsverantwortung',
  outcomeNewRole: 'Eine neue Stelle',
  outcomeStillWithEmployer: 'Weiterhin in derselben Organisation',
  outcomeMenteeValue: 'Wert des Tandems aus Sicht der Mentees (1–5)',
  outcomeMentorValue: 'Wert des Tandems aus Sicht der Mentorinnen und Mentoren (1–5)',

  genderFemale: 'Frauen',
  genderMale: 'Männer',
  genderNonBinary: 'Nichtbinäre Personen',
  genderUndisclosed: 'Geschlecht nicht angegeben',

  attentionInactive: 'Lange kein Treffen',
  attentionOverdue: 'Treffen überfällig',
  attentionAgreementUnsigned: 'Vereinbarung nicht unterschrieben',

  hiddenSmallGroup: 'verborgen: weniger als {threshold} Personen',
  hiddenComplementary: 'verborgen: sonst ließe sich eine verborgene Zahl errechnen',
  hiddenShort: 'verborgen',

  roleMentees: 'Mentees',
  roleMentors: 'Mentorinnen und Mentoren',
  programme: 'Programm',
  allOrganisations: 'Alle Organisationen',
} satisfies Translation<typeof en>;
