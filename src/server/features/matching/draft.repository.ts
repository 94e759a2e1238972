import { sql } from 'kysely';
import type { Queryable } from '../../db/database.ts';

export interface DraftRow {
  runId: string | null;
  version: number;
  status: 'editing' | 'in_approval' | 'published';
}

export async function findDraft(db: Queryable, cycleId: string, lock = false): Promise<DraftRow | null> {
  let q = db.selectFrom('cycle_drafts').selectAll().where('cycle_id', '=', cycleId);
  if (lock) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? { runId: row.run_id, version: Number(row.version), status: row.status } : null;
}

export async function ensureDraft(db: Queryable, cycleId: string): Promise<void> {
  await db
    .insertInto('cycle_drafts')
    .values({ cycle_id: cycleId, run_id: null })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function updateDraft(
  db: Queryable,
  cycleId: string,
  changes: { runId?: string; status?: DraftRow['status']; sentForApprovalAt?: Date; publishedAt?: Date },
) {
  await db
    .updateTable('cycle_drafts')
    .set({
      version: sql`version + 1`,
      ...(changes.runId !== undefined ? { run_id: changes.runId } : {}),
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.sentForApprovalAt !== undefined ? { sent_for_approval_at: changes.sentForApprovalAt } : {}),
      ...(changes.publishedAt !== undefined ? { published_at: changes.publishedAt } : {}),
    })
    .where('cycle_id', '=', cycleId)
    .execute();
}

export interface ProposalFields {
  menteeId: string;
  mentorId: string;
  score: number;
  contributions: { criterion: string; points: number }[];
  reasons: string[];
  source: 'engine' | 'pinned' | 'hand';
  ruleBreaks: string[];
}

/** Makes a run's pairs and unmatched mentees the draft, copied inside the database. */
export async function replaceDraftWithRun(db: Queryable, cycleId: string, runId: string) {
  await db.deleteFrom('draft_proposals').where('cycle_id', '=', cycleId).execute();
  await db.deleteFrom('draft_unmatched').where('cycle_id', '=', cycleId).execute();
  await sql`insert into draft_proposals (cycle_id, mentee_id, mentor_id, score, contributions, reasons, source)
    select ${cycleId}::uuid, mentee_id, mentor_id, score, contributions, reasons,
      case when pinned then 'pinned' else 'engine' end
    from match_run_pairs where run_id = ${runId}`.execute(db);
  await sql`insert into draft_unmatched (cycle_id, mentee_id, reasons)
    select ${cycleId}::uuid, mentee_id, reasons from match_run_unmatched where run_id = ${runId}`.execute(db);
}

function proposalQuery(db: Queryable, cycleId: string) {
  return db
    .selectFrom('draft_proposals as d')
    .innerJoin('participants as me', 'me.id', 'd.mentee_id')
    .innerJoin('people as mep', 'mep.id', 'me.person_id')
    .innerJoin('organisations as meo', 'meo.id', 'mep.organisation_id')
    .innerJoin('participants as mo', 'mo.id', 'd.mentor_id')
    .innerJoin('people as mop', 'mop.id', 'mo.person_id')
    .innerJoin('organisations as moo', 'moo.id', 'mop.organisation_id')
    .select([
      'd.mentee_id',
      'mep.name as mentee_name',
      'meo.id as mentee_organisation_id',
      'meo.name as mentee_organisation_name',
      'd.mentor_id',
      'mop.name as mentor_name',
      'mop.job_title as mentor_job_title',
      'moo.id as mentor_organisation_id',
      'moo.name as mentor_organisation_name',
      'd.score',
      'd.contributions',
      'd.reasons',
      'd.source',
      'd.rule_breaks',
      'd.approval',
      'd.approval_comment',
    ])
    .where('d.cycle_id', '=', cycleId);
}

export async function listProposals(db: Queryable, cycleId: string, organisationId?: string) {
  let q = proposalQuery(db, cycleId).orderBy('mep.name').orderBy('d.mentee_id');
  if (organisationId) q = q.where('mep.organisation_id', '=', organisationId);
  return q.execute();
}
export type ProposalRow = Awaited<ReturnType<typeof listProposals>>[number];

/** The draft's proposal for one mentee, of whichever organisation. */
export async function findProposal(db: Queryable, cycleId: string, menteeId: string) {
  return proposalQuery(db, cycleId).where('d.mentee_id', '=', menteeId).executeTakeFirst();
}

export async function listDraftUnmatched(db: Queryable, cycleId: string) {
  return db
    .selectFrom('draft_unmatched as u')
    .innerJoin('participants as p', 'p.id', 'u.mentee_id')
    .innerJoin('people as pe', 'pe.id', 'p.person_id')
    .innerJoin('organisations as o', 'o.id', 'pe.organisation_id')
    .select(['u.mentee_id', 'pe.name', 'o.id as organisation_id', 'o.name as organisation_name', 'u.reasons'])
    .where('u.cycle_id', '=', cycleId)
    .orderBy('pe.name')
    .execute();
}

export async function upsertProposal(db: Queryable, cycleId: string, p: ProposalFields) {
  const values = {
    mentor_id: p.mentorId,
    score: p.score,
    contributions: JSON.stringify(p.contributions),
    reasons: p.reasons,
    source: p.source,
    rule_breaks: p.ruleBreaks,
    approval: 'pending' as const,
    approval_comment: null,
    decided_by: null,
    decided_at: null,
  };
  await db
    .insertInto('draft_proposals')
    .values({ cycle_id: cycleId, mentee_id: p.menteeId, ...values })
    .onConflict((oc) => oc.columns(['cycle_id', 'mentee_id']).doUpdateSet(values))
    .execute();
  await db
    .deleteFrom('draft_unmatched')
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', '=', p.menteeId)
    .execute();
}

export async function setProposalSource(
  db: Queryable,
  cycleId: string,
  menteeId: string,
  source: ProposalFields['source'],
) {
  await db
    .updateTable('draft_proposals')
    .set({ source })
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', '=', menteeId)
    .execute();
}

/** Takes a mentee's proposal off the draft and lists them as unmatched, with the reason. */
export async function unassignMentee(db: Queryable, cycleId: string, menteeId: string, reason: string) {
  await db
    .deleteFrom('draft_proposals')
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', '=', menteeId)
    .execute();
  await db
    .insertInto('draft_unmatched')
    .values({ cycle_id: cycleId, mentee_id: menteeId, reasons: [reason] })
    .onConflict((oc) => oc.columns(['cycle_id', 'mentee_id']).doUpdateSet({ reasons: [reason] }))
    .execute();
}

export async function resetApprovals(db: Queryable, cycleId: string) {
  await db
    .updateTable('draft_proposals')
    .set({ approval: 'pending', approval_comment: null, decided_by: null, decided_at: null })
    .where('cycle_id', '=', cycleId)
    .execute();
}

export async function decideProposal(
  db: Queryable,
  cycleId: string,
  menteeId: string,
  decision: { approval: 'approved' | 'change_requested'; comment: string | null; by: string; at: Date },
) {
  await db
    .updateTable('draft_proposals')
    .set({
      approval: decision.approval,
      approval_comment: decision.comment,
      decided_by: decision.by,
      decided_at: decision.at,
    })
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', '=', menteeId)
    .execute();
}

export async function deleteProposals(db: Queryable, cycleId: string, menteeIds: readonly string[]) {
  if (menteeIds.length === 0) return;
  await db
    .deleteFrom('draft_proposals')
    .where('cycle_id', '=', cycleId)
    .where('mentee_id', 'in', menteeIds)
    .execute();
}
