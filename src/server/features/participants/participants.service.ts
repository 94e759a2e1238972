import type { z } from 'zod';
import type {
  Participant,
  participantInputSchema,
  participantQuerySchema,
  participantUpdateSchema,
} from '../../../shared/contract/participants.ts';
import { errorsParticipantsMessages } from '../../../shared/i18n/errors-participants.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, conflict, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { emailHasAccount, followEmailChange } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import {
  mayAddParticipantsTo,
  mayChangeParticipant,
  mayNominateFor,
  mayRemoveParticipant,
  maySeeParticipant,
  participantAbilities,
} from './participants.policy.ts';
import {
  cycleOrganisationIds,
  deleteParticipation,
  emailOwner,
  findParticipant,
  findParticipationsOfPeople,
  findPeopleByEmails,
  insertCopiedParticipation,
  insertParticipations,
  insertPeople,
  listParticipants,
  lockParticipantVersion as lockParticipantRowsVersion,
  type ParticipantRecord,
  type ParticipationFields,
  type PersonFields,
  updateParticipation,
  updatePerson,
} from './participants.repository.ts';

const say = messagesOf(errorsParticipantsMessages);

type ParticipantInput = z.output<typeof participantInputSchema>;
type ParticipantChanges = z.output<typeof participantUpdateSchema>;

/**
 * The participant as the caller gets it: their fields and what the caller may do with them now.
 * Named one by one: copying a record this wide with rest and spread costs a hundred times more, and
 * a list presents up to a thousand of them.
 */
function present(actor: Actor, p: ParticipantRecord): Participant {
  return {
    id: p.id,
    personId: p.personId,
    cycleId: p.cycleId,
    cycleName: p.cycleName,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    role: p.role,
    name: p.name,
    email: p.email,
    jobTitle: p.jobTitle,
    seniority: p.seniority,
    languages: p.languages,
    location: p.location,
    gender: p.gender,
    goals: p.goals,
    expertise: p.expertise,
    capacity: p.capacity,
    hasAccount: p.hasAccount,
    version: p.version,
    can: participantAbilities(actor, p),
  };
}

export async function listVisibleParticipants(
  db: Queryable,
  actor: Actor,
  query: z.output<typeof participantQuerySchema>,
) {
  const scope = organisationScope(actor);
  const page = await listParticipants(
    db,
    {
      scopeOrganisationId: scope,
      cycleId: query.cycleId,
      organisationId: query.organisationId,
      role: query.role,
      q: query.q,
    },
    { limit: query.limit, offset: query.offset },
  );
  await recordAudit(db, auditContext(actor, null), {
    action: 'participants.listed',
    targetType: 'participant',
    details: { count: page.participants.length, filter: { ...query } },
  });
  return { participants: page.participants.map((p) => present(actor, p)), total: page.total };
}

/** A participant the actor may see; someone of another organisation answers 404. */
async function visibleParticipant(db: Queryable, actor: Actor, id: string): Promise<ParticipantRecord> {
  const participant = await findParticipant(db, id);
  if (!participant) throw notFound('participant');
  enforce(maySeeParticipant(actor, participant));
  return participant;
}

export async function readParticipant(db: Queryable, actor: Actor, id: string): Promise<Participant> {
  const participant = await visibleParticipant(db, actor, id);
  await recordAudit(db, auditContext(actor, null), {
    action: 'participant.read',
    targetType: 'participant',
    targetId: id,
  });
  return present(actor, participant);
}

export async function createParticipant(trx: Trx, actor: Actor, input: ParticipantInput, now: Date) {
  enforce(mayNominateFor(actor, input.organisationId));
  const cycle = await getVisibleCycle(trx, actor, input.cycleId);
  enforce(mayAddParticipantsTo(actor, cycle));
  if (!(await cycleOrganisationIds(trx, cycle.id)).has(input.organisationId)) {
    throw new AppError('validation_failed', say('organisationNotInCycle'), [
      { path: 'organisationId', message: say('organisationNotInCycleField') },
    ]);
  }
  const person = {
    organisationId: input.organisationId,
    email: input.email,
    name: input.name,
    jobTitle: input.jobTitle,
    seniority: input.seniority,
    languages: [...new Set(input.languages)],
    location: input.location,
    gender: input.gender,
  };
  const existing = (await findPeopleByEmails(trx, [input.email])).get(input.email);
  let personId: string;
  if (existing) {
    if (existing.organisationId !== input.organisationId) {
      throw conflict(say('emailOfOtherOrganisation'), [
        { path: 'email', message: say('emailOfOtherOrganisationField') },
      ]);
    }
    if ((await findParticipationsOfPeople(trx, cycle.id, [existing.id])).size > 0) {
      throw conflict(say('takesPartAlready'), [{ path: 'email', message: say('takesPartAlreadyField') }]);
    }
    personId = existing.id;
    await updatePerson(trx, personId, person, now);
  } else {
    personId = (await insertPeople(trx, [person])).get(input.email)!;
  }
  const [id] = await insertParticipations(trx, [
    {
      cycleId: cycle.id,
      personId,
      role: input.role,
      goals: input.goals,
      expertise: input.expertise,
      capacity: input.capacity,
    },
  ]);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'participant.created',
    targetType: 'participant',
    targetId: id,
    details: { cycleId: cycle.id, organisationId: input.organisationId, role: input.role },
  });
  return present(actor, (await findParticipant(trx, id!))!);
}

/**
 * Holds the participant (person and participation) for the rest of the transaction and answers
 * their version, for another feature's edit of them (their own profile answers).
 */
export async function lockParticipantVersion(trx: Trx, id: string): Promise<number | undefined> {
  return lockParticipantRowsVersion(trx, id);
}

export async function changeParticipant(
  trx: Trx,
  actor: Actor,
  id: string,
  changes: ParticipantChanges,
  now: Date,
) {
  const participant = await visibleParticipant(trx, actor, id);
  enforce(mayChangeParticipant(actor, participant));
  const { version, ...fields } = changes;
  const current = await lockParticipantRowsVersion(trx, id);
  if (current === undefined) throw notFound('participant');
  if (current !== version) throw staleVersion(say('participantChanged'), current);
  const emailChanges = changes.email !== undefined && changes.email !== participant.email;
  if (emailChanges) {
    if ((await emailOwner(trx, changes.email!)) || (await emailHasAccount(trx, changes.email!))) {
      throw conflict(say('emailTaken'), [{ path: 'email', message: say('emailTakenField') }]);
    }
    // The person signs in with their email: their account follows the change.
    await followEmailChange(trx, participant.personId, changes.email!);
  }
  const { role, goals, expertise, capacity, ...personChanges } = fields;
  if (personChanges.languages) personChanges.languages = [...new Set(personChanges.languages)];
  await updatePerson(trx, participant.personId, personChanges, now);
  await updateParticipation(
    trx,
    id,
    Object.fromEntries(
      Object.entries({ role, goals, expertise, capacity }).filter(([, v]) => v !== undefined),
    ),
    now,
  );
  await recordAudit(trx, auditContext(actor, null), {
    action: 'participant.updated',
    targetType: 'participant',
    targetId: id,
    details: { fields: Object.keys(fields) },
  });
  return present(actor, (await findParticipant(trx, id))!);
}

export async function removeParticipant(trx: Trx, actor: Actor, id: string) {
  const participant = await visibleParticipant(trx, actor, id);
  enforce(mayRemoveParticipant(actor, participant));
  await deleteParticipation(trx, id);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'participant.removed',
    targetType: 'participant',
    targetId: id,
    details: { cycleId: participant.cycleId, email: participant.email },
  });
}

/** A participant's own participations (a mentor or mentee looking at their programme). */
export async function ownParticipations(db: Queryable, actor: Actor) {
  if (!actor.personId) return [];
  const { participants } = await listParticipants(
    db,
    { scopeOrganisationId: null, personId: actor.personId },
    { limit: 1000, offset: 0 },
  );
  return participants.map((p) => present(actor, p));
}

/**
 * A returning participant's new participation in `cycleId` (an alumni mentor who accepted an
 * invitation), with the profile of their earlier participation `fromParticipantId` carried over:
 * role, goals, expertise, capacity, remote, required language, mentor gender preference, and
 * `topics` (those still on the new cycle's list, as its questionnaire spells them). The caller has
 * checked that the person may take part; audited as the person's own joining.
 */
export async function carryOverParticipation(
  trx: Trx,
  actor: Actor,
  fromParticipantId: string,
  cycleId: string,
  topics: readonly string[],
  now: Date,
): Promise<string> {
  const id = await insertCopiedParticipation(trx, fromParticipantId, cycleId, topics, now);
  if (id === undefined) throw notFound('participant');
  await recordAudit(trx, auditContext(actor, null), {
    action: 'participant.created',
    targetType: 'participant',
    targetId: id,
    details: { cycleId, carriedOverFrom: fromParticipantId },
  });
  return id;
}

/**
 * People new to the installation and their participation in one cycle, without the checks and
 * audit of createParticipant: for loading the demo consortium. Each person's id by email.
 */
export async function addPeopleToCycle(
  trx: Trx,
  cycleId: string,
  people: readonly (PersonFields & Omit<ParticipationFields, 'cycleId' | 'personId'>)[],
): Promise<Map<string, string>> {
  const personIds = await insertPeople(
    trx,
    people.map((p) => ({
      organisationId: p.organisationId,
      email: p.email,
      name: p.name,
      jobTitle: p.jobTitle,
      seniority: p.seniority,
      languages: p.languages,
      location: p.location,
      gender: p.gender,
    })),
  );
  await insertParticipations(
    trx,
    people.map((p) => ({
      cycleId,
      personId: personIds.get(p.email)!,
      role: p.role,
      goals: p.goals,
      expertise: p.expertise,
      capacity: p.capacity,
    })),
  );
  return personIds;
}
