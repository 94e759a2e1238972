import { sql } from 'kysely';
import type { Queryable, Trx } from '../../db/database.ts';

// The facts a certificate of participation is made of (decision 0024): the participation, its
// person, organisation and cycle, whether its tandems lasted, the certificate's record, and the
// coordinator who signs it. Never anything of the tandem's content.

function participationQuery(db: Queryable) {
  return db
    .selectFrom('participants as p')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .innerJoin('cycles as c', 'c.id', 'p.cycle_id')
    .leftJoin('certificates as ce', 'ce.participant_id', 'p.id')
    .select([
      'p.id',
      'p.role',
      'p.cycle_id',
      'p.person_id',
      'pe.name',
      'pe.gender',
      'pe.organisation_id',
      'o.name as organisation_name',
      'c.name as cycle_name',
      'c.status as cycle_status',
      'c.starts_on',
      'c.ends_on',
      'ce.serial',
      'ce.version',
      'ce.issued_at',
      'ce.withheld_at',
      'ce.withheld_reason',
      // The participant's language: their account's, else the one kept with the person.
      (eb) =>
        eb
          .selectFrom('accounts as a')
          .select('a.mail_language')
          .whereRef('a.person_id', '=', 'p.person_id')
          .orderBy('a.created_at')
          .limit(1)
          .as('account_language'),
      'pe.mail_language as person_language',
    ]);
}

export type ParticipationRow = NonNullable<Awaited<ReturnType<typeof findParticipation>>>;

export function findParticipation(db: Queryable, participantId: string) {
  return participationQuery(db).where('p.id', '=', participantId).executeTakeFirst();
}

/** Every participation of one person (a participant's own), newest cycle first. */
export function listPersonParticipations(db: Queryable, personId: string) {
  return participationQuery(db)
    .where('p.person_id', '=', personId)
    .orderBy('c.starts_on', 'desc')
    .orderBy('p.id')
    .execute();
}

/** The cycle's participations that were ever in a published tandem, by name. */
export function listCycleParticipationsWithTandems(db: Queryable, cycleId: string) {
  return participationQuery(db)
    .where('p.cycle_id', '=', cycleId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('tandems as t')
          .select(sql`1`.as('one'))
          .where((w) => w.or([w('t.mentee_id', '=', w.ref('p.id')), w('t.mentor_id', '=', w.ref('p.id'))])),
      ),
    )
    .orderBy('pe.name')
    .orderBy('p.id')
    .execute();
}

/** When each participation's tandems were dissolved (null while one lasts), by participation. */
export async function listTandemEnds(db: Queryable, participantIds: readonly string[]) {
  const ends = new Map<string, { dissolvedAt: Date | null }[]>(participantIds.map((id) => [id, []]));
  if (!participantIds.length) return ends;
  const rows = await db
    .selectFrom('tandems')
    .select(['mentee_id', 'mentor_id', 'dissolved_at'])
    .where((eb) => eb.or([eb('mentee_id', 'in', participantIds), eb('mentor_id', 'in', participantIds)]))
    .execute();
  for (const row of rows) {
    for (const id of [row.mentee_id, row.mentor_id]) ends.get(id)?.push({ dissolvedAt: row.dissolved_at });
  }
  return ends;
}

/** Holds the participation's row while its certificate changes. */
export async function lockParticipation(trx: Trx, participantId: string) {
  await trx.selectFrom('participants').select('id').where('id', '=', participantId).forUpdate().execute();
}

/** The certificate's record, made with its number (version 1) unless it exists already. */
export async function ensureCertificate(db: Queryable, participantId: string, now: Date) {
  await db
    .insertInto('certificates')
    .values({ participant_id: participantId, issued_at: now })
    .onConflict((oc) => oc.column('participant_id').doNothing())
    .execute();
}

export async function markWithheld(
  db: Queryable,
  participantId: string,
  fields: { reason: string; accountId: string; now: Date },
) {
  await db
    .updateTable('certificates')
    .set({ withheld_at: fields.now, withheld_reason: fields.reason, withheld_by: fields.accountId })
    .where('participant_id', '=', participantId)
    .execute();
}

/** A new version (so a new number), given now, with any withholding lifted. */
export async function markReissued(db: Queryable, participantId: string, now: Date) {
  await db
    .updateTable('certificates')
    .set((eb) => ({
      version: eb('version', '+', 1),
      issued_at: now,
      withheld_at: null,
      withheld_reason: null,
      withheld_by: null,
    }))
    .where('participant_id', '=', participantId)
    .execute();
}

/**
 * Who signs the cycle's certificates: the coordinator who closed it (closing is final, so this never
 * changes), else the first coordinator account made (a cycle closed before the audit log knew).
 */
export async function findSigningCoordinator(db: Queryable, cycleId: string): Promise<string | null> {
  const closer = await sql<{ name: string }>`
    select a.name from audit_log l
    join accounts a on a.id = l.actor_account_id and a.role = 'coordinator'
    where l.action = 'cycle.status_changed' and l.target_type = 'cycle' and l.target_id = ${cycleId}
      and l.details ->> 'to' = 'closed'
    order by l.id desc
    limit 1`.execute(db);
  if (closer.rows[0]) return closer.rows[0].name;
  const first = await db
    .selectFrom('accounts')
    .select('name')
    .where('role', '=', 'coordinator')
    .orderBy('disabled')
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return first?.name ?? null;
}
