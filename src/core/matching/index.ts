// The only entry of the matching library: pure functions and types, no I/O.
export { formatScaled } from './decimal.ts';
export { forEachScoredPair, matchTandems } from './match.ts';
export { type RuleViolation, VIOLATION_WORDS } from './problem.ts';
export { DEFAULT_WEIGHTS, LANGUAGE_NAMES } from './score-model.ts';
export {
  type Contribution,
  CRITERIA,
  type Criterion,
  type ExplicitScore,
  type MatchedPair,
  type MatchInput,
  MatchingError,
  type MatchingErrorCode,
  type MatchOptions,
  type MatchResult,
  type MatchRules,
  type Mentee,
  type Mentor,
  type PairRef,
  type Profile,
  type Progress,
  type RemotePreference,
  type ScoredPair,
  type ScoreWeights,
  type UnmatchedMentee,
} from './types.ts';
