import type { Translation } from '../catalogue.ts';
import type en from '../en/approvals.ts';

export default {
  title: 'Freigaben',
  intro:
    'Die vorgeschlagenen Tandems für die Mentees Ihrer Organisation, nach Durchgang, und wer das Profil noch nicht vervollständigt hat.',
  loadingCycles: 'Durchgänge werden geladen …',
  approveProposals: 'Vorschläge freigeben',
  profileStatus: 'Stand der Profile',
  tandems: 'Tandems',
  noCycle: 'Ihre Organisation nimmt noch an keinem Durchgang teil.',
  pageIntro:
    'Geben Sie für jede Person aus Ihrer Organisation, die als Mentee teilnimmt, die vorgeschlagene Mentorin oder den vorgeschlagenen Mentor frei, oder sagen Sie, was sich ändern soll.',
  loadingProposals: 'Die Vorschläge werden geladen …',

  emptyEditing:
    'Noch keine Vorschläge zur Freigabe. Die Koordination sendet sie, sobald das Matching geprüft ist.',
  emptyPublished:
    'Es ist nichts mehr freizugeben: Die freigegebenen Vorschläge sind als Tandems veröffentlicht.',
  emptyNone: 'In diesem Durchgang gibt es keine Vorschläge für Mentees Ihrer Organisation.',
  published: 'Die Tandems sind veröffentlicht.',
  openCount:
    '{open} von {total, plural, one {# Vorschlag wartet} other {# Vorschlägen {open, plural, one {wartet} other {warten}}}} auf Ihre Entscheidung oder eine Änderung.',
  allApproved: 'Sie haben alle Vorschläge freigegeben. Vielen Dank!',
  approvedDone: '{count, plural, one {# Vorschlag ist} other {# Vorschläge sind}} freigegeben.',
  approveAll: 'Alle angezeigten freigeben ({count})',
  approveAllQuestion:
    'Möchten Sie {count, plural, one {# Vorschlag} other {# Vorschläge}} auf einmal freigeben? Damit geben Sie alle unten vorgeschlagenen Mentorinnen und Mentoren für die jeweiligen Mentees frei.',
  approveAllConfirm: '{count, plural, one {# Vorschlag} other {# Vorschläge}} freigeben',
  approving: 'Wird freigegeben …',
  proposedMentor: 'Vorgeschlagen als Mentorin oder Mentor: <b>{mentor}</b>, {jobTitle} bei {organisation}',
  proposedMentorNoTitle:
    'Vorgeschlagen als Mentorin oder Mentor: <b>{mentor}</b> (ohne Angabe der Tätigkeit) bei {organisation}',
  whyThisMatch: 'Warum dieser Vorschlag',
  rulesBroken: 'Regeln, gegen die dieser Vorschlag verstößt',
  statusPending: 'Wartet auf Freigabe',
  statusApproved: 'Freigegeben',
  statusChangeRequested: 'Änderung erbeten',
  yourComment: 'Ihr Kommentar: „{comment}“',
  whatShouldChange: 'Was soll sich ändern?',
  whatShouldChangeHint:
    'Die Koordination liest Ihren Hinweis und schlägt eine andere Mentorin oder einen anderen Mentor vor oder erläutert die Wahl.',
  sendChangeRequest: 'Änderungswunsch senden<hidden> für {mentee}</hidden>',
  approve: 'Freigeben<hidden> {mentor} für {mentee}</hidden>',
  requestChange: 'Änderung erbitten<hidden> für {mentee}</hidden>',
} satisfies Translation<typeof en>;
