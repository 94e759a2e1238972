import { type MatchInput, matchTandems } from '../../../core/matching/index.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Draft, DraftAction } from '../../../shared/contract/matching.ts';
import { errorsMatchingMessages } from '../../../shared/i18n/errors-matching.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { JoinedWording, messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enterMatchingPhase, getVisibleCycle } from '../cycles/cycles.service.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { proposalsToApproveMail } from './approval.mail.ts';
import { type CycleMatchingData, loadCycleForMatching } from './cycle-input.ts';
import {
  type DraftRow,
  ensureDraft,
  findDraft,
  listDraftUnmatched,
  listProposals,
  type ProposalFields,
  type ProposalRow,
  resetApprovals,
  setProposalSource,
  unassignMentee,
  updateDraft,
  upsertProposal,
} from './draft.repository.ts';
import {
  draftAbilities,
  hardRuleBreaks,
  mayEditDraft,
  mayPairDespiteRules,
  maySendDraftForApproval,
} from './matching.policy.ts';
import {
  addForbiddenPair,
  findRules,
  listCompetitorPairs,
  listCycleMentors,
  listFormerTandemPairs,
  removeForbiddenPair,
  removePin,
  setPin,
} from './matching.repository.ts';
import { ruleBreakWording } from './rule-breaks.ts';
import { ruleChecker } from './rules.service.ts';

const say = messagesOf(errorsMatchingMessages);

function toProposal(row: ProposalRow) {
  return {
    menteeId: row.mentee_id,
    menteeName: row.mentee_name,
    menteeOrganisationId: row.mentee_organisation_id,
    menteeOrganisationName: row.mentee_organisation_name,
    mentorId: row.mentor_id,
    mentorName: row.mentor_name,
    mentorOrganisationId: row.mentor_organisation_id,
    mentorOrganisationName: row.mentor_organisation_name,
    score: Number(row.score),
    contributions: row.contributions as Draft['proposals'][number]['contributions'],
    reasons: row.reasons,
    source: row.source,
    ruleBreaks: row.rule_breaks,
    approval: row.approval,
    approvalComment: row.approval_comment,
  };
}

/** The coordinator's board: every proposal with score and reasons, every unmatched mentee with why. */
export async function readDraft(trx: Trx, actor: Actor, cycleId: string): Promise<Draft> {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  return presentDraft(trx, actor, cycle);
}

async function presentDraft(
  db: Queryable,
  actor: Actor,
  cycle: { id: string; status: CycleStatus },
): Promise<Draft> {
  const cycleId = cycle.id;
  const [draft, rows, unmatched, rules, mentors] = await Promise.all([
    findDraft(db, cycleId),
    listProposals(db, cycleId),
    listDraftUnmatched(db, cycleId),
    findRules(db, cycleId),
    listCycleMentors(db, cycleId),
  ]);
  // A rule saved after the run may make a proposal break a hard rule: the board shows it too.
  const hard = await proposalHardRuleBreaks(db, cycleId, rows);
  const used = new Map<string, number>();
  for (const r of rows) used.set(r.mentor_id, (used.get(r.mentor_id) ?? 0) + 1);
  const approvals = new Map<
    string,
    { organisationName: string; pending: number; approved: number; changeRequested: number }
  >();
  for (const r of rows) {
    const a = approvals.get(r.mentee_organisation_id) ?? {
      organisationName: r.mentee_organisation_name,
      pending: 0,
      approved: 0,
      changeRequested: 0,
    };
    if (r.approval === 'approved') a.approved++;
    else if (r.approval === 'change_requested') a.changeRequested++;
    else a.pending++;
    approvals.set(r.mentee_organisation_id, a);
  }
  const facts = {
    status: draft?.status ?? 'editing',
    proposals: rows.length,
    approved: rows.filter((r) => r.approval === 'approved').length,
  };
  return {
    cycleId,
    // A cycle that was never matched has no draft row yet: it reads as an empty draft, version 0.
    runId: draft?.runId ?? null,
    version: draft?.version ?? 0,
    status: facts.status,
    proposals: rows.map((r) => ({
      ...toProposal(r),
      ruleBreaks: [...new Set([...(hard.get(r.mentee_id) ?? []), ...r.rule_breaks])],
    })),
    unmatched: unmatched.map((u) => ({
      menteeId: u.mentee_id,
      name: u.name,
      organisationId: u.organisation_id,
      organisationName: u.organisation_name,
      reasons: u.reasons,
    })),
    pins: rules.pins.map((p) => ({ menteeId: p.mentee_id, mentorId: p.mentor_id })),
    forbidden: rules.forbidden.map((f) => ({ menteeId: f.mentee_id, mentorId: f.mentor_id })),
    mentors: mentors.map((p) => ({
      mentorId: p.id,
      name: p.name,
      organisationId: p.organisation_id,
      organisationName: p.organisation_name,
      capacity: Number(p.capacity),
      used: used.get(p.id) ?? 0,
    })),
    approvalByOrganisation: [...approvals.entries()]
      .map(([organisationId, a]) => ({ organisationId, ...a }))
      .sort((x, y) => x.organisationName.localeCompare(y.organisationName)),
    can: draftAbilities(actor, cycle, facts),
  };
}

const organisationPairKey = (a: string, b: string) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/** Whether two organisations are kept apart: a competitor link or an exclusion of the cycle's rules. */
function excludedOrganisations(exclusions: readonly (readonly [string, string])[] = []) {
  const pairs = new Set(exclusions.map(([a, b]) => organisationPairKey(a, b)));
  return (a: string, b: string) => pairs.has(organisationPairKey(a, b));
}

/** The hard rules each proposal breaks now, by mentee (rules may have changed since it was made). */
export async function proposalHardRuleBreaks(
  db: Queryable,
  cycleId: string,
  proposals: Pick<
    ProposalRow,
    'mentee_id' | 'mentor_id' | 'mentee_organisation_id' | 'mentor_organisation_id'
  >[],
) {
  if (proposals.length === 0) return new Map<string, string[]>();
  // Only the organisation links and former tandems, not the whole cycle: contacts' approval pages
  // read this each time.
  const [competitors, rules] = await Promise.all([listCompetitorPairs(db, cycleId), findRules(db, cycleId)]);
  const excluded = excludedOrganisations(
    [...competitors, ...rules.exclusions].map((e) => [e.organisation_a, e.organisation_b] as const),
  );
  const former = new Set(
    rules.neverPairAgain
      ? (await listFormerTandemPairs(db, cycleId)).map((f) => `${f.mentee_id}>${f.mentor_id}`)
      : [],
  );
  return new Map(
    proposals.map((p) => [
      p.mentee_id,
      hardRuleBreaks(
        {
          menteeOrganisationId: p.mentee_organisation_id,
          mentorOrganisationId: p.mentor_organisation_id,
          formerTandem: former.has(`${p.mentee_id}>${p.mentor_id}`),
        },
        excluded,
      ),
    ]),
  );
}

/**
 * Refuses (422) proposals of the same or excluded organisations, or of two people who were a tandem
 * before (while the rule is on), however they reached the draft.
 */
export async function refuseHardRuleBreaks(
  db: Queryable,
  cycleId: string,
  proposals: Pick<
    ProposalRow,
    | 'mentee_id'
    | 'mentor_id'
    | 'mentee_name'
    | 'mentor_name'
    | 'mentee_organisation_id'
    | 'mentor_organisation_id'
  >[],
) {
  const hard = await proposalHardRuleBreaks(db, cycleId, proposals);
  enforce(
    mayPairDespiteRules(
      proposals.map((p) => ({
        what: say('pairName', { mentee: p.mentee_name, mentor: p.mentor_name }),
        hardRuleBreaks: hard.get(p.mentee_id) ?? [],
      })),
    ),
  );
}

/**
 * Score, contributions and reasons of any pair, and the rules it breaks, before it is saved:
 * `ruleBreaks` all of them, `hardRuleBreaks` those no acceptance passes.
 */
async function previewPair(
  db: Queryable,
  data: CycleMatchingData,
  cycleId: string,
  menteeId: string,
  mentorId: string,
  movingFrom?: string,
) {
  const mentee = data.input.mentees.find((m) => m.id === menteeId);
  const mentor = data.input.mentors.find((m) => m.id === mentorId);
  if (!mentee) throw notFound('mentee');
  if (!mentor) throw notFound('mentor');
  const ruleBreaks = ruleChecker(data)(mentee, mentor);
  const hard = hardRuleBreaks(
    {
      menteeOrganisationId: mentee.organisation,
      mentorOrganisationId: mentor.organisation,
      formerTandem: data.formerTandems.some((f) => f.mentee_id === menteeId && f.mentor_id === mentorId),
    },
    excludedOrganisations(data.input.rules?.exclusions),
  );
  const taken = (await listProposals(db, cycleId)).filter(
    (p) => p.mentor_id === mentorId && p.mentee_id !== menteeId && p.mentee_id !== movingFrom,
  ).length;
  if (taken >= mentor.capacity) ruleBreaks.push(`the mentor has no free place (capacity ${mentor.capacity})`);
  // Score the pair as the model would if no rule stood between them.
  const scoring: MatchInput = {
    mentees: [
      {
        ...mentee,
        organisation: 'mentee side',
        profile: { ...mentee.profile, requiredLanguage: undefined, preferredMentorGenderStrength: 'soft' },
      },
    ],
    mentors: [{ ...mentor, organisation: 'mentor side', capacity: 1 }],
    ...(data.input.weights ? { weights: data.input.weights } : {}),
  };
  const result = await matchTandems(scoring, { explain: true });
  const pair = result.pairs[0];
  return {
    score: pair?.score ?? 0,
    contributions: pair?.contributions ?? [],
    reasons: pair?.reasons ?? [],
    ruleBreaks,
    hardRuleBreaks: hard,
  };
}

/** `replacing`: the mentee whose place the mentor leaves for this one (a swap), so it counts as free. */
export async function previewDraftPair(
  db: Queryable,
  actor: Actor,
  cycleId: string,
  pair: { menteeId: string; mentorId: string; replacing?: string | undefined },
) {
  await getVisibleCycle(db, actor, cycleId);
  const data = await loadCycleForMatching(db, cycleId);
  return previewPair(db, data, cycleId, pair.menteeId, pair.mentorId, pair.replacing);
}

/** The draft, locked, as the caller last loaded it; a stale version answers 409, so no edit is silently lost. */
async function currentDraft(db: Queryable, cycleId: string, version: number): Promise<DraftRow> {
  await ensureDraft(db, cycleId);
  const draft = (await findDraft(db, cycleId, true))!;
  if (draft.version !== version) {
    throw staleVersion(say('draftChangedMeanwhile'), draft.version);
  }
  return draft;
}

/** Soft rule breaks stand unless the coordinator accepted them explicitly. */
function refuseRuleBreaks(ruleBreaks: string[], what: 'pair' | 'swap') {
  if (ruleBreaks.length > 0) {
    const breaks = ruleBreaks.map(ruleBreakWording);
    throw new AppError(
      'validation_failed',
      say('breaksRule', { what, breaks: new JoinedWording(breaks, '; ') }),
      [...breaks.map((message) => ({ path: 'action', message }))],
    );
  }
}

/** Applies one board action; a stale version answers 409, so no edit is silently lost. */
export async function applyDraftAction(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  version: number,
  action: DraftAction,
): Promise<Draft> {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const draft = await currentDraft(trx, cycleId, version);
  enforce(mayEditDraft(actor, draft));
  const data = await loadCycleForMatching(trx, cycleId);
  const proposals = await listProposals(trx, cycleId);
  const current = (menteeId: string) => proposals.find((p) => p.mentee_id === menteeId);
  const assign = async (
    menteeId: string,
    mentorId: string,
    source: ProposalFields['source'],
    acceptRuleBreaks: boolean,
    movingFrom?: string,
  ) => {
    const preview = await previewPair(trx, data, cycleId, menteeId, mentorId, movingFrom);
    enforce(mayPairDespiteRules([{ what: say('thisPair'), hardRuleBreaks: preview.hardRuleBreaks }]));
    if (!acceptRuleBreaks) refuseRuleBreaks(preview.ruleBreaks, 'pair');
    await upsertProposal(trx, cycleId, { menteeId, mentorId, source, ...preview });
  };

  switch (action.type) {
    case 'pin': {
      await assign(action.menteeId, action.mentorId, 'pinned', false);
      await setPin(trx, cycleId, action.menteeId, action.mentorId);
      break;
    }
    case 'unpin': {
      await removePin(trx, cycleId, action.menteeId);
      if (current(action.menteeId)?.source === 'pinned')
        await setProposalSource(trx, cycleId, action.menteeId, 'hand');
      break;
    }
    case 'forbid': {
      if (!data.participants.has(action.menteeId) || !data.participants.has(action.mentorId))
        throw notFound('pair');
      await addForbiddenPair(trx, cycleId, action.menteeId, action.mentorId);
      if (data.rules.pins.some((p) => p.mentee_id === action.menteeId && p.mentor_id === action.mentorId)) {
        await removePin(trx, cycleId, action.menteeId);
      }
      if (current(action.menteeId)?.mentor_id === action.mentorId) {
        await unassignMentee(
          trx,
          cycleId,
          action.menteeId,
          'Their proposed mentor was forbidden on the board; re-run to find another.',
        );
      }
      break;
    }
    case 'unforbid': {
      await removeForbiddenPair(trx, cycleId, action.menteeId, action.mentorId);
      break;
    }
    case 'assign': {
      await assign(action.menteeId, action.mentorId, 'hand', action.acceptRuleBreaks);
      break;
    }
    case 'unassign': {
      if (!current(action.menteeId)) throw notFound('proposalForMentee');
      await removePin(trx, cycleId, action.menteeId);
      await unassignMentee(trx, cycleId, action.menteeId, 'Unassigned by the coordinator.');
      break;
    }
    case 'swap': {
      const a = current(action.menteeA);
      const b = current(action.menteeB);
      if (!a || !b) throw notFound('proposalsForBoth');
      const previewA = await previewPair(trx, data, cycleId, a.mentee_id, b.mentor_id, b.mentee_id);
      const previewB = await previewPair(trx, data, cycleId, b.mentee_id, a.mentor_id, a.mentee_id);
      const pairName = (menteeId: string, mentorId: string) =>
        say('pairName', {
          mentee: data.participants.get(menteeId)?.name,
          mentor: data.participants.get(mentorId)?.name,
        });
      enforce(
        mayPairDespiteRules([
          { what: pairName(a.mentee_id, b.mentor_id), hardRuleBreaks: previewA.hardRuleBreaks },
          { what: pairName(b.mentee_id, a.mentor_id), hardRuleBreaks: previewB.hardRuleBreaks },
        ]),
      );
      if (!action.acceptRuleBreaks)
        refuseRuleBreaks([...previewA.ruleBreaks, ...previewB.ruleBreaks], 'swap');
      await upsertProposal(trx, cycleId, {
        menteeId: a.mentee_id,
        mentorId: b.mentor_id,
        source: 'hand',
        ...previewA,
      });
      await upsertProposal(trx, cycleId, {
        menteeId: b.mentee_id,
        mentorId: a.mentor_id,
        source: 'hand',
        ...previewB,
      });
      break;
    }
  }
  await updateDraft(trx, cycleId, {});
  await recordAudit(trx, auditContext(actor, null), {
    action: `draft.${action.type}`,
    targetType: 'cycle',
    targetId: cycleId,
    details: { ...action, draftStatus: draft.status },
  });
  return presentDraft(trx, actor, cycle);
}

export async function sendDraftForApproval(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  version: number,
  now: Date,
  siteOrigin: string,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const draft = await currentDraft(trx, cycleId, version);
  const proposals = await listProposals(trx, cycleId);
  enforce(maySendDraftForApproval(actor, { status: draft.status, proposals: proposals.length }));
  await refuseHardRuleBreaks(trx, cycleId, proposals);
  await resetApprovals(trx, cycleId);
  await updateDraft(trx, cycleId, { status: 'in_approval', sentForApprovalAt: now });
  const organisations = [...new Set(proposals.map((p) => p.mentee_organisation_id))];
  const contacts = await trx
    .selectFrom('accounts')
    .select(['email', 'name', 'organisation_id'])
    .where('role', '=', 'organisation_contact')
    .where('disabled', '=', false)
    .where('organisation_id', 'in', organisations)
    .execute();
  for (const contact of contacts) {
    const count = proposals.filter((p) => p.mentee_organisation_id === contact.organisation_id).length;
    await enqueueMail(trx, {
      to: contact.email,
      kind: 'approval.requested',
      text: proposalsToApproveMail({
        name: contact.name,
        count,
        cycleName: cycle.name,
        link: `${siteOrigin}/approval/${cycleId}`,
      }),
    });
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'draft.sent_for_approval',
    targetType: 'cycle',
    targetId: cycleId,
    details: { proposals: proposals.length, organisations: organisations.length },
  });
  const status = await enterMatchingPhase(trx, actor, cycle, now);
  return presentDraft(trx, actor, { ...cycle, status });
}
