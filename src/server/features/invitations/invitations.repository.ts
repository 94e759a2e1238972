import { sql } from 'kysely';
import type { Invitation } from '../../../shared/contract/invitations.ts';
import type { InvitationsTable, Queryable } from '../../db/database.ts';

function invitationQuery(db: Queryable) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select([
      'i.id',
      'i.email',
      'i.name',
      'i.role',
      'i.organisation_id',
      'o.name as organisation_name',
      'i.person_id',
      'i.created_at',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
    ]);
}

type InvitationRow = Awaited<ReturnType<ReturnType<typeof invitationQuery>['executeTakeFirstOrThrow']>>;

/** An invitation as stored; what its caller may do with it is the service's to add. */
export interface InvitationRecord extends Omit<Invitation, 'can'> {
  personId: string | null;
}

function toInvitation(row: InvitationRow, now: Date): InvitationRecord {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    personId: row.person_id,
    status: row.accepted_at
      ? 'accepted'
      : row.revoked_at
        ? 'revoked'
        : row.expires_at <= now
          ? 'expired'
          : 'pending',
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

export async function insertInvitation(
  db: Queryable,
  values: Omit<InvitationsTable, 'id' | 'created_at' | 'accepted_at' | 'revoked_at'> & { created_at: Date },
): Promise<string> {
  const row = await db.insertInto('invitations').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findInvitation(db: Queryable, id: string, now: Date) {
  const row = await invitationQuery(db).where('i.id', '=', id).executeTakeFirst();
  return row ? toInvitation(row, now) : null;
}

export async function findInvitationByTokenHash(db: Queryable, tokenHash: string, now: Date) {
  const row = await invitationQuery(db).where('i.token_hash', '=', tokenHash).executeTakeFirst();
  return row ? toInvitation(row, now) : null;
}

export async function listInvitations(db: Queryable, organisationId: string | null, now: Date) {
  let q = invitationQuery(db).orderBy('i.created_at', 'desc').limit(1000);
  if (organisationId) q = q.where('i.organisation_id', '=', organisationId);
  return (await q.execute()).map((row) => toInvitation(row, now));
}

/** Marks an invitation used; false when it was used or revoked meanwhile (two clicks racing). */
export async function markInvitationAccepted(db: Queryable, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Revokes an unused invitation; false when it was used (or revoked) meanwhile. */
export async function markInvitationRevoked(db: Queryable, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The people taking part in a cycle (of one organisation, or all), each with whether they can sign
 * in already and whether an invitation of theirs is still pending, for a bulk invitation.
 */
export async function listCycleInvitees(
  db: Queryable,
  cycleId: string,
  organisationId: string | null,
  now: Date,
) {
  let q = db
    .selectFrom('people as p')
    .innerJoin('organisations as o', 'o.id', 'p.organisation_id')
    .select((eb) => [
      'p.id',
      'p.email',
      'p.name',
      'p.organisation_id',
      'o.name as organisation_name',
      eb
        .exists(
          eb
            .selectFrom('accounts as a')
            .select('a.id')
            .where((w) => w.or([w('a.person_id', '=', w.ref('p.id')), w('a.email', '=', w.ref('p.email'))])),
        )
        .as('has_account'),
      eb
        .exists(
          eb
            .selectFrom('invitations as i')
            .select('i.id')
            .where((w) => w.or([w('i.person_id', '=', w.ref('p.id')), w('i.email', '=', w.ref('p.email'))]))
            .where('i.accepted_at', 'is', null)
            .where('i.revoked_at', 'is', null)
            .where('i.expires_at', '>', now),
        )
        .as('pending_invitation'),
    ])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('participants as pa')
          .select('pa.id')
          .where('pa.person_id', '=', eb.ref('p.id'))
          .where('pa.cycle_id', '=', cycleId),
      ),
    )
    .orderBy('p.name')
    .orderBy('p.id');
  if (organisationId) q = q.where('p.organisation_id', '=', organisationId);
  return (await q.execute()).map((row) => ({
    personId: row.id,
    email: row.email,
    name: row.name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    hasAccount: row.has_account,
    pendingInvitation: row.pending_invitation,
  }));
}

/**
 * Bulk invitations of one installation wait for each other, so two clicks at once cannot both find
 * the same people uninvited and mail them twice.
 */
export async function lockBulkInvitations(db: Queryable): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended('invitations-bulk', 0))`.execute(db);
}
