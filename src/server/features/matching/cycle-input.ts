import type { MatchInput, Mentee, Mentor, Profile } from '../../../core/matching/index.ts';
import type { Queryable } from '../../db/database.ts';
import { profileTopics, questionnaireForMatching } from '../questionnaire/questionnaire.service.ts';
import {
  type CycleRules,
  findRules,
  listCompetitorPairs,
  listCycleParticipantsForMatching,
  listFormerTandemPairs,
  type MatchingParticipantRow,
} from './matching.repository.ts';

/** `cycleTopics`: the questionnaire's list, which nominated goals or expertise are read against. */
function profileOf(row: MatchingParticipantRow, cycleTopics: readonly string[]): Profile {
  return {
    // The same topics the participant's profile form shows them.
    topics: profileTopics(row, cycleTopics),
    ...(row.seniority !== null ? { seniority: Number(row.seniority) } : {}),
    languages: row.languages,
    location: row.location,
    remote: row.remote,
    gender: row.gender,
    industry: row.industry,
    ...(row.role === 'mentee' && row.required_language ? { requiredLanguage: row.required_language } : {}),
    ...(row.role === 'mentee' && row.preferred_mentor_gender
      ? {
          preferredMentorGender: row.preferred_mentor_gender,
          preferredMentorGenderStrength: row.preferred_mentor_gender_strength,
        }
      : {}),
  };
}

export interface CycleMatchingData {
  input: MatchInput;
  participants: Map<string, MatchingParticipantRow>;
  rules: CycleRules;
  competitorPairs: { organisation_a: string; organisation_b: string }[];
  /**
   * The cycle's mentee–mentor pairs whose people were a tandem before, which the rule
   * `neverPairAgain` forbids; empty while the rule is off.
   */
  formerTandems: { mentee_id: string; mentor_id: string }[];
}

/**
 * Reads a cycle into the engine's input: mentees and mentors with their profiles, the
 * organisations' competitor links and the cycle's exclusions, forbidden pairs (with the pairs of
 * people who were a tandem before, while the rule says so), pins and weights.
 * `mentorPlacesTaken` lowers capacities (re-matching after publication).
 */
export async function loadCycleForMatching(
  db: Queryable,
  cycleId: string,
  options: { mentorPlacesTaken?: Map<string, number>; onlyMentees?: Set<string> } = {},
): Promise<CycleMatchingData> {
  const [rows, rules, competitorPairs, questionnaire] = await Promise.all([
    listCycleParticipantsForMatching(db, cycleId),
    findRules(db, cycleId),
    listCompetitorPairs(db, cycleId),
    questionnaireForMatching(db, cycleId),
  ]);
  const formerTandems = rules.neverPairAgain ? await listFormerTandemPairs(db, cycleId) : [];
  const participants = new Map(rows.map((r) => [r.id, r]));
  const mentees: Mentee[] = [];
  const mentors: Mentor[] = [];
  for (const row of rows) {
    if (row.role === 'mentee') {
      if (options.onlyMentees && !options.onlyMentees.has(row.id)) continue;
      mentees.push({
        id: row.id,
        organisation: row.organisation_id,
        profile: profileOf(row, questionnaire.topics),
      });
    } else {
      const taken = options.mentorPlacesTaken?.get(row.id) ?? 0;
      mentors.push({
        id: row.id,
        organisation: row.organisation_id,
        capacity: Math.max(0, Number(row.capacity) - taken),
        profile: profileOf(row, questionnaire.topics),
      });
    }
  }
  const inRun = new Set(mentees.map((m) => m.id));
  const input: MatchInput = {
    mentees,
    mentors,
    rules: {
      exclusions: [
        ...competitorPairs.map((p) => [p.organisation_a, p.organisation_b] as const),
        ...rules.exclusions.map((p) => [p.organisation_a, p.organisation_b] as const),
      ],
      forbidden: forbiddenPairs([...rules.forbidden, ...formerTandems].filter((f) => inRun.has(f.mentee_id))),
      pins: rules.pins
        .filter((p) => inRun.has(p.mentee_id))
        .map((p) => ({ menteeId: p.mentee_id, mentorId: p.mentor_id })),
      ...(rules.reciprocityTolerance !== null ? { reciprocityTolerance: rules.reciprocityTolerance } : {}),
    },
    weights: {
      ...questionnaire.weights,
      idealSeniorityGap: questionnaire.idealSeniorityGap,
      preferDifferentIndustry: questionnaire.preferDifferentIndustry,
    },
  };
  return { input, participants, rules, competitorPairs, formerTandems };
}

/** Each pair once, in the order first given. */
function forbiddenPairs(pairs: { mentee_id: string; mentor_id: string }[]) {
  const seen = new Map<string, { menteeId: string; mentorId: string }>();
  for (const p of pairs) {
    const key = `${p.mentee_id}>${p.mentor_id}`;
    if (!seen.has(key)) seen.set(key, { menteeId: p.mentee_id, mentorId: p.mentor_id });
  }
  return [...seen.values()];
}
