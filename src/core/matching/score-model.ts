// The default score model: six criteria, each a fraction in [0, 1] times its weight. Profiles are
// compiled once into small integers and bit sets so that scoring a pair is a handful of table
// look-ups: the largest programmes have hundreds of millions of pairs and every one is scored.
import {
  CRITERIA,
  type Criterion,
  MatchingError,
  type Mentee,
  type Mentor,
  type ScoreWeights,
} from './types.ts';

export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = Object.freeze({
  topics: 40,
  seniority: 20,
  language: 10,
  location: 10,
  gender: 10,
  industry: 10,
  idealSeniorityGap: 2,
  preferDifferentIndustry: true,
});

// Names for the ISO 639-1 codes programmes use most, so reasons read "both speak German".
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  ar: 'Arabic',
  cs: 'Czech',
  da: 'Danish',
  de: 'German',
  el: 'Greek',
  en: 'English',
  es: 'Spanish',
  fi: 'Finnish',
  fr: 'French',
  hu: 'Hungarian',
  it: 'Italian',
  ja: 'Japanese',
  nl: 'Dutch',
  no: 'Norwegian',
  pl: 'Polish',
  pt: 'Portuguese',
  ro: 'Romanian',
  ru: 'Russian',
  sv: 'Swedish',
  tr: 'Turkish',
  uk: 'Ukrainian',
  vi: 'Vietnamese',
  zh: 'Chinese',
};

function languageName(language: string): string {
  return LANGUAGE_NAMES[language.trim().toLowerCase()] ?? language;
}

/** Profile scores are kept in hundredths of a point. */
export const PROFILE_DECIMALS = 2;

export function resolveWeights(partial: Partial<ScoreWeights> | undefined): ScoreWeights {
  const weights = { ...DEFAULT_WEIGHTS, ...partial };
  for (const criterion of CRITERIA) {
    const w = weights[criterion];
    if (!Number.isFinite(w) || w < 0 || w > 1_000_000) {
      throw new MatchingError(
        'invalid-option',
        `weight "${criterion}" must be a number between 0 and 1000000`,
      );
    }
  }
  if (!Number.isInteger(weights.idealSeniorityGap) || weights.idealSeniorityGap < 1) {
    throw new MatchingError(
      'invalid-option',
      'idealSeniorityGap must be a whole number of levels, at least 1',
    );
  }
  return weights;
}

const REMOTE_UNKNOWN = 0;
const REMOTE_IN_PERSON = 1;
const REMOTE_REMOTE = 2;
const REMOTE_EITHER = 3;

function remoteCode(value: string | undefined): number {
  if (value === 'in-person') return REMOTE_IN_PERSON;
  if (value === 'remote') return REMOTE_REMOTE;
  if (value === 'either') return REMOTE_EITHER;
  return REMOTE_UNKNOWN;
}

/** Interns case-insensitive words to small integers, remembering the first spelling for reasons. */
class Vocabulary {
  readonly index = new Map<string, number>();
  readonly labels: string[] = [];
  id(word: string): number {
    const key = word.trim().toLowerCase();
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.labels.length;
      this.index.set(key, id);
      this.labels.push(word.trim());
    }
    return id;
  }
  find(word: string | undefined): number {
    if (word === undefined || word.trim() === '') return -1;
    return this.index.get(word.trim().toLowerCase()) ?? -1;
  }
}

function bitSets(lists: readonly (readonly string[] | undefined)[], vocabulary: Vocabulary, words: number) {
  const bits = new Int32Array(lists.length * words);
  lists.forEach((list, person) => {
    for (const word of list ?? []) {
      if (word.trim() === '') continue;
      const id = vocabulary.find(word);
      bits[person * words + (id >>> 5)]! |= 1 << (id & 31);
    }
  });
  return bits;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * One pair's score from a mentor's packed [topics, codes] (codes as A | B << 12 | L << 20) and the
 * mentee's tables (see ProfileScorer.scoreRow), hard rules included, the organisation rule not.
 */
function packedScore(
  menteeTopics: number,
  mentorTopics: number,
  code: number,
  topicRow: Int32Array,
  tableA: Int32Array,
  tableB: Int32Array,
  tableL: Int32Array,
): number {
  return (
    topicRow[popcount(menteeTopics & mentorTopics)]! +
    tableA[code & 0xfff]! +
    tableB[(code >>> 12) & 0xff]! +
    tableL[code >>> 20]!
  );
}

/**
 * Added to a pair's score for each rule that forbids it: below minus any score, so a forbidden pair
 * sums below zero. The smaller value keeps the kernel's sums within 32-bit integers (fast in V8)
 * for every usual weight; the larger one is still exact in doubles for very large weights.
 */
const FORBIDDEN_SMALL = -(2 ** 28);
const FORBIDDEN_LARGE = -(2 ** 30);

function hundredths(weight: number, fraction: number): number {
  return Math.round(weight * fraction * 100);
}

/** Compiled profiles of one problem; pair indices refer to the arrays it was built from. */
export class ProfileScorer {
  /** 32-bit words per topic set. */
  readonly topicWords: number;
  private readonly languageWords: number;
  /** Topic sets as bit sets, `topicWords` words per person; bit k is topic word k. */
  readonly menteeTopics: Int32Array;
  readonly mentorTopics: Int32Array;
  /** Number of topics (goals) of each mentee. */
  readonly goalCount: Int32Array;
  private readonly menteeLanguages: Int32Array;
  private readonly mentorLanguages: Int32Array;
  private readonly requiredLanguage: Int32Array;
  private readonly menteeSeniority: Int32Array;
  private readonly mentorSeniority: Int32Array;
  private readonly menteeLocation: Int32Array;
  private readonly mentorLocation: Int32Array;
  private readonly menteeRemote: Int32Array;
  private readonly mentorRemote: Int32Array;
  private readonly mentorGender: Int32Array;
  private readonly preferredGender: Int32Array;
  private readonly preferredGenderHard: Uint8Array;
  private readonly menteeIndustry: Int32Array;
  private readonly mentorIndustry: Int32Array;
  /** topicPoints[goals][shared]: the topic criterion's points for a mentee with that many goals. */
  readonly topicPoints: Int32Array[];
  private readonly seniorityPoints: Int32Array;
  private readonly languagePoints: number;
  private readonly locationPoints: Int32Array;
  private readonly genderPoints: number;
  private readonly industryPoints: number;
  private readonly preferDifferentIndustry: boolean;
  private readonly topics = new Vocabulary();
  private readonly languages = new Vocabulary();
  private readonly places = new Vocabulary();
  private readonly genders = new Vocabulary();
  private readonly industries = new Vocabulary();
  /** The largest score any pair can reach, in hundredths. */
  readonly maxScore: number;
  // Mentor feature codes for the scoring kernel and the per-mentee tables they index.
  private readonly genderSlots: number;
  private readonly industrySlots: number;
  private readonly placeSlots: number;
  private readonly mentorCodeA: Int32Array;
  private readonly mentorCodeB: Int32Array;
  private readonly mentorCodeL: Int32Array;
  private readonly languageSets: Int32Array;
  private readonly tableA: Int32Array;
  private readonly forbidden: number;
  /** [topics, codes] per mentor when there is one topic word and the codes fit; else null. */
  private readonly mentorPacked: Int32Array | null;
  private readonly tableB: Int32Array;
  private readonly tableL: Int32Array;
  /** The distinct codes mentors have, so a bound on the tables looks only at codes in use. */
  private readonly codesA: Int32Array;
  private readonly codesB: Int32Array;
  private tablesFor = -1;
  /** 0, 1, …, m − 1: a whole row is the list of every mentor. */
  private readonly everyMentor: Int32Array;

  constructor(
    readonly mentees: readonly Mentee[],
    readonly mentors: readonly Mentor[],
    readonly weights: ScoreWeights,
  ) {
    for (const person of [...mentees, ...mentors]) {
      const p = person.profile;
      if (!p) continue;
      for (const t of p.topics ?? []) if (t.trim()) this.topics.id(t);
      for (const l of p.languages ?? []) if (l.trim()) this.languages.id(l);
      if (p.requiredLanguage?.trim()) this.languages.id(p.requiredLanguage);
      if (p.location?.trim()) this.places.id(p.location);
      if (p.gender?.trim()) this.genders.id(p.gender);
      if (p.preferredMentorGender?.trim()) this.genders.id(p.preferredMentorGender);
      if (p.industry?.trim()) this.industries.id(p.industry);
    }
    this.topicWords = Math.max(1, Math.ceil(this.topics.labels.length / 32));
    this.languageWords = Math.max(1, Math.ceil(this.languages.labels.length / 32));
    this.menteeTopics = bitSets(
      mentees.map((m) => m.profile?.topics),
      this.topics,
      this.topicWords,
    );
    this.mentorTopics = bitSets(
      mentors.map((m) => m.profile?.topics),
      this.topics,
      this.topicWords,
    );
    this.goalCount = Int32Array.from(mentees, (_, i) => {
      let count = 0;
      for (let w = 0; w < this.topicWords; w++)
        count += popcount(this.menteeTopics[i * this.topicWords + w]!);
      return count;
    });
    this.menteeLanguages = bitSets(
      mentees.map((m) => m.profile?.languages),
      this.languages,
      this.languageWords,
    );
    this.mentorLanguages = bitSets(
      mentors.map((m) => m.profile?.languages),
      this.languages,
      this.languageWords,
    );
    this.requiredLanguage = Int32Array.from(mentees, (m) => this.languages.find(m.profile?.requiredLanguage));
    const level = (s: number | undefined) =>
      s !== undefined && Number.isInteger(s) && s >= 1 && s <= 6 ? s : 0;
    this.menteeSeniority = Int32Array.from(mentees, (m) => level(m.profile?.seniority));
    this.mentorSeniority = Int32Array.from(mentors, (m) => level(m.profile?.seniority));
    this.menteeLocation = Int32Array.from(mentees, (m) => this.places.find(m.profile?.location));
    this.mentorLocation = Int32Array.from(mentors, (m) => this.places.find(m.profile?.location));
    this.menteeRemote = Int32Array.from(mentees, (m) => remoteCode(m.profile?.remote));
    this.mentorRemote = Int32Array.from(mentors, (m) => remoteCode(m.profile?.remote));
    this.mentorGender = Int32Array.from(mentors, (m) => this.genders.find(m.profile?.gender));
    this.preferredGender = Int32Array.from(mentees, (m) =>
      this.genders.find(m.profile?.preferredMentorGender),
    );
    this.preferredGenderHard = Uint8Array.from(mentees, (m) =>
      m.profile?.preferredMentorGenderStrength === 'hard' &&
      this.genders.find(m.profile.preferredMentorGender) >= 0
        ? 1
        : 0,
    );
    this.menteeIndustry = Int32Array.from(mentees, (m) => this.industries.find(m.profile?.industry));
    this.mentorIndustry = Int32Array.from(mentors, (m) => this.industries.find(m.profile?.industry));

    const maxGoals = Math.max(0, ...this.goalCount);
    this.topicPoints = [];
    for (let goals = 0; goals <= maxGoals; goals++) {
      const row = new Int32Array(goals + 1);
      for (let shared = 0; shared <= goals; shared++) {
        row[shared] = goals === 0 ? 0 : hundredths(weights.topics, shared / goals);
      }
      this.topicPoints.push(row);
    }
    // seniorityPoints[menteeLevel * 7 + mentorLevel]; level 0 means unknown and earns nothing.
    this.seniorityPoints = new Int32Array(49);
    for (let a = 1; a <= 6; a++) {
      for (let b = 1; b <= 6; b++) {
        this.seniorityPoints[a * 7 + b] = hundredths(weights.seniority, seniorityFraction(b - a, weights));
      }
    }
    this.languagePoints = hundredths(weights.language, 1);
    // locationPoints[sameLocation * 16 + menteeRemote * 4 + mentorRemote]
    this.locationPoints = new Int32Array(32);
    for (let same = 0; same < 2; same++) {
      for (let a = 0; a < 4; a++) {
        for (let b = 0; b < 4; b++) {
          this.locationPoints[same * 16 + a * 4 + b] = hundredths(
            weights.location,
            locationFraction(same === 1, a, b),
          );
        }
      }
    }
    this.genderPoints = hundredths(weights.gender, 1);
    this.industryPoints = hundredths(weights.industry, 1);
    this.preferDifferentIndustry = weights.preferDifferentIndustry;
    this.maxScore =
      hundredths(weights.topics, 1) +
      hundredths(weights.seniority, 1) +
      this.languagePoints +
      hundredths(weights.location, 1) +
      this.genderPoints +
      this.industryPoints;
    if (this.maxScore >= 2 ** 29) {
      throw new MatchingError('invalid-option', 'weights are too large to score pairs exactly');
    }

    this.forbidden = this.maxScore < 2 ** 27 ? FORBIDDEN_SMALL : FORBIDDEN_LARGE;
    this.genderSlots = this.genders.labels.length + 1;
    this.industrySlots = this.industries.labels.length + 1;
    this.placeSlots = this.places.labels.length + 1;
    this.mentorCodeA = Int32Array.from(
      mentors,
      (_, j) =>
        (this.mentorSeniority[j]! * this.genderSlots + this.mentorGender[j]! + 1) * this.industrySlots +
        this.mentorIndustry[j]! +
        1,
    );
    this.mentorCodeB = Int32Array.from(
      mentors,
      (_, j) => (this.mentorLocation[j]! + 1) * 4 + this.mentorRemote[j]!,
    );
    const lw = this.languageWords;
    const setIndex = new Map<string, number>();
    const sets: number[] = [];
    this.mentorCodeL = Int32Array.from(mentors, (_, j) => {
      const words = Array.from(this.mentorLanguages.subarray(j * lw, (j + 1) * lw));
      const key = words.join(',');
      let code = setIndex.get(key);
      if (code === undefined) {
        code = setIndex.size;
        setIndex.set(key, code);
        sets.push(...words);
      }
      return code;
    });
    this.languageSets = Int32Array.from(sets);
    this.everyMentor = Int32Array.from(mentors, (_, j) => j);
    this.codesA = Int32Array.from(new Set(this.mentorCodeA)).sort();
    this.codesB = Int32Array.from(new Set(this.mentorCodeB)).sort();
    this.tableA = new Int32Array(7 * this.genderSlots * this.industrySlots);
    this.tableB = new Int32Array(this.placeSlots * 4);
    this.tableL = new Int32Array(setIndex.size);
    const fits = this.tableA.length <= 4096 && this.tableB.length <= 256 && this.tableL.length <= 2048;
    this.mentorPacked = fits && this.topicWords === 1 ? new Int32Array(2 * mentors.length) : null;
    if (this.mentorPacked) {
      for (let j = 0; j < mentors.length; j++) {
        this.mentorPacked[2 * j] = this.mentorTopics[j]!;
        this.mentorPacked[2 * j + 1] =
          this.mentorCodeA[j]! | (this.mentorCodeB[j]! << 12) | (this.mentorCodeL[j]! << 20);
      }
    }
  }

  /** Which profile hard rule, if any, forbids the pair. */
  hardRuleFailure(i: number, j: number): 'required-language' | 'mentor-gender' | null {
    const required = this.requiredLanguage[i]!;
    if (required >= 0) {
      const word = this.mentorLanguages[j * this.languageWords + (required >>> 5)]!;
      if ((word & (1 << (required & 31))) === 0) return 'required-language';
    }
    if (this.preferredGenderHard[i] === 1 && this.mentorGender[j] !== this.preferredGender[i])
      return 'mentor-gender';
    return null;
  }

  /**
   * Scores mentee `i` against every mentor into `out` (hundredths), writing -1 where a profile
   * hard rule forbids the pair or the mentor is of organisation `ownOrganisation` (by
   * `mentorOrganisation`). The hot loop of the engine: per pair one popcount and four table
   * look-ups. The tables are built per mentee over the mentors' feature codes (seniority × gender
   * × industry, location × remote, distinct language sets); a hard rule adds a large negative
   * amount, so any failing pair sums below zero.
   */
  scoreRow(i: number, out: Int32Array, mentorOrganisation: Int32Array, ownOrganisation: number): void {
    this.scoreMentors(i, this.everyMentor, this.mentors.length, out, mentorOrganisation, ownOrganisation);
  }

  /**
   * Like scoreRow, for the first `count` mentors of `mentors`: `out[q]` is the score of mentee `i`
   * with `mentors[q]`, or -1 where a profile hard rule or the organisation rule forbids it.
   */
  scoreMentors(
    i: number,
    mentors: Int32Array,
    count: number,
    out: Int32Array,
    mentorOrganisation: Int32Array,
    ownOrganisation: number,
  ): void {
    this.fillTables(i);
    const topicRow = this.topicPoints[this.goalCount[i]!]!;
    const tableA = this.tableA;
    const tableB = this.tableB;
    const tableL = this.tableL;
    const codeA = this.mentorCodeA;
    const codeB = this.mentorCodeB;
    const codeL = this.mentorCodeL;
    const tw = this.topicWords;
    const menteeTopics = this.menteeTopics;
    const mentorTopics = this.mentorTopics;
    const forbidden = this.forbidden;
    const packed = this.mentorPacked;
    if (tw === 1 && packed !== null) {
      // One interleaved array: [topics, codes] per mentor, codes packed as A | B << 12 | L << 20.
      const mt = menteeTopics[i]!;
      for (let q = 0; q < count; q++) {
        const j = mentors[q]!;
        const score =
          packedScore(mt, packed[2 * j]!, packed[2 * j + 1]!, topicRow, tableA, tableB, tableL) +
          (mentorOrganisation[j] === ownOrganisation ? forbidden : 0);
        out[q] = score < 0 ? -1 : score;
      }
      return;
    }
    const base = i * tw;
    for (let q = 0; q < count; q++) {
      const j = mentors[q]!;
      let shared = 0;
      for (let w = 0; w < tw; w++) shared += popcount(menteeTopics[base + w]! & mentorTopics[j * tw + w]!);
      const score =
        topicRow[shared]! +
        tableA[codeA[j]!]! +
        tableB[codeB[j]!]! +
        tableL[codeL[j]!]! +
        (mentorOrganisation[j] === ownOrganisation ? forbidden : 0);
      out[q] = score < 0 ? -1 : score;
    }
  }

  /**
   * The most points any mentor can earn with mentee `i` from every criterion but topics: with the
   * topic points of a number of shared goals, an upper bound on the score of every mentor who
   * shares no more goals than that.
   */
  otherCriteriaBound(i: number): number {
    this.fillTables(i);
    let a = 0;
    for (const code of this.codesA) a = Math.max(a, this.tableA[code]!);
    let b = 0;
    for (const code of this.codesB) b = Math.max(b, this.tableB[code]!);
    let l = 0;
    for (const points of this.tableL) l = Math.max(l, points);
    return a + b + l;
  }

  /** Per-mentee tables over the mentors' feature codes (see scoreRow). */
  private fillTables(i: number): void {
    // They depend on the mentee alone: a row scoring after a bound for the same mentee reuses them.
    if (this.tablesFor === i) return;
    this.tablesFor = i;
    const genders = this.genderSlots;
    const industries = this.industrySlots;
    const seniorityBase = this.menteeSeniority[i]! * 7;
    const preferred = this.preferredGender[i]!;
    const hardGender = this.preferredGenderHard[i] === 1;
    const industry = this.menteeIndustry[i]!;
    const different = this.preferDifferentIndustry;
    const tableA = this.tableA;
    for (let level = 0; level < 7; level++) {
      const seniority = this.seniorityPoints[seniorityBase + level]!;
      for (let g = 0; g < genders; g++) {
        const gender = g - 1;
        let points = seniority;
        if (preferred < 0 || gender === preferred) points += this.genderPoints;
        else if (hardGender) points += this.forbidden;
        const at = (level * genders + g) * industries;
        for (let d = 0; d < industries; d++) {
          const other = d - 1;
          tableA[at + d] =
            points +
            (industry >= 0 && other >= 0 && (other !== industry) === different ? this.industryPoints : 0);
        }
      }
    }
    const location = this.menteeLocation[i]!;
    const remoteBase = this.menteeRemote[i]! * 4;
    const tableB = this.tableB;
    for (let place = 0; place < this.placeSlots; place++) {
      const same = location >= 0 && place - 1 === location ? 16 : 0;
      for (let r = 0; r < 4; r++) tableB[place * 4 + r] = this.locationPoints[same + remoteBase + r]!;
    }
    const lw = this.languageWords;
    const required = this.requiredLanguage[i]!;
    const sets = this.languageSets;
    const tableL = this.tableL;
    for (let c = 0; c < tableL.length; c++) {
      let shares = false;
      for (let w = 0; w < lw && !shares; w++)
        shares = (this.menteeLanguages[i * lw + w]! & sets[c * lw + w]!) !== 0;
      let points = shares ? this.languagePoints : 0;
      if (required >= 0 && (sets[c * lw + (required >>> 5)]! & (1 << (required & 31))) === 0)
        points += this.forbidden;
      tableL[c] = points;
    }
  }

  /** The score of one pair in hundredths (hard rules are not checked here), without allocating. */
  pairScore(i: number, j: number): number {
    const tw = this.topicWords;
    let shared = 0;
    for (let w = 0; w < tw; w++)
      shared += popcount(this.menteeTopics[i * tw + w]! & this.mentorTopics[j * tw + w]!);
    const lw = this.languageWords;
    let shares = false;
    for (let w = 0; w < lw && !shares; w++)
      shares = (this.menteeLanguages[i * lw + w]! & this.mentorLanguages[j * lw + w]!) !== 0;
    const location = this.menteeLocation[i]!;
    const industry = this.menteeIndustry[i]!;
    const otherIndustry = this.mentorIndustry[j]!;
    const preferred = this.preferredGender[i]!;
    return (
      this.topicPoints[this.goalCount[i]!]![shared]! +
      this.seniorityPoints[this.menteeSeniority[i]! * 7 + this.mentorSeniority[j]!]! +
      (shares ? this.languagePoints : 0) +
      this.locationPoints[
        (location >= 0 && this.mentorLocation[j] === location ? 16 : 0) +
          this.menteeRemote[i]! * 4 +
          this.mentorRemote[j]!
      ]! +
      (preferred < 0 || this.mentorGender[j] === preferred ? this.genderPoints : 0) +
      (industry >= 0 && otherIndustry >= 0 && (otherIndustry !== industry) === this.preferDifferentIndustry
        ? this.industryPoints
        : 0)
    );
  }

  /** Per-criterion points of one pair in hundredths, in the order of CRITERIA; they sum to the score. */
  contributions(i: number, j: number): Record<Criterion, number> {
    const tw = this.topicWords;
    let shared = 0;
    for (let w = 0; w < tw; w++)
      shared += popcount(this.menteeTopics[i * tw + w]! & this.mentorTopics[j * tw + w]!);
    const location = this.menteeLocation[i]!;
    const industry = this.menteeIndustry[i]!;
    const otherIndustry = this.mentorIndustry[j]!;
    const preferred = this.preferredGender[i]!;
    return {
      topics: this.topicPoints[this.goalCount[i]!]![shared]!,
      seniority: this.seniorityPoints[this.menteeSeniority[i]! * 7 + this.mentorSeniority[j]!]!,
      language: this.sharedLanguages(i, j).length > 0 ? this.languagePoints : 0,
      location:
        this.locationPoints[
          (location >= 0 && this.mentorLocation[j] === location ? 16 : 0) +
            this.menteeRemote[i]! * 4 +
            this.mentorRemote[j]!
        ]!,
      gender: preferred < 0 || this.mentorGender[j] === preferred ? this.genderPoints : 0,
      industry:
        industry >= 0 && otherIndustry >= 0 && (otherIndustry !== industry) === this.preferDifferentIndustry
          ? this.industryPoints
          : 0,
    };
  }

  private sharedLanguages(i: number, j: number): string[] {
    const result: string[] = [];
    const lw = this.languageWords;
    for (let id = 0; id < this.languages.labels.length; id++) {
      const bit = 1 << (id & 31);
      const word = id >>> 5;
      if (this.menteeLanguages[i * lw + word]! & bit && this.mentorLanguages[j * lw + word]! & bit) {
        result.push(this.languages.labels[id]!);
      }
    }
    return result;
  }

  /** Each criterion's contribution to the pair, in words, largest first (only criteria that add points). */
  describe(i: number, j: number): string[] {
    const points = this.contributions(i, j);
    const mentee = this.mentees[i]!.profile ?? {};
    const mentor = this.mentors[j]!.profile ?? {};
    const words: { text: string; points: number }[] = [];
    if (points.topics > 0) {
      const theirs = new Set((mentor.topics ?? []).map((t) => t.trim().toLowerCase()));
      const shared = new Map<string, string>();
      for (const topic of mentee.topics ?? []) {
        const key = topic.trim().toLowerCase();
        if (theirs.has(key) && !shared.has(key)) shared.set(key, topic.trim());
      }
      words.push({ text: `shares goals: ${[...shared.values()].join(', ')}`, points: points.topics });
    }
    if (points.seniority > 0) {
      const gap = this.mentorSeniority[j]! - this.menteeSeniority[i]!;
      words.push({ text: `${gap} level${gap === 1 ? '' : 's'} more senior`, points: points.seniority });
    }
    if (points.language > 0) {
      const shared = this.sharedLanguages(i, j);
      words.push({ text: `both speak ${shared.map(languageName).join(', ')}`, points: points.language });
    }
    if (points.location > 0) {
      const same = this.menteeLocation[i]! >= 0 && this.menteeLocation[i] === this.mentorLocation[j];
      const text = same
        ? `both in ${mentee.location?.trim()}`
        : mentee.remote === 'remote'
          ? 'mentee prefers remote and the mentor meets remotely'
          : 'both can meet remotely';
      words.push({ text, points: points.location });
    }
    if (points.gender > 0 && this.preferredGender[i]! >= 0) {
      words.push({ text: `mentor gender as preferred (${mentor.gender?.trim()})`, points: points.gender });
    }
    if (points.industry > 0) {
      const text = this.preferDifferentIndustry
        ? `different industry (${mentee.industry?.trim()} / ${mentor.industry?.trim()})`
        : `same industry (${mentee.industry?.trim()})`;
      words.push({ text, points: points.industry });
    }
    words.sort((a, b) => b.points - a.points);
    return words.map((w) => w.text);
  }
}

function seniorityFraction(gap: number, weights: ScoreWeights): number {
  if (gap < 1) return 0;
  const ideal = weights.idealSeniorityGap;
  return Math.max(0, 1 - Math.abs(gap - ideal) / (ideal + 1));
}

function locationFraction(sameLocation: boolean, mentee: number, mentor: number): number {
  if (sameLocation) return 1;
  const menteeRemote = mentee !== REMOTE_IN_PERSON;
  const mentorRemote = mentor !== REMOTE_IN_PERSON;
  if (mentee === REMOTE_REMOTE && mentorRemote) return 1;
  if (menteeRemote && mentorRemote && (mentee !== REMOTE_UNKNOWN || mentor !== REMOTE_UNKNOWN)) return 0.5;
  return 0;
}
