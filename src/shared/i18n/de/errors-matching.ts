import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-matching.ts';

export default {
  closedCycleRules: 'Die Regeln eines abgeschlossenen Durchgangs können nicht mehr geändert werden.',
  rulesChanged:
    'Die Regeln für das Matching wurden geändert, seit Sie sie geladen haben. Laden Sie sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
  excludedNotInCycle: 'Eine ausgeschlossene Organisation nimmt nicht an dem Durchgang teil.',
  excludedNotInCycleField: 'nimmt nicht an dem Durchgang teil',
  excludedFromItself: 'Eine Organisation kann nicht von sich selbst ausgeschlossen werden.',
  excludedFromItselfField: 'nennt dieselbe Organisation zweimal',
  excludedMenteeUnknown: 'Eine ausgeschlossene Person nimmt in diesem Durchgang nicht als Mentee teil.',
  excludedMenteeUnknownField: 'nimmt in diesem Durchgang nicht als Mentee teil',
  excludedMentorUnknown:
    'Eine ausgeschlossene Person nimmt in diesem Durchgang nicht als Mentorin oder Mentor teil.',
  excludedMentorUnknownField: 'nimmt in diesem Durchgang nicht als Mentorin oder Mentor teil',
  closedNotMatched: 'Ein abgeschlossener Durchgang wird nicht mehr gematcht.',
  publishedNoRuns:
    'Die Tandems dieses Durchgangs sind veröffentlicht; lösen Sie stattdessen einzelne Tandems auf und matchen Sie die Mentees einzeln neu.',
  runNotDone: 'Lauf {number} ist nicht erfolgreich beendet worden; er kann nicht zum Entwurf werden.',
  runStillRunning: 'Lauf {number} läuft noch; bitte warten Sie, bis er beendet ist.',
  publishedReplace: 'Der Entwurf ist veröffentlicht; lösen Sie stattdessen Tandems auf und matchen Sie neu.',
  publishedFixed: 'Der Entwurf ist veröffentlicht und kann nicht mehr geändert werden.',
  inApprovalAlready: 'Der Entwurf liegt den Organisationen bereits zur Freigabe vor.',
  noProposals: 'Der Entwurf enthält keine Vorschläge zur Freigabe; starten Sie zuerst das Matching.',
  publishedAlready: 'Dieser Entwurf ist bereits veröffentlicht.',
  sendForApprovalFirst: 'Senden Sie den Entwurf zuerst den Organisationen zur Freigabe.',
  nothingApproved: 'Noch ist kein Vorschlag freigegeben; es gibt nichts zu veröffentlichen.',
  draftChangedReload:
    'Der Entwurf wurde geändert, seit Sie ihn geladen haben. Bitte laden Sie neu und versuchen Sie es noch einmal.',
  draftChangedReloadIt:
    'Der Entwurf wurde geändert, seit Sie ihn geladen haben. Bitte laden Sie ihn neu und versuchen Sie es noch einmal.',
  draftChangedMeanwhile:
    'Der Entwurf wurde geändert, seit Sie ihn geladen haben. Jemand anderes hat ihn bearbeitet oder ein Lauf ist beendet worden; bitte laden Sie neu und versuchen Sie es noch einmal.',
  breaksRule: '{what, select, pair {Dieses Paar} other {Der Tausch}} verstößt gegen eine Regel: {breaks}.',
  thisPair: 'Dieses Paar',
  pairName: '{mentee} mit {mentor}',
  pairBreaks: '{pair}: {breaks}',
  hardRuleBroken:
    '{pairs}. Mentorin oder Mentor und Mentee müssen aus verschiedenen Organisationen kommen, die nicht voneinander ausgeschlossen sind, und zwei Personen, die bereits ein Tandem gebildet haben, werden nicht erneut zusammengebracht, solange die Regeln des Durchgangs das vorsehen; keine Ausnahme hebt das auf.',
  sameOrganisation: 'dieselbe Organisation',
  excludedOrganisations: 'ihre Organisationen sind voneinander ausgeschlossen',
  forbiddenPair: 'das Paar ist ausgeschlossen',
  formerTandem: 'die beiden haben bereits ein Tandem gebildet',
  mentorLacksLanguage: 'die Mentorin oder der Mentor spricht kein {language}',
  menteeAsksForGender:
    '{gender, select, female {die Person, die als Mentee teilnimmt, wünscht sich eine Mentorin} male {die Person, die als Mentee teilnimmt, wünscht sich einen Mentor} other {die Person, die als Mentee teilnimmt, wünscht sich eine nicht-binäre Person als Mentorin oder Mentor}}',
  mentorFull: 'die Mentorin oder der Mentor hat keinen freien Platz',
  mentorFullCapacity: 'die Mentorin oder der Mentor hat keinen freien Platz (Kapazität {capacity})',
  proposalsChanged:
    '{count, plural, one {Einer dieser Vorschläge wurde geändert, seit Sie ihn geladen haben.} other {# dieser Vorschläge wurden geändert, seit Sie sie geladen haben.}} Es wurde nichts freigegeben; laden Sie neu, um die Vorschläge so zu sehen, wie sie jetzt sind.',
  approvalClosed: 'Die Vorschläge können gerade nicht freigegeben werden.',
  notWithOrganisations:
    'Der Entwurf liegt den Organisationen noch nicht vor; senden Sie ihn zuerst zur Freigabe.',
  publishedNothingWaits: 'Dieser Entwurf ist bereits veröffentlicht; nichts wartet auf eine Freigabe.',
  closedNoTandems: 'Dieser Durchgang ist abgeschlossen; in ihm beginnt kein Tandem mehr.',
  rematchInTandemYear:
    'Neu matchen gehört zum Tandemjahr, das mit der Veröffentlichung der Tandems beginnt; bis dahin matchen Sie Mentees im Entwurf, wo ihre Organisationen die Vorschläge freigeben.',
  proposalOnDraft:
    'Für {name} gibt es einen Vorschlag im Entwurf; ändern Sie ihn dort, wo die Organisation ihn freigibt.',
} satisfies Translation<typeof en>;
