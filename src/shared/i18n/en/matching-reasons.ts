// Why the matching proposes a pair or leaves a mentee unmatched, as the engine writes it (in English,
// `src/core/matching/explain.ts`, `score-model.ts`) and the review board, approval pages and
// re-matching show it: the server recognises each form the engine writes and words it in the
// reader's language (`src/server/features/matching/reason-wording.service.ts`). English must read exactly
// as the engine writes, which the CLI prints.
export default {
  // A proposed pair.
  pinned: 'pinned by the coordinator',
  scoresFile: 'score given in the scores file',
  sharesGoals: 'shares goals: {topics}',
  moreSenior: '{gap, plural, one {# level} other {# levels}} more senior',
  bothSpeak: 'both speak {languages}',
  bothIn: 'both in {location}',
  remotePreferred: 'mentee prefers remote and the mentor meets remotely',
  bothRemote: 'both can meet remotely',
  mentorGender: 'mentor gender as preferred ({gender})',
  differentIndustry: 'different industry ({mentee} / {mentor})',
  sameIndustry: 'same industry ({industry})',
  // An unmatched mentee.
  noEligibleMentor: 'no eligible mentor at all: {rules}',
  noMentors: 'there are no mentors',
  excludedMentors: '{rule} ({count, plural, one {# mentor} other {# mentors}})',
  ruleSameOrganisation: 'same organisation',
  ruleExcludedOrganisations: 'excluded organisation pair',
  ruleForbidden: 'forbidden pair',
  ruleRequiredLanguage: 'does not speak the required language',
  ruleMentorGender: 'not the required mentor gender',
  ruleNotListed: 'pair not listed in the scores',
  pinnedTakeAll: "every eligible mentor's places are taken by pinned mentees ({mentees})",
  reciprocity:
    'matching them would break the reciprocity balance (tolerance {tolerance}), although mentor {mentor} has a free place',
  stableTaken: "every eligible mentor's places went to mentees they score higher (stable mode)",
  betterTotal: "every eligible mentor's places are taken by a better total",
  bestAlternative: 'best alternative: mentor {mentor}, which would lower the total score by {loss}',
  bestAlternativeDisplacing:
    'best alternative: mentor {mentor}, which would lower the total score by {loss}; mentee {displaced} would be unmatched instead',
  // Written by the server on the board.
  unassignedByCoordinator: 'Unassigned by the coordinator.',
  unassignedForbidden: 'Their proposed mentor was forbidden on the board; re-run to find another.',
  // A person exclusion made when a tandem is dissolved.
  tandemDissolved: 'Tandem dissolved: {reason}',
  // A run's error, as the server writes it.
  runServerStopped: 'The server stopped during this run; run it again.',
  runEngineFailed: 'The matching engine failed; the error has been logged.',
  runStableWithReciprocity: 'stable mode cannot also enforce reciprocity; choose one',
  runPinBreaksRule: 'pin {mentee} → {mentor} breaks a rule: {rule}',
  runTooManyPins: 'mentor "{mentor}" has {pins} pins but capacity {capacity}',
  runPinsBreakReciprocity:
    'reciprocity within {tolerance} cannot hold with the pins given; organisations out of balance: {organisations}',
};
