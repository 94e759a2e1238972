// Public types of the matching engine. Everything the web server or the CLI hands in or gets back.

export type RemotePreference = 'in-person' | 'remote' | 'either';

/** A participant's questionnaire answers used for matching. Every field is optional. */
export interface Profile {
  /** Mentee: goals; mentor: expertise. Compared case-insensitively. */
  topics?: readonly string[];
  /** 1 (junior) … 6 (top management). */
  seniority?: number;
  languages?: readonly string[];
  /** Mentee only: a language the mentor must speak (hard rule). */
  requiredLanguage?: string;
  location?: string;
  remote?: RemotePreference;
  gender?: string;
  /** Mentee only: the mentor gender they ask for. */
  preferredMentorGender?: string;
  /** Mentee only: 'hard' makes the preferred gender a rule, 'soft' (default) a score criterion. */
  preferredMentorGenderStrength?: 'hard' | 'soft';
  industry?: string;
}

export interface Mentee {
  id: string;
  organisation: string;
  profile?: Profile;
}

export interface Mentor {
  id: string;
  organisation: string;
  /** How many mentees this mentor takes at most; 0 keeps a mentor on the list without places. */
  capacity: number;
  profile?: Profile;
}

/** A pair given by id, for pins, forbidden pairs and explicit scores. */
export interface PairRef {
  menteeId: string;
  mentorId: string;
}

export interface ExplicitScore extends PairRef {
  /** ≥ 0; at most 6 decimal places, used exactly. */
  score: number;
}

export interface MatchRules {
  /** Organisation pairs that never meet, in either direction (competitors, group companies). */
  exclusions?: readonly (readonly [string, string])[];
  forbidden?: readonly PairRef[];
  pins?: readonly PairRef[];
  /** When set: for each organisation |mentor places used − own mentees matched| ≤ tolerance. */
  reciprocityTolerance?: number;
}

export type Criterion = 'topics' | 'seniority' | 'language' | 'location' | 'gender' | 'industry';

export const CRITERIA: readonly Criterion[] = [
  'topics',
  'seniority',
  'language',
  'location',
  'gender',
  'industry',
];

export interface ScoreWeights {
  topics: number;
  seniority: number;
  language: number;
  location: number;
  gender: number;
  industry: number;
  /** The seniority gap (mentor − mentee levels) that earns the full seniority weight. */
  idealSeniorityGap: number;
  /** true rewards a different industry (the default), false rewards the same one. */
  preferDifferentIndustry: boolean;
}

export interface MatchInput {
  mentees: readonly Mentee[];
  mentors: readonly Mentor[];
  /** When given, only these pairs are candidates and their scores are used as given; profiles are ignored. */
  scores?: readonly ExplicitScore[];
  rules?: MatchRules;
  weights?: Partial<ScoreWeights>;
}

export interface Progress {
  phase: 'candidates' | 'solve' | 'verify' | 'reciprocity' | 'stable' | 'explain';
  done: number;
  total: number;
}

export interface MatchOptions {
  mode?: 'optimal' | 'stable';
  /** Produce reasons for every pair and every unmatched mentee. */
  explain?: boolean;
  /** Called now and then on long runs; never required. */
  onProgress?: (progress: Progress) => void;
  /** Candidates kept per mentee before the optimality check over all pairs (profile scores only). */
  candidatesPerMentee?: number;
  /** Each mentor's best mentees added to the candidates (profile scores only); 0 turns it off. */
  candidatesPerMentor?: number;
}

export interface Contribution {
  criterion: Criterion;
  /** Points this criterion adds to the score (weight × a fraction in [0, 1], to 2 decimals). */
  points: number;
}

export interface MatchedPair {
  menteeId: string;
  mentorId: string;
  score: number;
  /** The score as an exact decimal string, as written to CSV. */
  scoreText: string;
  pinned: boolean;
  /** Per-criterion contributions (profile scores only; empty for explicit scores). */
  contributions: Contribution[];
  reasons: string[];
}

export interface UnmatchedMentee {
  menteeId: string;
  reasons: string[];
}

export interface MatchResult {
  mode: 'optimal' | 'stable';
  pairs: MatchedPair[];
  unmatched: UnmatchedMentee[];
  matched: number;
  totalScore: number;
  totalScoreText: string;
  /**
   * Stable mode: pairs (mentee, mentor) that would both rather be together than with their
   * assignment, by score (0 by construction). Not counted in optimal mode (null).
   */
  blockingPairs: number | null;
  /** Stable mode only: the optimal assignment next to it, so a coordinator can choose. */
  optimalComparison?: { matched: number; totalScore: number; blockingPairs: number };
  /** Rounds of the optimality check over all pairs (1 when the first candidate set was already optimal). */
  pricingRounds: number;
}

/** A scored allowed pair with its per-criterion contributions, for review and independent checks. */
export interface ScoredPair {
  menteeId: string;
  mentorId: string;
  scoreText: string;
  contributionTexts: Record<Criterion, string>;
}

export type MatchingErrorCode =
  | 'unknown-id'
  | 'duplicate-id'
  | 'invalid-capacity'
  | 'invalid-score'
  | 'impossible-pin'
  | 'invalid-option'
  | 'reciprocity-infeasible';

/** The one error type of the library; `code` tells callers what went wrong without parsing text. */
export class MatchingError extends Error {
  readonly code: MatchingErrorCode;
  /** Organisations that make reciprocity infeasible, or ids involved. */
  readonly subjects: readonly string[];
  constructor(code: MatchingErrorCode, message: string, subjects: readonly string[] = []) {
    super(message);
    this.name = 'MatchingError';
    this.code = code;
    this.subjects = subjects;
  }
}
