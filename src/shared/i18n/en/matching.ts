// The coordinator's matching page: match runs (start, follow, list, compare), the review board with
// its proposals, the unmatched mentees, hand-assigning and swapping, forbidden pairs and mentor load.
export default {
  sectionTitle: 'Matching',
  pageIntro:
    'Run the matching engine, review the proposed tandems, adjust them, send them to the organisations for approval and publish.',

  // Words several parts share.
  mentee: 'Mentee',
  mentor: 'Mentor',
  organisation: 'Organisation',
  actions: 'Actions',
  choose: 'Choose…',
  checking: 'Checking…',
  pair: '{mentee} and {mentor}',
  pinned: 'Pinned',
  criterionPoints: '{criterion} {points}',
  draftEditing: 'Being edited',
  draftInApproval: 'With the organisations for approval',
  draftPublished: 'Published',
  approvalPending: 'Awaiting approval',
  approvalApproved: 'Approved',
  approvalChangeRequested: 'Change requested',
  sourceHand: 'Assigned by hand',
  staleDraft:
    'The draft changed since you loaded it (another edit or a finished run), so your change was not made. The board now shows the current draft: check it and try again.',

  // The workspace.
  runsHeading: 'Match runs',
  runsPublished: 'The draft is published. Change tandems by dissolving and re-matching them.',
  runsInApproval:
    'The draft is with the organisations. A new run is kept for comparison and does not replace the draft; use “Use as draft” to bring it in.',
  runsEditing:
    'A finished run becomes the draft while the draft is being edited. Pins and forbidden pairs carry over to every run.',
  loadingRuns: 'Loading runs…',
  boardHeading: 'Review board',
  loadingDraft: 'Loading the draft…',

  // Starting and following a run.
  modeLabel: 'Matching mode',
  modeOptimalOption: 'Optimal: the highest total score',
  modeStableOption: 'Stable: no pair would rather swap',
  runMatching: 'Run matching',
  runMatchingBusy: 'Matching…',
  followFailed: 'Following the run failed: {error}',
  runRunning: 'Run {number} is running…',
  runRunningProgress: 'Run {number} is running: {phase}, {done} of {total}',
  runProgress: 'Run {number} progress',
  runFailed: 'Run {number} failed: {error}',
  runFinished:
    'Run {number} finished: {matched} of {mentees, plural, one {# mentee} other {# mentees}} matched, mean score {score}.',

  // The list of runs.
  runsEmpty: 'No runs yet. The first run fills the draft.',
  columnRun: 'Run',
  columnMode: 'Mode',
  columnMatched: 'Matched',
  columnTotalScore: 'Total score',
  columnMeanScore: 'Mean score',
  columnPerCriterion: 'Per criterion (mean points)',
  columnPerCriterionShort: 'Per criterion',
  columnEngine: 'Engine',
  columnStarted: 'Started',
  runName: 'Run {number}',
  runIsDraft: 'The draft',
  runStatusRunning: 'Running',
  runStatusFailed: 'Failed',
  modeOptimal: 'Optimal',
  modeStable: 'Stable',
  matchedOf: '{matched} of {mentees}',
  runStarted: '{time}{timed, select, yes {, {seconds} s} other {}}{named, select, yes { by {name}} other {}}',
  useAsDraft: 'Use as draft<hidden> (run {number})</hidden>',

  // Comparing two runs.
  compareHeading: 'Compare two runs',
  compareRunOption: 'Run {number} ({mode, select, optimal {optimal} stable {stable} other {{mode}}})',
  compareRunA: 'Run A',
  compareRunB: 'Run B',
  compare: 'Compare',
  comparing: 'Comparing…',
  compareChooseTwo: 'Choose two different runs.',
  compareFigures: 'Figures side by side',
  compareFigure: 'Figure',
  compareMode: '{mode, select, optimal {optimal} stable {stable} other {{mode}}}',
  compareDifferences:
    '{count, plural, one {# mentee gets a different mentor.} other {# mentees get a different mentor.}}',
  compareSame: 'Both runs propose the same tandems.',
  compareDiffering: 'Tandems that differ',
  compareUnmatched: 'unmatched',
  compareCell: '{mentor}{scored, select, yes { ({score})} other {}}',
  compareExportCsv: 'Export the differences as CSV',

  // The review board.
  sentForApproval:
    'Sent to the organisations; their contacts were mailed a link. The cycle is now in its matching phase, so profile reminders have stopped.',
  publishedResult:
    'Published {published, plural, one {# tandem} other {# tandems}}; the tandem year has started. {remaining, plural, =0 {Every proposal is published.} one {# proposal still waits for approval.} other {# proposals still wait for approval.}}',
  noRunYet: 'No match run yet.',
  boardSummary:
    '{proposals, plural, one {# proposed tandem} other {# proposed tandems}}, {unmatched, plural, one {# mentee} other {# mentees}} unmatched.',
  draftVersion: 'Draft version {version}.',
  sendToApproval: 'Send to approval',
  publishApproved: 'Publish approved tandems',
  reload: 'Reload',
  publishQuestion:
    'Publishing starts the tandem year: the cycle moves to running, the tandems are told their partner, and reminders, tandem health flags and surveys by date begin. Publish the approved tandems now?',
  publishConfirm: 'Publish and start the tandem year',
  publishWaits: 'Publishing opens once an organisation approves a proposal.',
  assignHeading: 'Assign or swap by hand',
  assignOpen: 'Assign or swap by hand…',

  // Approval by organisation.
  approvalByOrganisation: 'Approval by organisation',
  columnAwaiting: 'Awaiting',
  columnApproved: 'Approved',
  columnChangeRequested: 'Change requested',

  // The proposals.
  proposalsHeading: 'Proposed tandems',
  proposalsCount: '{total, plural, one {# proposal} other {# proposals}}.',
  proposalsCountFiltered: '{shown} of {total, plural, one {# proposal} other {# proposals}} shown.',
  proposalsNoMatch: 'No proposal matches these filters.',
  emptyPublished: 'Every approved proposal is published as a tandem; none is left to review.',
  emptyNoRun: 'No proposals yet. Run the matching to fill the draft.',
  emptyAllUnmatched: 'The matching proposed no tandem: every mentee is unmatched. See why below.',
  emptyNoneLeft: 'No proposals are left on the draft. Run the matching again or assign mentors by hand.',
  filterLabel: 'Filter proposals',
  filterSearch: 'Search names',
  filterAllOrganisations: 'All organisations',
  filterShow: 'Show',
  filterAllProposals: 'All proposals',
  filterRuleBreaks: 'Breaking a rule',
  sortBy: 'Sort by',
  sortScoreDesc: 'Score, highest first',
  sortScoreAsc: 'Score, lowest first',
  sortMentee: 'Mentee name',
  sortMentor: 'Mentor name',
  sortCriterion: '{criterion}, lowest first',
  unpinnedDone: 'Unpinned {mentee} and {mentor}.',
  pinnedDone: 'Pinned {mentee} to {mentor}; re-runs keep this pair.',
  forbiddenDone: '{mentee} and {mentor} will not be paired again.',
  unassignedDone: '{mentee} is unmatched now.',
  proposalNames: '{mentee} <arrow>→</arrow><hidden> with mentor </hidden> {mentor}',
  noReason: 'No particular reason given.',
  breaks: 'Breaks: {rules}',
  quoted: '“{comment}”',
  proposalScore: '<hidden>Score </hidden>{score}',
  pin: 'Pin<hidden> {pair}</hidden>',
  unpin: 'Unpin<hidden> {pair}</hidden>',
  changeMentor: 'Change mentor<hidden> for {mentee}</hidden>',
  unassign: 'Unassign<hidden> {pair}</hidden>',
  forbid: 'Forbid<hidden> {pair}</hidden>',

  // Unmatched mentees.
  unmatchedHeading: 'Unmatched mentees',
  unmatchedNoRun: 'The matching has not run yet, so no mentee is unmatched so far.',
  unmatchedPublished: 'No mentee was left unmatched; their tandems are published.',
  unmatchedNone: 'Every mentee has a proposed mentor.',
  columnWhyUnmatched: 'Why unmatched',
  noMentorLeft: 'No mentor left within the rules.',
  chooseMentorFor: 'Choose a mentor<hidden> for {name}</hidden>',

  // Forbidden pairs.
  forbiddenHeading: 'Forbidden pairs',
  forbiddenNone: 'None. Forbidding a proposed pair keeps the engine from proposing it again.',
  someMentee: 'Mentee',
  someMentor: 'mentor',
  allowedAgain: '{pair} may be paired again.',
  allowAgain: 'Allow again<hidden> {pair}</hidden>',

  // Mentors and their places.
  mentorsHeading: 'Mentors',
  mentorsSummary:
    '{mentors, plural, one {# mentor} other {# mentors}}, {free, plural, one {# free place} other {# free places}}.',
  showMentors: 'Show mentors',
  hideMentors: 'Hide mentors',
  mentorsTable: 'Mentors and their capacity',
  columnUsedOfCapacity: 'Used of capacity',
  usedOf: '{used} of {capacity}',

  // A pair's preview.
  previewScore: '<b>Score {score}</b>',
  previewScoreParts: '<b>Score {score}</b> ({parts})',
  previewHardBreaks:
    'Not possible: mentor and mentee must come from different organisations that are not excluded from each other, and two people who were a tandem before stay apart while the rules say so. This pair breaks:',
  previewSoftBreaks: 'This pair breaks {count, plural, one {a rule} other {rules}} you may accept:',
  previewKeepsRules: 'This pair keeps every rule.',

  // Assigning and swapping by hand.
  optionMenteeProposed: '{name} ({organisation}), now with {mentor}',
  optionMenteeUnmatched: '{name} ({organisation}), unmatched',
  optionMentor: '{name} ({organisation}), {used} of {capacity} used',
  optionProposed: '{mentee} ({menteeOrganisation}) with {mentor} ({mentorOrganisation})',
  assignChooseBoth: 'Choose a mentee and a mentor first.',
  assignRefused: 'This pair cannot be assigned: {rules}. Choose a mentor of another organisation.',
  assignBreaksRule:
    'This pair breaks a rule. Tick the box to confirm you accept that, or choose another mentor.',
  assignedDone: '{mentee} is assigned to {mentor}.',
  chooseMentee: 'Choose a mentee…',
  chooseMentor: 'Choose a mentor…',
  checkPair: 'Check this pair',
  acceptPair: 'I accept that this pair breaks the rules above',
  assignMentor: 'Assign this mentor',
  swapPair: '{mentee} with {mentor}',
  swapChooseTwo: 'Choose two different mentees to swap their mentors.',
  swapRefused: 'This swap cannot be made: {problems}.',
  swapBreaksRule: 'This swap breaks a rule. Tick the box to confirm you accept that, or choose others.',
  swappedDone: '{menteeA} and {menteeB} swapped mentors.',
  swapHeading: 'Swap mentors between two mentees',
  swapFirst: 'First mentee',
  swapSecond: 'Second mentee',
  checkSwap: 'Check this swap',
  acceptSwap: 'I accept that this swap breaks the rules above',
  swapMentors: 'Swap mentors',
};
