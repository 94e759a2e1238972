// The server's refusals about matching: rules, runs, the draft, approval and re-matching.
export default {
  // Rules
  closedCycleRules: 'The rules of a closed cycle can no longer change.',
  rulesChanged:
    'The matching rules changed since you loaded it. Load it again to see the change, then make yours again.',
  excludedNotInCycle: 'An excluded organisation does not take part in the cycle.',
  excludedNotInCycleField: 'does not take part in the cycle',
  excludedFromItself: 'An organisation cannot be excluded from itself.',
  excludedFromItselfField: 'names the same organisation twice',
  excludedMenteeUnknown: 'An excluded mentee is not a mentee of this cycle.',
  excludedMenteeUnknownField: 'is not a mentee of this cycle',
  excludedMentorUnknown: 'An excluded mentor is not a mentor of this cycle.',
  excludedMentorUnknownField: 'is not a mentor of this cycle',
  // Runs
  closedNotMatched: 'A closed cycle is not matched any more.',
  publishedNoRuns: 'This cycle is published; dissolve tandems and re-match mentees one by one instead.',
  runNotDone: 'Run {number} has not finished successfully; it cannot become the draft.',
  runStillRunning: 'Run {number} is still running; wait for it to finish.',
  // The draft
  publishedReplace: 'The draft is published; dissolve and re-match tandems instead.',
  publishedFixed: 'The draft is published and can no longer change.',
  inApprovalAlready: 'The draft is with the organisations for approval already.',
  noProposals: 'The draft has no proposals to approve; run the matching first.',
  publishedAlready: 'This draft is published already.',
  sendForApprovalFirst: 'Send the draft to the organisations for approval first.',
  nothingApproved: 'No proposal is approved yet; nothing to publish.',
  draftChangedReload: 'The draft changed since you loaded it. Reload and try again.',
  draftChangedReloadIt: 'The draft changed since you loaded it. Reload it and try again.',
  draftChangedMeanwhile:
    'The draft changed since you loaded it. Someone else edited it or a run finished; reload and try again.',
  breaksRule: '{what, select, pair {This pair} other {The swap}} breaks a rule: {breaks}.',
  thisPair: 'This pair',
  pairName: '{mentee} with {mentor}',
  pairBreaks: '{pair}: {breaks}',
  hardRuleBroken:
    "{pairs}. Mentor and mentee must come from different organisations that are not excluded from each other, and two people who were a tandem before are not paired again while the cycle's rules say so; no acceptance overrides this.",
  // Rule breaks
  sameOrganisation: 'same organisation',
  excludedOrganisations: 'their organisations are excluded from each other',
  forbiddenPair: 'the pair is forbidden',
  formerTandem: 'they were a tandem before',
  mentorLacksLanguage: 'the mentor does not speak {language}',
  menteeAsksForGender:
    '{gender, select, female {the mentee asks for a female mentor} male {the mentee asks for a male mentor} other {the mentee asks for a non-binary mentor}}',
  mentorFull: 'the mentor has no free place',
  mentorFullCapacity: 'the mentor has no free place (capacity {capacity})',
  // Approval
  proposalsChanged:
    '{count, plural, one {One of these proposals changed since you loaded it.} other {# of these proposals changed since you loaded them.}} Nothing was approved; reload to see the proposals as they are now.',
  approvalClosed: 'The proposals are not open for approval right now.',
  notWithOrganisations: 'The draft is not with the organisations yet; send it to approval first.',
  publishedNothingWaits: 'This draft is published already; nothing waits for approval.',
  // Re-matching
  closedNoTandems: 'This cycle is closed; no tandem starts in it any more.',
  rematchInTandemYear:
    'Re-matching belongs to the tandem year, which starts when tandems are published; until then, match mentees on the review board, where their organisations approve.',
  proposalOnDraft:
    '{name} has a proposal on the draft; change it on the review board, where their organisation approves it.',
};
