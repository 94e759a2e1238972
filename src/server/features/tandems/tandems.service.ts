import { matchTandems } from '../../../core/matching/index.ts';
import type { Tandem } from '../../../shared/contract/tandems.ts';
import type { Queryable } from '../../db/database.ts';
import { conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { loadCycleForMatching } from '../matching/cycle-input.ts';
import { deleteProposals, findDraft, listProposals, updateDraft } from '../matching/draft.repository.ts';
import { completeRun, insertRun } from '../matching/match-runs.repository.ts';
import { ENGINE_VERSION } from '../matching/match-runs.service.ts';
import { ruleChecker } from '../matching/rules.service.ts';
import { enqueueMail, type Localised } from '../outbox/outbox.service.ts';
import { tandemDissolvedMail, tandemPublishedMail, tandemRematchedMail } from './tandems.mail.ts';
import {
  activePlacesByMentor,
  activeTandemMentees,
  dissolveTandem,
  insertTandems,
  listTandems,
  type TandemRow,
} from './tandems.repository.ts';

type Side = 'mentee' | 'mentor';

function person(row: TandemRow, side: Side, full: boolean): Tandem['mentee'] {
  const r = row as unknown as Record<string, unknown>;
  const get = <T>(field: string) => r[`${side}_${field}`] as T;
  return {
    participantId: get<string>('id'),
    name: get<string>('name'),
    organisationName: get<string>('organisation_name'),
    jobTitle: get<string>('job_title'),
    // Someone outside the viewer's organisation shows only name, organisation and title.
    email: full ? get<string>('email') : '',
    seniority: full ? (get<number | null>('seniority') === null ? null : Number(get('seniority'))) : null,
    languages: full ? get<string[]>('languages') : [],
    location: full ? get<string>('location') : '',
    topics: full ? get<string[]>('topics') : [],
    text: full ? get<string>('text') : '',
  };
}

function present(row: TandemRow, actor: Actor): Tandem {
  const seesAll = actor.role !== 'organisation_contact';
  return {
    id: row.id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    status: row.dissolved_at ? 'dissolved' : 'active',
    publishedAt: row.published_at.toISOString(),
    dissolvedAt: row.dissolved_at?.toISOString() ?? null,
    dissolvedReason: row.dissolved_reason,
    mentee: person(row, 'mentee', seesAll || row.mentee_organisation_id === actor.organisationId),
    mentor: person(row, 'mentor', seesAll || row.mentor_organisation_id === actor.organisationId),
    reasons: row.reasons,
  };
}

function scopeOf(actor: Actor) {
  if (actor.role === 'participant')
    return { personId: actor.personId ?? '00000000-0000-0000-0000-000000000000' };
  const organisationId = organisationScope(actor);
  return organisationId ? { organisationId } : {};
}

export async function listVisibleTandems(db: Queryable, actor: Actor, cycleId?: string) {
  const rows = await listTandems(db, { ...scopeOf(actor), ...(cycleId ? { cycleId } : {}) });
  return rows.map((r) => present(r, actor));
}

export async function readTandem(db: Queryable, actor: Actor, id: string) {
  const [row] = await listTandems(db, { ...scopeOf(actor), id });
  if (!row) throw notFound('The tandem');
  return present(row, actor);
}

/** One side of a tandem, as its notices and calendar invitations need it. */
export interface TandemMember {
  participantId: string;
  name: string;
  email: string;
}

export interface TandemMembership {
  tandem: TandemRow;
  side: Side;
  mentee: TandemMember;
  mentor: TandemMember;
  /** The caller and their partner: the mentee and the mentor in the caller's order. */
  me: TandemMember;
  partner: TandemMember;
}

/** The tandem's page, where every notice about it links to. */
export function tandemLink(siteOrigin: string, tandemId: string) {
  return `${siteOrigin}/tandems/${tandemId}`;
}

/**
 * The tandem as one of its two members: what they write there is for the tandem alone, so anyone
 * else, staff included, meets a 404 as if it did not exist. `forWriting` refuses an ended tandem.
 */
export async function requireTandemMember(
  db: Queryable,
  actor: Actor,
  tandemId: string,
  { forWriting = false } = {},
): Promise<TandemMembership> {
  if (actor.role !== 'participant' || !actor.personId) throw notFound('The tandem');
  const [row] = await listTandems(db, { id: tandemId, personId: actor.personId });
  if (!row) throw notFound('The tandem');
  if (forWriting && row.dissolved_at) throw conflict('This tandem has ended; it can no longer be changed.');
  const side: Side = row.mentee_person_id === actor.personId ? 'mentee' : 'mentor';
  const mentee = { participantId: row.mentee_id, name: row.mentee_name, email: row.mentee_email };
  const mentor = { participantId: row.mentor_id, name: row.mentor_name, email: row.mentor_email };
  return side === 'mentee'
    ? { tandem: row, side, mentee, mentor, me: mentee, partner: mentor }
    : { tandem: row, side, mentee, mentor, me: mentor, partner: mentee };
}

/** Tells both members, each in their own language; `text` gets the recipient's and the partner's name. */
async function notifyTandem(
  db: Queryable,
  row: TandemRow,
  kind: string,
  text: (name: string, partner: string) => Localised,
) {
  await enqueueMail(db, { to: row.mentee_email, kind, text: text(row.mentee_name, row.mentor_name) });
  await enqueueMail(db, { to: row.mentor_email, kind, text: text(row.mentor_name, row.mentee_name) });
}

/** Turns the approved proposals into tandems; what is not approved yet stays on the draft. */
export async function publishDraft(
  db: Queryable,
  actor: Actor,
  cycleId: string,
  version: number,
  now: Date,
  siteOrigin: string,
) {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  const draft = await findDraft(db, cycleId, true);
  if (!draft || draft.version !== version) {
    throw conflict('The draft changed since you loaded it. Reload and try again.', {
      currentVersion: draft?.version,
    });
  }
  if (draft.status === 'published') throw conflict('This draft is published already.');
  if (draft.status !== 'in_approval')
    throw conflict('Send the draft to the organisations for approval first.');
  const proposals = await listProposals(db, cycleId);
  const approved = proposals.filter((p) => p.approval === 'approved');
  if (approved.length === 0) throw conflict('No proposal is approved yet; nothing to publish.');
  const active = await activeTandemMentees(db, cycleId);
  const clash = approved.find((p) => active.has(p.mentee_id));
  if (clash) throw conflict(`${clash.mentee_name} has an active tandem already.`);
  await insertTandems(
    db,
    approved.map((p) => ({
      cycleId,
      menteeId: p.mentee_id,
      mentorId: p.mentor_id,
      score: Number(p.score),
      reasons: p.reasons,
      now,
    })),
  );
  await deleteProposals(
    db,
    cycleId,
    approved.map((p) => p.mentee_id),
  );
  const remaining = proposals.length - approved.length;
  await updateDraft(db, cycleId, remaining === 0 ? { status: 'published', publishedAt: now } : {});
  const published = await listTandems(db, { cycleId });
  const menteeIds = new Set(approved.map((p) => p.mentee_id));
  for (const row of published.filter((t) => menteeIds.has(t.mentee_id) && !t.dissolved_at)) {
    await notifyTandem(db, row, 'tandem.published', (name, partner) =>
      tandemPublishedMail({ name, partner, cycleName: cycle.name, link: tandemLink(siteOrigin, row.id) }),
    );
  }
  await recordAudit(db, auditContext(actor, null), {
    action: 'draft.published',
    targetType: 'cycle',
    targetId: cycleId,
    details: { tandems: approved.length, remaining },
  });
  return { published: approved.length, remaining };
}

export async function dissolve(db: Queryable, actor: Actor, id: string, reason: string, now: Date) {
  const [row] = await listTandems(db, { id });
  if (!row) throw notFound('The tandem');
  if (row.dissolved_at) throw conflict('This tandem has been dissolved already.');
  await dissolveTandem(db, id, reason, now);
  await notifyTandem(db, row, 'tandem.dissolved', (name) =>
    tandemDissolvedMail({ name, cycleName: row.cycle_name, reason }),
  );
  await recordAudit(db, auditContext(actor, null), {
    action: 'tandem.dissolved',
    targetType: 'tandem',
    targetId: id,
    details: { reason },
  });
  return readTandem(db, actor, id);
}

async function rematchData(db: Queryable, actor: Actor, cycleId: string, menteeId: string) {
  await getVisibleCycle(db, actor, cycleId);
  const active = await activeTandemMentees(db, cycleId);
  if (active.has(menteeId)) throw conflict('This mentee has an active tandem; dissolve it first.');
  const data = await loadCycleForMatching(db, cycleId, {
    mentorPlacesTaken: await activePlacesByMentor(db, cycleId),
    onlyMentees: new Set([menteeId]),
  });
  if (data.input.mentees.length === 0) throw notFound('The mentee');
  return data;
}

/** A small run over the mentors' remaining places for one mentee; saved like every run. */
export async function proposeRematch(
  db: Queryable,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  now: Date,
) {
  const data = await rematchData(db, actor, cycleId, menteeId);
  const result = await matchTandems(data.input, { explain: true });
  const runId = await insertRun(db, {
    cycleId,
    mode: 'optimal',
    engineVersion: ENGINE_VERSION,
    input: data.input,
    mentees: 1,
    mentors: data.input.mentors.length,
    startedBy: actor.accountId,
    now,
  });
  const pair = result.pairs[0];
  await completeRun(
    db,
    runId,
    {
      matched: result.matched,
      unmatched: result.unmatched.length,
      totalScore: result.totalScore,
      meanScore: pair ? pair.score : null,
      criterionAverages: Object.fromEntries((pair?.contributions ?? []).map((c) => [c.criterion, c.points])),
      blockingPairs: null,
    },
    result.pairs.map((p) => ({ ...p })),
    result.unmatched,
    now,
  );
  const mentor = pair ? data.participants.get(pair.mentorId)! : null;
  return {
    menteeId,
    proposal:
      pair && mentor
        ? {
            mentorId: pair.mentorId,
            mentorName: mentor.name,
            mentorOrganisationName: mentor.organisation_name,
            score: pair.score,
            reasons: pair.reasons,
          }
        : null,
    reasons: result.unmatched[0]?.reasons ?? [],
  };
}

export async function publishRematch(
  db: Queryable,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  mentorId: string,
  now: Date,
  siteOrigin: string,
) {
  const data = await rematchData(db, actor, cycleId, menteeId);
  const mentee = data.input.mentees[0]!;
  const mentor = data.input.mentors.find((m) => m.id === mentorId);
  if (!mentor) throw notFound('The mentor');
  const breaks = ruleChecker(data)(mentee, mentor);
  if (mentor.capacity < 1) breaks.push('the mentor has no free place');
  if (breaks.length > 0) throw conflict(`This pair breaks a rule: ${breaks.join('; ')}.`, breaks);
  const scored = await matchTandems({ ...data.input, mentors: [mentor], rules: {} }, { explain: true });
  const pair = scored.pairs[0];
  await insertTandems(db, [
    { cycleId, menteeId, mentorId, score: pair?.score ?? 0, reasons: pair?.reasons ?? [], now },
  ]);
  const [row] = (await listTandems(db, { cycleId })).filter(
    (t) => t.mentee_id === menteeId && !t.dissolved_at,
  );
  await notifyTandem(db, row!, 'tandem.rematched', (name, partner) =>
    tandemRematchedMail({
      name,
      partner,
      cycleName: row!.cycle_name,
      link: tandemLink(siteOrigin, row!.id),
    }),
  );
  await recordAudit(db, auditContext(actor, null), {
    action: 'tandem.rematched',
    targetType: 'tandem',
    targetId: row!.id,
    details: { cycleId, menteeId, mentorId },
  });
  return present(row!, actor);
}
