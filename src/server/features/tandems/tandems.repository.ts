import type { Queryable } from '../../db/database.ts';

function tandemQuery(db: Queryable) {
  return db
    .selectFrom('tandems as t')
    .innerJoin('cycles as c', 'c.id', 't.cycle_id')
    .innerJoin('participants as me', 'me.id', 't.mentee_id')
    .innerJoin('people as mep', 'mep.id', 'me.person_id')
    .innerJoin('organisations as meo', 'meo.id', 'mep.organisation_id')
    .innerJoin('participants as mo', 'mo.id', 't.mentor_id')
    .innerJoin('people as mop', 'mop.id', 'mo.person_id')
    .innerJoin('organisations as moo', 'moo.id', 'mop.organisation_id')
    .select([
      't.id',
      't.cycle_id',
      'c.name as cycle_name',
      't.reasons',
      't.published_at',
      't.dissolved_at',
      't.dissolved_reason',
      't.mentee_id',
      'mep.id as mentee_person_id',
      'mep.name as mentee_name',
      'mep.email as mentee_email',
      'meo.id as mentee_organisation_id',
      'meo.name as mentee_organisation_name',
      'mep.job_title as mentee_job_title',
      'mep.seniority as mentee_seniority',
      'mep.languages as mentee_languages',
      'mep.location as mentee_location',
      'me.topics as mentee_topics',
      'me.goals as mentee_text',
      't.mentor_id',
      'mop.id as mentor_person_id',
      'mop.name as mentor_name',
      'mop.email as mentor_email',
      'moo.id as mentor_organisation_id',
      'moo.name as mentor_organisation_name',
      'mop.job_title as mentor_job_title',
      'mop.seniority as mentor_seniority',
      'mop.languages as mentor_languages',
      'mop.location as mentor_location',
      'mo.topics as mentor_topics',
      'mo.expertise as mentor_text',
    ])
    .select((eb) =>
      // This tandem if it is active, or the mentee's new tandem after a re-match.
      eb
        .exists(
          eb
            .selectFrom('tandems as active')
            .select('active.id')
            .whereRef('active.mentee_id', '=', 't.mentee_id')
            .whereRef('active.cycle_id', '=', 't.cycle_id')
            .where('active.dissolved_at', 'is', null),
        )
        .as('mentee_has_active_tandem'),
    );
}
export type TandemRow = Awaited<ReturnType<ReturnType<typeof tandemQuery>['executeTakeFirstOrThrow']>>;

export interface TandemFilter {
  cycleId?: string;
  /** Tandems where the mentee or the mentor belongs to this organisation. */
  organisationId?: string;
  /** Tandems this person is part of. */
  personId?: string;
  id?: string;
}

export async function listTandems(db: Queryable, filter: TandemFilter): Promise<TandemRow[]> {
  let q = tandemQuery(db)
    .orderBy('t.dissolved_at', (ob) => ob.desc().nullsFirst())
    .orderBy('mep.name');
  if (filter.id) q = q.where('t.id', '=', filter.id);
  if (filter.cycleId) q = q.where('t.cycle_id', '=', filter.cycleId);
  if (filter.organisationId) {
    const id = filter.organisationId;
    q = q.where((eb) => eb.or([eb('mep.organisation_id', '=', id), eb('mop.organisation_id', '=', id)]));
  }
  if (filter.personId) {
    const id = filter.personId;
    q = q.where((eb) => eb.or([eb('mep.id', '=', id), eb('mop.id', '=', id)]));
  }
  return q.execute();
}

export async function insertTandems(
  db: Queryable,
  tandems: readonly {
    cycleId: string;
    menteeId: string;
    mentorId: string;
    score: number;
    reasons: string[];
    now: Date;
  }[],
) {
  if (tandems.length === 0) return;
  for (let i = 0; i < tandems.length; i += 1000) {
    await db
      .insertInto('tandems')
      .values(
        tandems.slice(i, i + 1000).map((t) => ({
          cycle_id: t.cycleId,
          mentee_id: t.menteeId,
          mentor_id: t.mentorId,
          score: t.score,
          reasons: t.reasons,
          published_at: t.now,
        })),
      )
      .execute();
  }
}

export async function activeTandemMentees(db: Queryable, cycleId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('tandems')
    .select('mentee_id')
    .where('cycle_id', '=', cycleId)
    .where('dissolved_at', 'is', null)
    .execute();
  return new Set(rows.map((r) => r.mentee_id));
}

export async function activePlacesByMentor(db: Queryable, cycleId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('tandems')
    .select((eb) => ['mentor_id', eb.fn.countAll<number>().as('n')])
    .where('cycle_id', '=', cycleId)
    .where('dissolved_at', 'is', null)
    .groupBy('mentor_id')
    .execute();
  return new Map(rows.map((r) => [r.mentor_id, Number(r.n)]));
}

export async function dissolveTandem(db: Queryable, id: string, reason: string, now: Date) {
  await db
    .updateTable('tandems')
    .set({ dissolved_at: now, dissolved_reason: reason })
    .where('id', '=', id)
    .where('dissolved_at', 'is', null)
    .execute();
}
