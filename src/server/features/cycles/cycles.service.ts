import type {
  Cycle,
  CycleChecklist,
  CycleStatus,
  CycleStep,
  CycleUpdate,
} from '../../../shared/contract/cycles.ts';
import { formatMessage, translator } from '../../../shared/i18n/catalogue.ts';
import { cycleChecklistMessages } from '../../../shared/i18n/cycle-checklist.ts';
import { cycleDefaultsMessages } from '../../../shared/i18n/cycle-defaults.ts';
import { errorsCyclesMessages } from '../../../shared/i18n/errors-cycles.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { addDefaultEvents } from '../events/events.service.ts';
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
  findAccountMailLanguage,
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

const say = messagesOf(errorsCyclesMessages);

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
  if (!cycle) throw notFound('cycle');
  enforce(maySeeCycle(actor, cycle));
  return cycle;
}

export async function readCycle(db: Queryable, actor: Actor, id: string): Promise<Cycle> {
  return present(actor, await getVisibleCycle(db, actor, id));
}

/**
 * A new cycle, as a draft. Its default texts are in the language asked for, else in the language
 * of the coordinator's account (the one their mails come in).
 */
export async function createCycle(
  trx: Trx,
  actor: Actor,
  input: { name: string; startsOn: string; endsOn: string; language?: UiLanguage },
  now?: Date,
): Promise<Cycle> {
  const language = input.language ?? (await findAccountMailLanguage(trx, actor.accountId));
  const id = await addCycleWithSurveys(trx, { ...input, language }, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'cycle.created',
    targetType: 'cycle',
    targetId: id,
    details: { name: input.name, language },
  });
  return present(actor, (await findCycle(trx, id))!);
}

export async function changeCycle(trx: Trx, actor: Actor, id: string, changes: CycleUpdate, now: Date) {
  const cycle = await getVisibleCycle(trx, actor, id);
  enforce(mayChangeCycle(actor, cycle));
  const { version, ...fields } = changes;
  const current = await lockCycleVersion(trx, id);
  if (current === undefined) throw notFound('cycle');
  if (current !== version) throw staleVersion(say('cycleChanged'), current);
  const startsOn = changes.startsOn ?? cycle.startsOn;
  const endsOn = changes.endsOn ?? cycle.endsOn;
  if (endsOn <= startsOn) {
    throw new AppError('validation_failed', say('endsBeforeStart'), [
      { path: 'endsOn', message: say('endsBeforeStartField') },
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
  if (!(await organisationExists(trx, organisationId))) throw notFound('organisation');
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
 * A new cycle with its default surveys and plan of events, without the audit of createCycle. Every way of creating a
 * cycle comes through here (the coordinator's, the demo, test factories), so none lacks surveys.
 * `now` keeps the default events' registration open where a week before them has passed.
 * Its default texts (surveys, confidentiality terms, and the questionnaire's topics, read while
 * none is saved) are in `language`, English unless given.
 */
export async function addCycleWithSurveys(
  trx: Trx,
  fields: { name: string; startsOn: string; endsOn: string; language?: UiLanguage },
  now?: Date,
): Promise<string> {
  const language = fields.language ?? 'en';
  const confidentialityText = formatMessage(cycleDefaultsMessages, language, 'confidentialityText');
  const id = await insertCycle(trx, { ...fields, language, confidentialityText });
  await addDefaultSurveys(trx, id, { ...fields, language });
  await addDefaultEvents(trx, id, { ...fields, language }, now);
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

/**
 * The cycle's steps from its counts, in the order they are taken; each names what to do next where,
 * in the reader's language.
 */
export function checklistSteps(
  cycleId: string,
  c: CycleProgressCounts & { status: CycleStatus },
  language: UiLanguage = 'en',
): CycleStep[] {
  const t = translator(cycleChecklistMessages, language);
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
      title: t('titleOrganisations'),
      complete: c.organisations >= 2,
      done: c.organisations,
      total: Math.max(2, c.organisations),
      summary: t('organisationsTakingPart', { count: c.organisations }),
      action: c.organisations === 0 ? t('addOrganisations') : t('addAnotherOrganisation'),
      link: cyclePage,
    }),
    step({
      key: 'contacts',
      title: t('titleContacts'),
      complete: c.organisations > 0 && withoutContact === 0,
      done: c.organisationsWithContact,
      total: c.organisations,
      summary: t('organisationsWithContact', {
        withContact: c.organisationsWithContact,
        count: c.organisations,
      }),
      action:
        c.organisations === 0 ? t('addOrganisationsFirst') : t('inviteContacts', { count: withoutContact }),
      link: '/invitations',
    }),
    step({
      // Profile reminders go out only while the cycle is open for nominations.
      key: 'nominations',
      title: t('titleNominations'),
      complete: c.status !== 'draft',
      done: c.status === 'draft' ? 0 : 1,
      total: 1,
      summary: c.status === 'draft' ? t('cycleIsDraft') : t('opened'),
      action: t('openForNominations'),
      link: cyclePage,
    }),
    step({
      key: 'participants',
      title: t('titleParticipants'),
      complete: c.mentees > 0 && c.mentors > 0,
      done: participants,
      total: participants,
      summary: t('nominated', { mentees: c.mentees, mentors: c.mentors }),
      action: c.mentees === 0 ? t('nominateMentees') : t('nominateMentors'),
      link: '/participants',
    }),
    step({
      // A match run uses the questionnaire as it stands, so after one the defaults were taken.
      key: 'questionnaire',
      title: t('titleQuestionnaire'),
      complete: c.questionnaireSaved || c.runsDone > 0,
      done: c.questionnaireSaved ? 1 : 0,
      total: 1,
      summary: c.questionnaireSaved ? t('questionnaireSaved') : t('questionnaireDefaults'),
      action: t('reviewQuestionnaire'),
      link: `${cyclePage}/questionnaire`,
    }),
    step({
      key: 'profiles',
      title: t('titleProfiles'),
      complete: participants > 0 && unfinished === 0,
      done: c.profilesFinished,
      total: participants,
      summary: t('profilesFinished', { finished: c.profilesFinished, count: participants }),
      action: participants === 0 ? t('nominateFirst') : t('sendReminders'),
      link: `${cyclePage}/profiles`,
    }),
    step({
      key: 'rules',
      title: t('titleRules'),
      complete: c.rulesSaved || c.runsDone > 0,
      done: c.rulesSaved ? 1 : 0,
      total: 1,
      summary: c.rulesSaved ? t('rulesSaved') : t('rulesDefault'),
      action: t('reviewRules'),
      link: `${cyclePage}/rules`,
    }),
    step({
      key: 'matching',
      title: t('titleMatching'),
      complete: c.draftStatus !== null,
      done: c.runsDone,
      total: c.runsDone,
      summary: c.runsDone ? t('runsDone', { count: c.runsDone }) : t('notMatched'),
      action: c.runsDone ? t('adoptRun') : t('runMatching'),
      link: matchingPage,
    }),
    step({
      key: 'approval',
      title: t('titleApproval'),
      complete: published || (c.draftStatus === 'in_approval' && c.organisationsWaiting === 0),
      done: c.proposalsApproved,
      total: c.proposals,
      summary:
        c.draftStatus === 'in_approval'
          ? t('proposalsApproved', { approved: c.proposalsApproved, count: c.proposals })
          : published
            ? t('everyProposalDecided')
            : t('draftNotSent'),
      action:
        c.draftStatus === 'in_approval'
          ? t('remindApprovers', { count: c.organisationsWaiting })
          : t('sendToApproval'),
      link: matchingPage,
    }),
    step({
      key: 'publication',
      title: t('titlePublication'),
      complete: c.activeTandems > 0 && c.proposalsApproved === 0,
      done: c.activeTandems,
      total: c.activeTandems + c.proposalsApproved,
      summary: t('tandemsPublished', { count: c.activeTandems }),
      action: c.proposalsApproved
        ? t('publishApproved', { count: c.proposalsApproved })
        : t('waitForApprovals'),
      link: matchingPage,
    }),
    step({
      key: 'agreements',
      title: t('titleAgreements'),
      complete: c.activeTandems > 0 && unsigned === 0,
      done: c.agreementsSigned,
      total: c.activeTandems,
      summary: t('agreementsSigned', { signed: c.agreementsSigned, count: c.activeTandems }),
      action: c.activeTandems ? t('agreementsUnsigned', { count: unsigned }) : t('publishFirst'),
      link: `${cyclePage}/tandems`,
    }),
  ];
}

/** The coordinator's checklist of a cycle, counted from its data now, in the reader's language. */
export async function readCycleChecklist(
  db: Queryable,
  actor: Actor,
  id: string,
  language: UiLanguage = 'en',
): Promise<CycleChecklist> {
  const cycle = await getVisibleCycle(db, actor, id);
  const counts = await countCycleProgress(db, id);
  const steps = checklistSteps(id, { ...counts, status: cycle.status }, language);
  return {
    cycleId: id,
    status: cycle.status,
    steps,
    next: steps.find((s) => !s.complete) ?? null,
    organisationsNotApproved: counts.draftStatus === 'in_approval' ? counts.organisationsWaiting : 0,
  };
}
