import type {
  Cycle,
  CycleChecklist,
  CycleStatus,
  CycleStep,
  CycleUpdate,
} from '../../../shared/contract/cycles.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { organisationExists } from '../organisations/organisations.service.ts';
import { addDefaultSurveys, offerSurveyDateMoves } from '../surveys/surveys.service.ts';
import {
  cycleAbilities,
  mayAddOrganisationToCycle,
  mayChangeCycle,
  mayChangeCycleStatus,
  mayRemoveOrganisationFromCycle,
  maySeeCycle,
  mayStartTandemYear,
} from './cycles.policy.ts';
import {
  addCycleOrganisation,
  type CycleProgressCounts,
  type CycleRecord,
  countActiveTandems,
  countCycleParticipantsOfOrganisation,
  countCycleProgress,
  findCycle,
  findDraftStatus,
  insertCycle,
  listCycles,
  lockCycleVersion,
  moveCycleStatusFrom,
  removeCycleOrganisation,
  updateCycle,
  updateCycleStatus,
} from './cycles.repository.ts';

/** The cycle as the caller gets it: with what they may do with it now. */
function present(actor: Actor, cycle: CycleRecord): Cycle {
  return { ...cycle, can: cycleAbilities(actor, cycle) };
}

export async function listVisibleCycles(db: Queryable, actor: Actor): Promise<Cycle[]> {
  return (await listCycles(db, organisationScope(actor))).map((c) => present(actor, c));
}

/** A cycle the actor may see: contacts see the cycles their organisation takes part in. */
export async function getVisibleCycle(db: Queryable, actor: Actor, id: string): Promise<CycleRecord> {
  const cycle = await findCycle(db, id);
  if (!cycle) throw notFound('The cycle');
  enforce(maySeeCycle(actor, cycle));
  return cycle;
}

export async function readCycle(db: Queryable, actor: Actor, id: string): Promise<Cycle> {
  return present(actor, await getVisibleCycle(db, actor, id));
}

export async function createCycle(
  trx: Trx,
  actor: Actor,
  input: { name: string; startsOn: string; endsOn: string },
): Promise<Cycle> {
  const id = await addCycleWithSurveys(trx, input);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.created',
    targetType: 'cycle',
    targetId: id,
    details: { name: input.name },
  });
  return present(actor, (await findCycle(trx, id))!);
}

export async function changeCycle(trx: Trx, actor: Actor, id: string, changes: CycleUpdate, now: Date) {
  const cycle = await getVisibleCycle(trx, actor, id);
  enforce(mayChangeCycle(actor, cycle));
  const { version, ...fields } = changes;
  const current = await lockCycleVersion(trx, id);
  if (current === undefined) throw notFound('The cycle');
  if (current !== version) throw staleVersion('This cycle', current);
  const startsOn = changes.startsOn ?? cycle.startsOn;
  const endsOn = changes.endsOn ?? cycle.endsOn;
  if (endsOn <= startsOn) {
    throw new AppError('validation_failed', 'The cycle must end after it starts.', [
      { path: 'endsOn', message: 'must be after the start date' },
    ]);
  }
  await updateCycle(trx, id, fields, now);
  // Surveys keep their dates: the answer offers the moves, and the coordinator decides.
  const surveyDateOffer = await offerSurveyDateMoves(trx, id, cycle, { startsOn, endsOn }, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.updated',
    targetType: 'cycle',
    targetId: id,
    details: { fields: Object.keys(fields) },
  });
  return { ...present(actor, (await findCycle(trx, id))!), surveyDateOffer };
}

export async function changeCycleStatus(trx: Trx, actor: Actor, id: string, status: CycleStatus, now: Date) {
  // The row is held first, so the draft and tandems read below cannot change the phase's facts
  // meanwhile (sending to approval and publishing move the phase too, on the same row).
  await lockCycleVersion(trx, id);
  const cycle = await getVisibleCycle(trx, actor, id);
  const activeTandems = cycle.status === 'running' ? await countActiveTandems(trx, id) : 0;
  const draftInApproval = cycle.status === 'matching' && (await findDraftStatus(trx, id)) === 'in_approval';
  enforce(mayChangeCycleStatus(actor, cycle, status, activeTandems, draftInApproval));
  if (cycle.status === status) return present(actor, cycle);
  await updateCycleStatus(trx, id, status, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.status_changed',
    targetType: 'cycle',
    targetId: id,
    details: { from: cycle.status, to: status },
  });
  return present(actor, (await findCycle(trx, id))!);
}

export async function joinCycle(trx: Trx, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  if (!(await organisationExists(trx, organisationId))) throw notFound('The organisation');
  enforce(mayAddOrganisationToCycle(actor, cycle, organisationId));
  if (cycle.organisationIds.includes(organisationId)) return present(actor, cycle);
  await addCycleOrganisation(trx, cycleId, organisationId);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.organisation_joined',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return present(actor, (await findCycle(trx, cycleId))!);
}

export async function leaveCycle(trx: Trx, actor: Actor, cycleId: string, organisationId: string) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  const participants = cycle.organisationIds.includes(organisationId)
    ? await countCycleParticipantsOfOrganisation(trx, cycleId, organisationId)
    : 0;
  enforce(mayRemoveOrganisationFromCycle(actor, cycle, organisationId, participants));
  await removeCycleOrganisation(trx, cycleId, organisationId);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.organisation_left',
    targetType: 'cycle',
    targetId: cycleId,
    details: { organisationId },
  });
  return present(actor, (await findCycle(trx, cycleId))!);
}

/**
 * A new cycle with its default surveys, without the audit of createCycle. Every way of creating a
 * cycle comes through here (the coordinator's, the demo, test factories), so none lacks surveys.
 */
export async function addCycleWithSurveys(
  trx: Trx,
  fields: { name: string; startsOn: string; endsOn: string },
): Promise<string> {
  const id = await insertCycle(trx, fields);
  await addDefaultSurveys(trx, id, fields);
  return id;
}

/** Organisations taking part in a cycle, without the checks and audit of joinCycle: for the demo. */
export async function addCycleOrganisations(trx: Trx, cycleId: string, organisationIds: Iterable<string>) {
  for (const id of organisationIds) await addCycleOrganisation(trx, cycleId, id);
}

/**
 * Sending the draft to the organisations for approval is the matching phase's work: a cycle still
 * a draft or open for nominations moves to matching in the same transaction, so profile reminders
 * (which belong to nominations) stop. Returns the cycle's phase after the move.
 */
export async function enterMatchingPhase(trx: Trx, actor: Actor, cycle: CycleRecord, now: Date) {
  if (!(await moveCycleStatusFrom(trx, cycle.id, ['draft', 'open'], 'matching', now))) {
    return (await findCycle(trx, cycle.id))!.status;
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.status_changed',
    targetType: 'cycle',
    targetId: cycle.id,
    details: { from: cycle.status, to: 'matching', because: 'draft sent for approval' },
  });
  return 'matching' as const;
}

/**
 * Publishing tandems starts the tandem year: the cycle moves to running in the publishing
 * transaction, since reminders, health flags and surveys by date work only in a running cycle.
 * Refuses (409) a closed cycle; a running one stays as it is.
 */
export async function startTandemYear(trx: Trx, actor: Actor, cycle: CycleRecord, now: Date) {
  enforce(mayStartTandemYear(cycle));
  if (cycle.status === 'running') return;
  if (!(await moveCycleStatusFrom(trx, cycle.id, ['draft', 'open', 'matching'], 'running', now))) {
    // Moved meanwhile (PostgreSQL): running already is fine, closed is refused.
    enforce(mayStartTandemYear((await findCycle(trx, cycle.id))!));
    return;
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.status_changed',
    targetType: 'cycle',
    targetId: cycle.id,
    details: { from: cycle.status, to: 'running', because: 'tandems published' },
  });
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The cycle's steps from its counts, in the order they are taken; each names what to do next where. */
export function checklistSteps(
  cycleId: string,
  c: CycleProgressCounts & { status: CycleStatus },
): CycleStep[] {
  const cyclePage = `/cycles/${cycleId}`;
  const matchingPage = `${cyclePage}/matching`;
  const participants = c.mentees + c.mentors;
  const withoutContact = c.organisations - c.organisationsWithContact;
  const unfinished = participants - c.profilesFinished;
  const unsigned = c.activeTandems - c.agreementsSigned;
  const published = c.draftStatus === 'published';
  const step = (s: Omit<CycleStep, 'action'> & { action: string }): CycleStep => ({
    ...s,
    action: s.complete ? null : s.action,
  });
  return [
    step({
      key: 'organisations',
      title: 'Organisations',
      complete: c.organisations >= 2,
      done: c.organisations,
      total: Math.max(2, c.organisations),
      summary: `${count(c.organisations, 'organisation')} taking part`,
      action:
        c.organisations === 0
          ? 'Add the organisations taking part'
          : 'Add another organisation: mentees are matched across organisations',
      link: cyclePage,
    }),
    step({
      key: 'contacts',
      title: 'Organisation contacts',
      complete: c.organisations > 0 && withoutContact === 0,
      done: c.organisationsWithContact,
      total: c.organisations,
      summary: `${c.organisationsWithContact} of ${count(c.organisations, 'organisation')} with a contact`,
      action:
        c.organisations === 0
          ? 'Add organisations first'
          : `Invite a contact for ${count(withoutContact, 'organisation')}`,
      link: '/invitations',
    }),
    step({
      // Profile reminders go out only while the cycle is open for nominations.
      key: 'nominations',
      title: 'Open for nominations',
      complete: c.status !== 'draft',
      done: c.status === 'draft' ? 0 : 1,
      total: 1,
      summary:
        c.status === 'draft'
          ? 'The cycle is a draft: participants are reminded to finish their profiles once it is open'
          : 'Opened',
      action: 'Open the cycle for nominations',
      link: cyclePage,
    }),
    step({
      key: 'participants',
      title: 'Participants',
      complete: c.mentees > 0 && c.mentors > 0,
      done: participants,
      total: participants,
      summary: `${count(c.mentees, 'mentee')} and ${count(c.mentors, 'mentor')} nominated`,
      action: c.mentees === 0 ? 'Nominate or import mentees' : 'Nominate or import mentors',
      link: '/participants',
    }),
    step({
      // A match run uses the questionnaire as it stands, so after one the defaults were taken.
      key: 'questionnaire',
      title: 'Questionnaire',
      complete: c.questionnaireSaved || c.runsDone > 0,
      done: c.questionnaireSaved ? 1 : 0,
      total: 1,
      summary: c.questionnaireSaved
        ? 'Topics and weights saved'
        : 'The default topics and weights stand; review them before participants fill in their profiles',
      action: 'Review the questionnaire',
      link: `${cyclePage}/questionnaire`,
    }),
    step({
      key: 'profiles',
      title: 'Profiles',
      complete: participants > 0 && unfinished === 0,
      done: c.profilesFinished,
      total: participants,
      summary: `${c.profilesFinished} of ${count(participants, 'profile')} finished`,
      action: participants === 0 ? 'Nominate participants first' : 'Send reminders',
      link: `${cyclePage}/profiles`,
    }),
    step({
      key: 'rules',
      title: 'Matching rules',
      complete: c.rulesSaved || c.runsDone > 0,
      done: c.rulesSaved ? 1 : 0,
      total: 1,
      summary: c.rulesSaved
        ? 'Rules saved'
        : 'No exclusions yet; say which organisations must never be paired before matching',
      action: 'Review the matching rules',
      link: `${cyclePage}/rules`,
    }),
    step({
      key: 'matching',
      title: 'Matching',
      complete: c.draftStatus !== null,
      done: c.runsDone,
      total: c.runsDone,
      summary: c.runsDone ? `${count(c.runsDone, 'match run')} done` : 'Not matched yet',
      action: c.runsDone ? 'Adopt a match run as the draft' : 'Run the matching',
      link: matchingPage,
    }),
    step({
      key: 'approval',
      title: 'Approval',
      complete: published || (c.draftStatus === 'in_approval' && c.organisationsWaiting === 0),
      done: c.proposalsApproved,
      total: c.proposals,
      summary:
        c.draftStatus === 'in_approval'
          ? `${c.proposalsApproved} of ${count(c.proposals, 'proposal')} approved`
          : published
            ? 'Every proposal decided'
            : 'The draft is not with the organisations yet',
      action:
        c.draftStatus === 'in_approval'
          ? `${count(c.organisationsWaiting, 'organisation has', 'organisations have')} not approved — remind them`
          : 'Send the draft to approval',
      link: matchingPage,
    }),
    step({
      key: 'publication',
      title: 'Publication',
      complete: c.activeTandems > 0 && c.proposalsApproved === 0,
      done: c.activeTandems,
      total: c.activeTandems + c.proposalsApproved,
      summary: `${count(c.activeTandems, 'tandem')} published`,
      action: c.proposalsApproved
        ? `Publish ${count(c.proposalsApproved, 'approved tandem')}`
        : 'Wait for approvals to publish',
      link: matchingPage,
    }),
    step({
      key: 'agreements',
      title: 'Agreements',
      complete: c.activeTandems > 0 && unsigned === 0,
      done: c.agreementsSigned,
      total: c.activeTandems,
      summary: `${c.agreementsSigned} of ${count(c.activeTandems, 'agreement')} signed`,
      action: c.activeTandems ? `${count(unsigned, 'agreement')} unsigned` : 'Publish tandems first',
      link: `${cyclePage}/tandems`,
    }),
  ];
}

/** The coordinator's checklist of a cycle, counted from its data now. */
export async function readCycleChecklist(db: Queryable, actor: Actor, id: string): Promise<CycleChecklist> {
  const cycle = await getVisibleCycle(db, actor, id);
  const counts = await countCycleProgress(db, id);
  const steps = checklistSteps(id, { ...counts, status: cycle.status });
  return {
    cycleId: id,
    status: cycle.status,
    steps,
    next: steps.find((s) => !s.complete) ?? null,
    organisationsNotApproved: counts.draftStatus === 'in_approval' ? counts.organisationsWaiting : 0,
  };
}
