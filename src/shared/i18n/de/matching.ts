import type { Translation } from '../catalogue.ts';
import type en from '../en/matching.ts';

export default {
  sectionTitle: 'Matching',
  pageIntro:
    'Starten Sie das Matching, prüfen Sie die vorgeschlagenen Tandems, passen Sie sie an, senden Sie sie den Organisationen zur Freigabe und veröffentlichen Sie sie.',

  mentee: 'Mentee',
  mentor: 'Mentorin oder Mentor',
  organisation: 'Organisation',
  actions: 'Aktionen',
  choose: 'Bitte wählen …',
  checking: 'Wird geprüft …',
  pair: '{mentee} und {mentor}',
  pinned: 'Fixiert',
  criterionPoints: '{criterion} {points}',
  draftEditing: 'In Bearbeitung',
  draftInApproval: 'Bei den Organisationen zur Freigabe',
  draftPublished: 'Veröffentlicht',
  approvalPending: 'Wartet auf Freigabe',
  approvalApproved: 'Freigegeben',
  approvalChangeRequested: 'Änderung erbeten',
  sourceHand: 'Von Hand zugeordnet',
  staleDraft:
    'Der Entwurf hat sich geändert, seit Sie ihn geladen haben (durch eine andere Bearbeitung oder einen abgeschlossenen Lauf). Ihre Änderung wurde daher nicht übernommen. Die Seite zeigt jetzt den aktuellen Entwurf: Bitte prüfen Sie ihn und versuchen Sie es erneut.',

  runsHeading: 'Matching-Läufe',
  runsPublished:
    'Der Entwurf ist veröffentlicht. Tandems ändern Sie, indem Sie sie auflösen und die Mentees neu zuordnen.',
  runsInApproval:
    'Der Entwurf liegt den Organisationen vor. Ein neuer Lauf wird zum Vergleich aufbewahrt und ersetzt den Entwurf nicht; mit „Als Entwurf verwenden“ übernehmen Sie ihn.',
  runsEditing:
    'Solange der Entwurf bearbeitet wird, wird ein abgeschlossener Lauf zum Entwurf. Fixierte und gesperrte Paare gelten für jeden Lauf.',
  loadingRuns: 'Läufe werden geladen …',
  boardHeading: 'Vorschläge prüfen',
  loadingDraft: 'Der Entwurf wird geladen …',

  modeLabel: 'Matching-Verfahren',
  modeOptimalOption: 'Optimal: die höchste Gesamtpunktzahl',
  modeStableOption: 'Stabil: kein Paar würde lieber tauschen',
  runMatching: 'Matching starten',
  runMatchingBusy: 'Matching läuft …',
  followFailed: 'Der Fortschritt des Laufs konnte nicht abgefragt werden: {error}',
  runRunning: 'Lauf {number} läuft …',
  runRunningProgress: 'Lauf {number} läuft: {phase}, {done} von {total}',
  runProgress: 'Fortschritt von Lauf {number}',
  runFailed: 'Lauf {number} ist fehlgeschlagen: {error}',
  runFinished:
    'Lauf {number} ist abgeschlossen: {matched} von {mentees, plural, one {# Mentee} other {# Mentees}} zugeordnet, mittlere Punktzahl {score}.',

  runsEmpty: 'Noch keine Läufe. Der erste Lauf füllt den Entwurf.',
  columnRun: 'Lauf',
  columnMode: 'Verfahren',
  columnMatched: 'Zugeordnet',
  columnTotalScore: 'Gesamtpunktzahl',
  columnMeanScore: 'Mittlere Punktzahl',
  columnPerCriterion: 'Je Kriterium (mittlere Punkte)',
  columnPerCriterionShort: 'Je Kriterium',
  columnEngine: 'Version',
  columnStarted: 'Gestartet',
  runName: 'Lauf {number}',
  runIsDraft: 'Der Entwurf',
  runStatusRunning: 'Läuft',
  runStatusFailed: 'Fehlgeschlagen',
  modeOptimal: 'Optimal',
  modeStable: 'Stabil',
  matchedOf: '{matched} von {mentees}',
  runStarted:
    '{time}{timed, select, yes {, {seconds} s} other {}}{named, select, yes {, von {name}} other {}}',
  useAsDraft: 'Als Entwurf verwenden<hidden> (Lauf {number})</hidden>',

  compareHeading: 'Zwei Läufe vergleichen',
  compareRunOption: 'Lauf {number} ({mode, select, optimal {optimal} stable {stabil} other {{mode}}})',
  compareRunA: 'Lauf A',
  compareRunB: 'Lauf B',
  compare: 'Vergleichen',
  comparing: 'Wird verglichen …',
  compareChooseTwo: 'Bitte wählen Sie zwei verschiedene Läufe.',
  compareFigures: 'Kennzahlen im Vergleich',
  compareFigure: 'Kennzahl',
  compareMode: '{mode, select, optimal {optimal} stable {stabil} other {{mode}}}',
  compareDifferences:
    '{count, plural, one {# Mentee erhält eine andere Mentorin oder einen anderen Mentor.} other {# Mentees erhalten eine andere Mentorin oder einen anderen Mentor.}}',
  compareSame: 'Beide Läufe schlagen dieselben Tandems vor.',
  compareDiffering: 'Unterschiedliche Tandems',
  compareUnmatched: 'nicht zugeordnet',
  compareCell: '{mentor}{scored, select, yes { ({score})} other {}}',
  compareExportCsv: 'Unterschiede als CSV exportieren',

  sentForApproval:
    'An die Organisationen gesendet; ihre Ansprechpersonen haben einen Link per Mail erhalten. Der Durchgang ist jetzt in der Matching-Phase, daher werden keine Erinnerungen an die Profile mehr verschickt.',
  publishedResult:
    '{published, plural, one {# Tandem wurde veröffentlicht} other {# Tandems wurden veröffentlicht}}; das Tandemjahr hat begonnen. {remaining, plural, =0 {Alle Vorschläge sind veröffentlicht.} one {# Vorschlag wartet noch auf Freigabe.} other {# Vorschläge warten noch auf Freigabe.}}',
  noRunYet: 'Noch kein Matching-Lauf.',
  boardSummary:
    '{proposals, plural, one {# vorgeschlagenes Tandem} other {# vorgeschlagene Tandems}}, {unmatched, plural, one {# Mentee} other {# Mentees}} ohne Zuordnung.',
  draftVersion: 'Fassung {version} des Entwurfs.',
  sendToApproval: 'Zur Freigabe senden',
  publishApproved: 'Freigegebene Tandems veröffentlichen',
  reload: 'Neu laden',
  publishQuestion:
    'Mit der Veröffentlichung beginnt das Tandemjahr: Der Durchgang wechselt in die Phase „Laufend“, die Teilnehmenden erfahren, mit wem sie ein Tandem bilden, und Erinnerungen, Hinweise zum Stand der Tandems und terminierte Umfragen beginnen. Möchten Sie die freigegebenen Tandems jetzt veröffentlichen?',
  publishConfirm: 'Veröffentlichen und Tandemjahr beginnen',
  publishWaits: 'Veröffentlichen ist möglich, sobald eine Organisation einen Vorschlag freigegeben hat.',
  assignHeading: 'Von Hand zuordnen oder tauschen',
  assignOpen: 'Von Hand zuordnen oder tauschen …',

  approvalByOrganisation: 'Freigabe nach Organisation',
  columnAwaiting: 'Offen',
  columnApproved: 'Freigegeben',
  columnChangeRequested: 'Änderung erbeten',

  proposalsHeading: 'Vorgeschlagene Tandems',
  proposalsCount: '{total, plural, one {# Vorschlag} other {# Vorschläge}}.',
  proposalsCountFiltered:
    '{shown} von {total, plural, one {# Vorschlag} other {# Vorschlägen}} werden angezeigt.',
  proposalsNoMatch: 'Kein Vorschlag passt zu diesen Filtern.',
  emptyPublished:
    'Alle freigegebenen Vorschläge sind als Tandems veröffentlicht; es ist nichts mehr zu prüfen.',
  emptyNoRun: 'Noch keine Vorschläge. Starten Sie das Matching, um den Entwurf zu füllen.',
  emptyAllUnmatched:
    'Das Matching hat kein Tandem vorgeschlagen: Alle Mentees sind ohne Zuordnung. Die Gründe stehen weiter unten.',
  emptyNoneLeft:
    'Im Entwurf sind keine Vorschläge mehr. Starten Sie das Matching erneut oder ordnen Sie Mentees von Hand zu.',
  filterLabel: 'Vorschläge filtern',
  filterSearch: 'Namen suchen',
  filterAllOrganisations: 'Alle Organisationen',
  filterShow: 'Anzeigen',
  filterAllProposals: 'Alle Vorschläge',
  filterRuleBreaks: 'Verstößt gegen eine Regel',
  sortBy: 'Sortieren nach',
  sortScoreDesc: 'Punktzahl, höchste zuerst',
  sortScoreAsc: 'Punktzahl, niedrigste zuerst',
  sortMentee: 'Name (Mentee)',
  sortMentor: 'Name (Mentorin oder Mentor)',
  sortCriterion: '{criterion}, niedrigste zuerst',
  unpinnedDone: '{mentee} und {mentor} sind nicht mehr fixiert.',
  pinnedDone: '{mentee} und {mentor} sind fixiert; neue Läufe behalten dieses Paar.',
  forbiddenDone: '{mentee} und {mentor} werden nicht wieder zusammen vorgeschlagen.',
  unassignedDone: '{mentee} ist jetzt ohne Zuordnung.',
  proposalNames: '{mentee} <arrow>→</arrow><hidden> mit Mentorin oder Mentor </hidden> {mentor}',
  noReason: 'Kein besonderer Grund angegeben.',
  breaks: 'Verstößt gegen: {rules}',
  quoted: '„{comment}“',
  proposalScore: '<hidden>Punktzahl </hidden>{score}',
  pin: 'Fixieren<hidden> {pair}</hidden>',
  unpin: 'Lösen<hidden> {pair}</hidden>',
  changeMentor: 'Zuordnung ändern<hidden> für {mentee}</hidden>',
  unassign: 'Zuordnung aufheben<hidden> {pair}</hidden>',
  forbid: 'Sperren<hidden> {pair}</hidden>',

  unmatchedHeading: 'Mentees ohne Zuordnung',
  unmatchedNoRun: 'Das Matching ist noch nicht gelaufen, daher ist bisher niemand ohne Zuordnung.',
  unmatchedPublished: 'Alle Mentees wurden zugeordnet; ihre Tandems sind veröffentlicht.',
  unmatchedNone: 'Für alle Mentees gibt es einen Vorschlag.',
  columnWhyUnmatched: 'Warum ohne Zuordnung',
  noMentorLeft: 'Innerhalb der Regeln ist keine Mentorin und kein Mentor mehr frei.',
  chooseMentorFor: 'Mentorin oder Mentor wählen<hidden> für {name}</hidden>',

  forbiddenHeading: 'Gesperrte Paare',
  forbiddenNone:
    'Keine. Wenn Sie ein vorgeschlagenes Paar sperren, schlägt das Matching es nicht wieder vor.',
  someMentee: 'Mentee',
  someMentor: 'Mentorin oder Mentor',
  allowedAgain: '{pair} können wieder zusammen vorgeschlagen werden.',
  allowAgain: 'Wieder zulassen<hidden> {pair}</hidden>',

  mentorsHeading: 'Mentorinnen und Mentoren',
  mentorsSummary:
    '{mentors, plural, one {# Mentorin oder Mentor} other {# Mentorinnen und Mentoren}}, {free, plural, one {# freier Platz} other {# freie Plätze}}.',
  showMentors: 'Mentorinnen und Mentoren anzeigen',
  hideMentors: 'Mentorinnen und Mentoren ausblenden',
  mentorsTable: 'Mentorinnen und Mentoren mit ihren Plätzen',
  columnUsedOfCapacity: 'Belegt von Plätzen',
  usedOf: '{used} von {capacity}',

  previewScore: '<b>Punktzahl {score}</b>',
  previewScoreParts: '<b>Punktzahl {score}</b> ({parts})',
  previewHardBreaks:
    'Nicht möglich: Mentee sowie Mentorin oder Mentor müssen aus verschiedenen Organisationen kommen, die nicht voneinander ausgeschlossen sind, und zwei Personen, die bereits ein Tandem gebildet haben, bleiben getrennt, solange die Regeln das vorsehen. Dieses Paar verstößt gegen:',
  previewSoftBreaks:
    'Dieses Paar verstößt gegen {count, plural, one {eine Regel} other {Regeln}}, die Sie akzeptieren können:',
  previewKeepsRules: 'Dieses Paar hält alle Regeln ein.',

  optionMenteeProposed: '{name} ({organisation}), derzeit mit {mentor}',
  optionMenteeUnmatched: '{name} ({organisation}), ohne Zuordnung',
  optionMentor: '{name} ({organisation}), {used} von {capacity} belegt',
  optionProposed: '{mentee} ({menteeOrganisation}) mit {mentor} ({mentorOrganisation})',
  assignChooseBoth: 'Bitte wählen Sie zuerst beide Personen aus: Mentee sowie Mentorin oder Mentor.',
  assignRefused:
    'Dieses Paar kann nicht zugeordnet werden: {rules}. Bitte wählen Sie eine Mentorin oder einen Mentor aus einer anderen Organisation.',
  assignBreaksRule:
    'Dieses Paar verstößt gegen eine Regel. Bestätigen Sie mit dem Häkchen, dass Sie das akzeptieren, oder wählen Sie eine andere Mentorin oder einen anderen Mentor.',
  assignedDone: '{mentee} ist jetzt {mentor} zugeordnet.',
  chooseMentee: 'Mentee wählen …',
  chooseMentor: 'Mentorin oder Mentor wählen …',
  checkPair: 'Dieses Paar prüfen',
  acceptPair: 'Ich akzeptiere, dass dieses Paar gegen die oben genannten Regeln verstößt',
  assignMentor: 'Diese Zuordnung übernehmen',
  swapPair: '{mentee} mit {mentor}',
  swapChooseTwo:
    'Bitte wählen Sie zwei verschiedene Paare, deren Mentorinnen oder Mentoren getauscht werden sollen.',
  swapRefused: 'Dieser Tausch ist nicht möglich: {problems}.',
  swapBreaksRule:
    'Dieser Tausch verstößt gegen eine Regel. Bestätigen Sie mit dem Häkchen, dass Sie das akzeptieren, oder wählen Sie andere Paare.',
  swappedDone: '{menteeA} und {menteeB} haben ihre Mentorinnen oder Mentoren getauscht.',
  swapHeading: 'Mentorinnen oder Mentoren zweier Mentees tauschen',
  swapFirst: 'Erstes Paar',
  swapSecond: 'Zweites Paar',
  checkSwap: 'Diesen Tausch prüfen',
  acceptSwap: 'Ich akzeptiere, dass dieser Tausch gegen die oben genannten Regeln verstößt',
  swapMentors: 'Tauschen',
} satisfies Translation<typeof en>;
