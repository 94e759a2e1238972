import { sql } from 'kysely';
import type { Queryable } from '../../db/database.ts';

// The cycle as the matching engine needs it, the rules, runs and the draft.

export async function listCycleParticipantsForMatching(db: Queryable, cycleId: string) {
  return db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .select([
      'p.id',
      'p.role',
      'p.capacity',
      'p.topics',
      'p.goals',
      'p.expertise',
      'p.remote',
      'p.required_language',
      'p.preferred_mentor_gender',
      'p.preferred_mentor_gender_strength',
      'p.profile_completed_at',
      'pe.name',
      'pe.job_title',
      'pe.seniority',
      'pe.languages',
      'pe.location',
      'pe.gender',
      'pe.organisation_id',
      'o.name as organisation_name',
      'o.industry',
    ])
    .where('p.cycle_id', '=', cycleId)
    .orderBy('p.id')
    .execute();
}
export type MatchingParticipantRow = Awaited<ReturnType<typeof listCycleParticipantsForMatching>>[number];

/** Competitor links between organisations of the cycle. */
export async function listCompetitorPairs(db: Queryable, cycleId: string) {
  return db
    .selectFrom('organisation_competitors as c')
    .innerJoin('cycle_organisations as a', (j) => j.onRef('a.organisation_id', '=', 'c.organisation_id'))
    .innerJoin('cycle_organisations as b', (j) => j.onRef('b.organisation_id', '=', 'c.competitor_id'))
    .select(['c.organisation_id as organisation_a', 'c.competitor_id as organisation_b'])
    .where('a.cycle_id', '=', cycleId)
    .where('b.cycle_id', '=', cycleId)
    .execute();
}

export async function findRules(db: Queryable, cycleId: string) {
  // The version first, the rest after it: a save in between makes the content newer than the
  // version, so the form's next save is refused (409) rather than undoing that save.
  const rules = await db
    .selectFrom('cycle_rules')
    .selectAll()
    .where('cycle_id', '=', cycleId)
    .executeTakeFirst();
  const [exclusions, forbidden, pins] = await Promise.all([
    db
      .selectFrom('cycle_organisation_exclusions')
      .select(['organisation_a', 'organisation_b'])
      .where('cycle_id', '=', cycleId)
      .execute(),
    db
      .selectFrom('cycle_forbidden_pairs')
      .select(['mentee_id', 'mentor_id', 'reason', 'source'])
      .where('cycle_id', '=', cycleId)
      .orderBy('mentee_id')
      .execute(),
    db.selectFrom('cycle_pins').select(['mentee_id', 'mentor_id']).where('cycle_id', '=', cycleId).execute(),
  ]);
  return {
    reciprocityTolerance: rules?.reciprocity_tolerance ?? null,
    // On until the coordinator turns it off (a cycle without saved rules too).
    neverPairAgain: rules?.never_pair_again ?? true,
    version: rules?.version ?? 0,
    exclusions,
    forbidden,
    pins,
  };
}

/**
 * The rules' saved version, 0 before the first save, with the cycle's row held for the rest of the
 * transaction first, so two first saves cannot both find no rules.
 */
export async function lockRulesVersion(db: Queryable, cycleId: string): Promise<number> {
  await db.selectFrom('cycles').select('id').where('id', '=', cycleId).forNoKeyUpdate().execute();
  const row = await db
    .selectFrom('cycle_rules')
    .select('version')
    .where('cycle_id', '=', cycleId)
    .executeTakeFirst();
  return row?.version ?? 0;
}
export type CycleRules = Awaited<ReturnType<typeof findRules>>;

export async function saveRules(
  db: Queryable,
  cycleId: string,
  rules: {
    reciprocityTolerance: number | null;
    neverPairAgain: boolean;
    organisationExclusions: { organisationA: string; organisationB: string }[];
    personExclusions: { menteeId: string; mentorId: string; reason: string }[];
  },
) {
  await db
    .insertInto('cycle_rules')
    .values({
      cycle_id: cycleId,
      reciprocity_tolerance: rules.reciprocityTolerance,
      never_pair_again: rules.neverPairAgain,
    })
    .onConflict((oc) =>
      oc.column('cycle_id').doUpdateSet((eb) => ({
        reciprocity_tolerance: rules.reciprocityTolerance,
        never_pair_again: rules.neverPairAgain,
        version: eb('cycle_rules.version', '+', 1),
      })),
    )
    .execute();
  await db.deleteFrom('cycle_organisation_exclusions').where('cycle_id', '=', cycleId).execute();
  const pairs = new Map<string, { cycle_id: string; organisation_a: string; organisation_b: string }>();
  for (const { organisationA, organisationB } of rules.organisationExclusions) {
    const [a, b] =
      organisationA < organisationB ? [organisationA, organisationB] : [organisationB, organisationA];
    pairs.set(`${a}:${b}`, { cycle_id: cycleId, organisation_a: a, organisation_b: b });
  }
  if (pairs.size > 0)
    await db
      .insertInto('cycle_organisation_exclusions')
      .values([...pairs.values()])
      .execute();
  await db
    .deleteFrom('cycle_forbidden_pairs')
    .where('cycle_id', '=', cycleId)
    .where('source', '=', 'rule')
    .execute();
  if (rules.personExclusions.length > 0) {
    await db
      .insertInto('cycle_forbidden_pairs')
      .values(
        rules.personExclusions.map((p) => ({
          cycle_id: cycleId,
          mentee_id: p.menteeId,
          mentor_id: p.mentorId,
          reason: p.reason,
          source: 'rule' as const,
        })),
      )
      .onConflict((oc) =>
        oc
          .columns(['cycle_id', 'mentee_id', 'mentor_id'])
          .doUpdateSet({ source: 'rule', reason: sql`excluded.reason` }),
      )
      .execute();
  }
}

/**
 * Forbids the pair of a dissolved tandem as a person exclusion of the rules (so the coordinator sees
 * it and may lift it), drops a pin of the same pair (a pin on a forbidden pair is impossible), and
 * raises the rules' version, since the rules form now shows one more exclusion.
 */
export async function forbidPairAsRule(
  db: Queryable,
  cycleId: string,
  pair: { menteeId: string; mentorId: string; reason: string },
) {
  await lockRulesVersion(db, cycleId);
  await db
    .insertInto('cycle_rules')
    .values({ cycle_id: cycleId, reciprocity_tolerance: null })
    .onConflict((oc) =>
      oc.column('cycle_id').doUpdateSet((eb) => ({ version: eb('cycle_rules.version', '+', 1) })),
    )
    .execute();
  await db
    .insertInto('cycle_forbidden_pairs')
    .values({
      cycle_id: cycleId,
      mentee_id: pair.menteeId,
      mentor_id: pair.mentorId,
      reason: pair.reason,
      source: 'rule',
    })
    .onConflict((oc) =>
      oc.columns(['cycle_id', 'mentee_id', 'mentor_id']).doUpdateSet({ source: 'rule', reason: pair.reason }),
    )
    .execute();
  await db
    .deleteFrom('cycle_pins')
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', '=', pair.menteeId)
    .where('mentor_id', '=', pair.mentorId)
    .execute();
}

/**
 * The mentee–mentor pairs of this cycle whose people were a tandem before, in either role: a tandem
 * of another cycle (dissolved or not), or a dissolved one of this cycle. By participation id.
 */
export async function listFormerTandemPairs(db: Queryable, cycleId: string) {
  return db
    .selectFrom('tandems as t')
    .innerJoin('participants as a', 'a.id', 't.mentee_id')
    .innerJoin('participants as b', 'b.id', 't.mentor_id')
    .innerJoin('participants as x', (j) =>
      j
        .on('x.cycle_id', '=', cycleId)
        .on('x.role', '=', 'mentee')
        .on((eb) =>
          eb.or([
            eb('x.person_id', '=', eb.ref('a.person_id')),
            eb('x.person_id', '=', eb.ref('b.person_id')),
          ]),
        ),
    )
    .innerJoin('participants as y', (j) =>
      j
        .on('y.cycle_id', '=', cycleId)
        .on('y.role', '=', 'mentor')
        .on((eb) =>
          eb.or([
            eb('y.person_id', '=', eb.ref('a.person_id')),
            eb('y.person_id', '=', eb.ref('b.person_id')),
          ]),
        )
        .onRef('y.person_id', '<>', 'x.person_id'),
    )
    .where((eb) => eb.or([eb('t.cycle_id', '<>', cycleId), eb('t.dissolved_at', 'is not', null)]))
    .select(['x.id as mentee_id', 'y.id as mentor_id'])
    .distinct()
    .orderBy('x.id')
    .orderBy('y.id')
    .execute();
}

export async function addForbiddenPair(db: Queryable, cycleId: string, menteeId: string, mentorId: string) {
  await db
    .insertInto('cycle_forbidden_pairs')
    .values({
      cycle_id: cycleId,
      mentee_id: menteeId,
      mentor_id: mentorId,
      reason: 'forbidden on the board',
      source: 'board',
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeForbiddenPair(
  db: Queryable,
  cycleId: string,
  menteeId: string,
  mentorId: string,
) {
  await db
    .deleteFrom('cycle_forbidden_pairs')
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', '=', menteeId)
    .where('mentor_id', '=', mentorId)
    .where('source', '=', 'board')
    .execute();
}

export async function setPin(db: Queryable, cycleId: string, menteeId: string, mentorId: string) {
  await db
    .insertInto('cycle_pins')
    .values({ cycle_id: cycleId, mentee_id: menteeId, mentor_id: mentorId })
    .onConflict((oc) => oc.columns(['cycle_id', 'mentee_id']).doUpdateSet({ mentor_id: mentorId }))
    .execute();
}

export async function removePin(db: Queryable, cycleId: string, menteeId: string) {
  await db
    .deleteFrom('cycle_pins')
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', '=', menteeId)
    .execute();
}

export async function organisationNamesById(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The cycle's mentors with their places, for the board. */
export async function listCycleMentors(db: Queryable, cycleId: string) {
  return db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .select(['p.id', 'pe.name', 'pe.organisation_id', 'o.name as organisation_name', 'p.capacity'])
    .where('p.cycle_id', '=', cycleId)
    .where('p.role', '=', 'mentor')
    .orderBy('pe.name')
    .execute();
}
