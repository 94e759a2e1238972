import type { Tandem } from '../../../shared/contract/tandems.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { notFound } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { enforce, type Verdict } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle, startTandemYear } from '../cycles/cycles.service.ts';
import {
  approvedProposalsToPublish,
  takePublishedProposalsOffDraft,
} from '../matching/publication.service.ts';
import { checkRematchMentor, proposeRematchMentor } from '../matching/rematch.service.ts';
import { forbidDissolvedPair } from '../matching/rules.service.ts';
import { enqueueMail, type Localised } from '../outbox/outbox.service.ts';
import { tandemDissolvedMail, tandemPublishedMail, tandemRematchedMail } from './tandems.mail.ts';
import {
  mayChangeTandemSpace,
  mayDissolveTandem,
  mayEnterTandemSpace,
  mayRematchMentee,
  maySeeTandem,
  maySeeTandems,
  mayStartTandem,
  seesWholeProfile,
  type TandemFacts,
  type TandemSide,
  tandemAbilities,
  tandemScope,
  tandemSideOf,
} from './tandems.policy.ts';
import {
  activePlacesByMentor,
  activeTandemMentees,
  dissolveTandem,
  insertTandems,
  listTandems,
  type TandemRow,
} from './tandems.repository.ts';

/** The tandem as its rules see it. */
function factsOf(row: TandemRow): TandemFacts {
  return {
    menteePersonId: row.mentee_person_id,
    mentorPersonId: row.mentor_person_id,
    menteeOrganisationId: row.mentee_organisation_id,
    mentorOrganisationId: row.mentor_organisation_id,
    dissolved: row.dissolved_at !== null,
  };
}

function person(row: TandemRow, side: TandemSide, full: boolean): Tandem['mentee'] {
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
  const facts = factsOf(row);
  return {
    id: row.id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    status: row.dissolved_at ? 'dissolved' : 'active',
    publishedAt: row.published_at.toISOString(),
    dissolvedAt: row.dissolved_at?.toISOString() ?? null,
    dissolvedReason: row.dissolved_reason,
    mentee: person(row, 'mentee', seesWholeProfile(actor, row.mentee_organisation_id)),
    mentor: person(row, 'mentor', seesWholeProfile(actor, row.mentor_organisation_id)),
    reasons: row.reasons,
    viewerSide: tandemSideOf(actor, facts),
    can: tandemAbilities(actor, facts, { hasActiveTandem: Boolean(row.mentee_has_active_tandem) }),
  };
}

export async function listVisibleTandems(db: Queryable, actor: Actor, cycleId?: string) {
  enforce(maySeeTandems(actor));
  const rows = await listTandems(db, { ...tandemScope(actor), ...(cycleId ? { cycleId } : {}) });
  return rows.map((r) => present(r, actor));
}

export async function readTandem(db: Queryable, actor: Actor, id: string) {
  enforce(maySeeTandems(actor));
  const [row] = await listTandems(db, { id });
  if (!row) throw notFound('tandem');
  enforce(maySeeTandem(actor, factsOf(row)));
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
  side: TandemSide;
  mentee: TandemMember;
  mentor: TandemMember;
  /** The caller and their partner: the mentee and the mentor in the caller's order. */
  me: TandemMember;
  partner: TandemMember;
  /** Whether the members may still change anything in the tandem's space (refused once it ended). */
  mayChange: Verdict;
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
  const [row] = await listTandems(db, { id: tandemId });
  if (!row) throw notFound('tandem');
  const facts = factsOf(row);
  enforce(mayEnterTandemSpace(actor, facts));
  const mayChange = mayChangeTandemSpace(facts);
  if (forWriting) enforce(mayChange);
  const side = tandemSideOf(actor, facts)!;
  const mentee = { participantId: row.mentee_id, name: row.mentee_name, email: row.mentee_email };
  const mentor = { participantId: row.mentor_id, name: row.mentor_name, email: row.mentor_email };
  return side === 'mentee'
    ? { tandem: row, side, mentee, mentor, me: mentee, partner: mentor, mayChange }
    : { tandem: row, side, mentee, mentor, me: mentor, partner: mentee, mayChange };
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

/**
 * Turns the approved proposals into tandems and starts the cycle's tandem year (it runs from now);
 * what is not approved yet stays on the draft.
 */
export async function publishDraft(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  version: number,
  now: Date,
  siteOrigin: string,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const publication = await approvedProposalsToPublish(trx, cycleId, version);
  // The tandems' year starts with them, all in this transaction: a closed cycle refuses here.
  await startTandemYear(trx, actor, cycle, now);
  const { approved, remaining } = publication;
  const active = await activeTandemMentees(trx, cycleId);
  for (const p of approved) {
    enforce(mayStartTandem({ name: p.menteeName, hasActiveTandem: active.has(p.menteeId) }));
  }
  await insertTandems(
    trx,
    approved.map((p) => ({
      cycleId,
      menteeId: p.menteeId,
      mentorId: p.mentorId,
      score: p.score,
      reasons: p.reasons,
      now,
    })),
  );
  await takePublishedProposalsOffDraft(trx, publication, now);
  const published = await listTandems(trx, { cycleId });
  const menteeIds = new Set(approved.map((p) => p.menteeId));
  for (const row of published.filter((t) => menteeIds.has(t.mentee_id) && !t.dissolved_at)) {
    await notifyTandem(trx, row, 'tandem.published', (name, partner) =>
      tandemPublishedMail({ name, partner, cycleName: cycle.name, link: tandemLink(siteOrigin, row.id) }),
    );
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'draft.published',
    targetType: 'cycle',
    targetId: cycleId,
    details: { tandems: approved.length, remaining },
  });
  return { published: approved.length, remaining, cycleStatus: 'running' as const };
}

export async function dissolve(trx: Trx, actor: Actor, id: string, reason: string, now: Date) {
  const [row] = await listTandems(trx, { id });
  if (!row) throw notFound('tandem');
  enforce(mayDissolveTandem(actor, factsOf(row)));
  await dissolveTandem(trx, id, reason, now);
  await forbidDissolvedPair(trx, {
    cycleId: row.cycle_id,
    menteeId: row.mentee_id,
    mentorId: row.mentor_id,
    dissolvedReason: reason,
  });
  await notifyTandem(trx, row, 'tandem.dissolved', (name) =>
    tandemDissolvedMail({ name, cycleName: row.cycle_name, reason }),
  );
  await recordAudit(trx, auditContext(actor, null), {
    action: 'tandem.dissolved',
    targetType: 'tandem',
    targetId: id,
    details: { reason },
  });
  return readTandem(trx, actor, id);
}

/** Up to three mentors for a mentee without a tandem, from the mentors' remaining places (matching proposes). */
export async function proposeRematch(trx: Trx, actor: Actor, cycleId: string, menteeId: string, now: Date) {
  const active = await activeTandemMentees(trx, cycleId);
  enforce(mayRematchMentee(actor, { hasActiveTandem: active.has(menteeId) }));
  return proposeRematchMentor(trx, actor, cycleId, menteeId, await activePlacesByMentor(trx, cycleId), now);
}

/** A new tandem of a mentee and the mentor the coordinator chose, once matching has checked the pair. */
export async function publishRematch(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  menteeId: string,
  mentorId: string,
  now: Date,
  siteOrigin: string,
) {
  const active = await activeTandemMentees(trx, cycleId);
  enforce(mayRematchMentee(actor, { hasActiveTandem: active.has(menteeId) }));
  const placesTaken = await activePlacesByMentor(trx, cycleId);
  const pair = await checkRematchMentor(trx, actor, cycleId, menteeId, mentorId, placesTaken);
  await insertTandems(trx, [{ cycleId, menteeId, mentorId, score: pair.score, reasons: pair.reasons, now }]);
  const [row] = (await listTandems(trx, { cycleId })).filter(
    (t) => t.mentee_id === menteeId && !t.dissolved_at,
  );
  await notifyTandem(trx, row!, 'tandem.rematched', (name, partner) =>
    tandemRematchedMail({
      name,
      partner,
      cycleName: row!.cycle_name,
      link: tandemLink(siteOrigin, row!.id),
    }),
  );
  await recordAudit(trx, auditContext(actor, null), {
    action: 'tandem.rematched',
    targetType: 'tandem',
    targetId: row!.id,
    details: { cycleId, menteeId, mentorId },
  });
  return present(row!, actor);
}
