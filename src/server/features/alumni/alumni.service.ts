import type {
  AlumniCycle,
  AlumniDirectoryEntry,
  AlumniInvitationAnswer,
  AlumniMentor,
  AlumniMentorList,
  DirectoryChoices,
  MyAlumni,
} from '../../../shared/contract/alumni.ts';
import { errorsAlumniMessages } from '../../../shared/i18n/errors-alumni.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { type Actor, auditContext } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce, refused } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { carryOverParticipation } from '../participants/participants.service.ts';
import {
  finishCompleteNominations,
  profileTopics,
  questionnaireForMatching,
} from '../questionnaire/questionnaire.service.ts';
import { alumniInvitationMail } from './alumni.mail.ts';
import {
  alumniCycles,
  type cycleTakesAlumni,
  type InvitationFacts,
  mayAcceptInvitation,
  mayDeclineInvitation,
  mayInviteAlumniTo,
  mayJoinDirectory,
  mayReadDirectory,
  notInvitableBecause,
} from './alumni.policy.ts';
import {
  type AlumniMentorRow,
  deleteDirectoryEntry,
  findDirectoryEntry,
  findInvitation,
  findLatestMentorParticipation,
  type InvitationRow,
  insertInvitations,
  listAlumniMentors,
  listDirectoryEntries,
  listLatestProfiles,
  listParticipationFacts,
  listPendingInvitations,
  listPeople,
  lockCycle,
  lockInvitation,
  markAnswered,
  type ParticipationFactRow,
  saveDirectoryEntry,
} from './alumni.repository.ts';

const say = messagesOf(errorsAlumniMessages);

// Alumni (decision 0026): who is one, the opt-in directory and the invitations of alumni mentors
// to a next cycle. Directory reads, invitations and their answers are audited.

/** Each person's alumni cycles, by person. */
async function alumniCyclesOf(db: Queryable, personIds: readonly string[]) {
  const rows = await listParticipationFacts(db, personIds);
  const byPerson = new Map<string, ParticipationFactRow[]>(personIds.map((id) => [id, []]));
  for (const row of rows) byPerson.get(row.person_id)?.push(row);
  return new Map<string, AlumniCycle[]>(
    [...byPerson].map(([personId, facts]) => [
      personId,
      alumniCycles(
        facts.map((f) => ({
          cycleId: f.cycle_id,
          cycleName: f.cycle_name,
          cycleStatus: f.cycle_status,
          startsOn: f.starts_on,
          endsOn: f.ends_on,
          role: f.role,
          hadTandem: Boolean(f.had_tandem),
        })),
      ),
    ]),
  );
}

/** The actor's own alumni cycles: none for anyone who is not a participant. */
async function ownAlumniCycles(db: Queryable, actor: Actor): Promise<AlumniCycle[]> {
  if (actor.role !== 'participant' || !actor.personId) return [];
  return (await alumniCyclesOf(db, [actor.personId])).get(actor.personId) ?? [];
}

function invitationFacts(row: InvitationRow): InvitationFacts {
  return {
    personId: row.person_id,
    answered: row.answered_at !== null,
    cycleStatus: row.cycle_status,
    organisationTakesPart: Boolean(row.organisation_takes_part),
    takesPart: Boolean(row.takes_part),
  };
}

/** The caller's standing: alumni cycles, directory entry, pending invitations. */
export async function readMyAlumni(db: Queryable, actor: Actor): Promise<MyAlumni> {
  const cycles = await ownAlumniCycles(db, actor);
  const isAlumnus = cycles.length > 0;
  const entry = actor.personId ? await findDirectoryEntry(db, actor.personId) : undefined;
  const invitations = actor.personId ? await listPendingInvitations(db, actor.personId) : [];
  return {
    cycles,
    directoryEntry: entry
      ? {
          showOrganisation: entry.show_organisation,
          showTopics: entry.show_topics,
          optedInAt: entry.opted_in_at.toISOString(),
          updatedAt: entry.updated_at.toISOString(),
        }
      : null,
    invitations: invitations.map((row) => ({
      id: row.id,
      cycleId: row.cycle_id,
      cycleName: row.cycle_name,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      invitedAt: row.created_at.toISOString(),
      can: {
        accept: mayAcceptInvitation(actor, invitationFacts(row)).allowed,
        decline: mayDeclineInvitation(actor, invitationFacts(row)).allowed,
      },
    })),
    can: {
      readDirectory: mayReadDirectory(actor, isAlumnus).allowed,
      joinDirectory: mayJoinDirectory(actor, isAlumnus).allowed,
    },
  };
}

/**
 * The directory: everyone listed, by name, with their alumni cycles, and their organisation and
 * topics only where they chose to show them (a hidden field is left out of the entry, not set to
 * null). `q` looks at what is shown only, so a search never reveals a hidden field.
 */
export async function readAlumniDirectory(
  db: Queryable,
  actor: Actor,
  q: string | undefined,
): Promise<AlumniDirectoryEntry[]> {
  const own = await ownAlumniCycles(db, actor);
  enforce(mayReadDirectory(actor, own.length > 0));
  const entries = await listDirectoryEntries(db);
  const personIds = entries.map((e) => e.person_id);
  const cyclesByPerson = await alumniCyclesOf(db, personIds);
  const topicsByPerson = await latestTopics(
    db,
    entries.filter((e) => e.show_topics).map((e) => e.person_id),
  );
  const listed: AlumniDirectoryEntry[] = [];
  for (const e of entries) {
    const cycles = cyclesByPerson.get(e.person_id) ?? [];
    // Listed while an alumnus; an entry whose cycles are gone (a participation removed) is not shown.
    if (cycles.length === 0) continue;
    const entry: AlumniDirectoryEntry = { personId: e.person_id, name: e.name, cycles };
    if (e.show_organisation) entry.organisationName = e.organisation_name;
    if (e.show_topics) entry.topics = topicsByPerson.get(e.person_id) ?? [];
    listed.push(entry);
  }
  const found = q ? listed.filter((entry) => matches(entry, q)) : listed;
  await recordAudit(db, auditContext(actor, null), {
    action: 'alumni.directory_read',
    targetType: 'alumni_directory',
    details: { count: found.length, ...(q ? { q } : {}) },
  });
  return found;
}

function matches(entry: AlumniDirectoryEntry, q: string): boolean {
  const needle = q.toLocaleLowerCase();
  return [entry.name, entry.organisationName ?? '', ...(entry.topics ?? [])].some((text) =>
    text.toLocaleLowerCase().includes(needle),
  );
}

/** The topics of each person's latest participation, as their profile shows them. */
async function latestTopics(db: Queryable, personIds: readonly string[]) {
  const profiles = await listLatestProfiles(db, personIds);
  const cycleTopics = new Map<string, readonly string[]>();
  const topics = new Map<string, string[]>();
  for (const profile of profiles) {
    let listedTopics = cycleTopics.get(profile.cycle_id);
    if (!listedTopics) {
      listedTopics = (await questionnaireForMatching(db, profile.cycle_id)).topics;
      cycleTopics.set(profile.cycle_id, listedTopics);
    }
    topics.set(profile.person_id, profileTopics(profile, listedTopics));
  }
  return topics;
}

/** Joins the directory, or changes what the entry shows. */
export async function joinAlumniDirectory(
  trx: Trx,
  actor: Actor,
  choices: DirectoryChoices,
  now: Date,
): Promise<MyAlumni> {
  const own = await ownAlumniCycles(trx, actor);
  enforce(mayJoinDirectory(actor, own.length > 0));
  const before = await findDirectoryEntry(trx, actor.personId!);
  await saveDirectoryEntry(trx, actor.personId!, choices, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: before ? 'alumni.directory_changed' : 'alumni.directory_joined',
    targetType: 'person',
    targetId: actor.personId!,
    details: { ...choices },
  });
  return readMyAlumni(trx, actor);
}

/** Leaves the directory: the entry is deleted (nothing to delete is no error). */
export async function leaveAlumniDirectory(trx: Trx, actor: Actor): Promise<MyAlumni> {
  if (actor.personId && (await deleteDirectoryEntry(trx, actor.personId))) {
    await recordAudit(trx, auditContext(actor, null), {
      action: 'alumni.directory_left',
      targetType: 'person',
      targetId: actor.personId,
    });
  }
  return readMyAlumni(trx, actor);
}

function presentMentor(row: AlumniMentorRow, cycle: { status: Parameters<typeof cycleTakesAlumni>[0] }) {
  const reason = notInvitableBecause({
    cycleStatus: cycle.status,
    organisationTakesPart: row.organisation_takes_part,
    hasAccount: row.has_account,
    invited: row.invitation_id !== null,
  });
  return {
    personId: row.person_id,
    name: row.name,
    organisationName: row.organisation_name,
    lastCycle: { cycleId: row.last_cycle_id, cycleName: row.last_cycle_name, endsOn: row.last_ends_on },
    organisationTakesPart: row.organisation_takes_part,
    hasAccount: row.has_account,
    invitation:
      row.invitation_id === null
        ? null
        : {
            id: row.invitation_id,
            state: row.invitation_answer ?? 'pending',
            invitedAt: row.invitation_created_at!.toISOString(),
            answeredAt: row.invitation_answered_at?.toISOString() ?? null,
          },
    can: { invite: reason === null },
    notInvitableBecause: reason,
  } satisfies AlumniMentor;
}

/** The alumni mentors the coordinator may invite to the cycle, and those invited to it. */
export async function listAlumniMentorsFor(
  db: Queryable,
  actor: Actor,
  cycleId: string,
): Promise<AlumniMentorList> {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  const rows = await listAlumniMentors(db, cycleId);
  return {
    mentors: rows.map((row) => presentMentor(row, cycle)),
    can: { invite: mayInviteAlumniTo(actor, cycle).allowed },
  };
}

/**
 * Invites alumni mentors to the cycle, all or none: each must be one the list offers for invitation
 * (409 naming those who are not). Each gets a mail with a link to their programme page.
 */
export async function inviteAlumniMentors(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  personIds: readonly string[],
  now: Date,
  siteOrigin: string,
): Promise<AlumniMentorList> {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  enforce(mayInviteAlumniTo(actor, cycle));
  await lockCycle(trx, cycleId);
  const wanted = [...new Set(personIds)];
  const offered = new Map((await listAlumniMentors(trx, cycleId)).map((row) => [row.person_id, row]));
  const refusedIds = wanted.filter((id) => {
    const row = offered.get(id);
    return !row || presentMentor(row, cycle).notInvitableBecause !== null;
  });
  if (refusedIds.length > 0) {
    enforce(
      refused('conflict', say('notInvitable', { count: refusedIds.length }), { personIds: refusedIds }),
    );
  }
  const ids = await insertInvitations(trx, cycleId, wanted, actor.accountId, now);
  for (const person of await listPeople(trx, wanted)) {
    await enqueueMail(trx, {
      to: person.email,
      kind: 'alumni.invitation',
      about: `alumni-invitation:${ids.get(person.id)}`,
      text: alumniInvitationMail({
        name: person.name,
        cycleName: cycle.name,
        startsOn: cycle.startsOn,
        endsOn: cycle.endsOn,
        lastCycleName: offered.get(person.id)!.last_cycle_name,
        link: `${siteOrigin}/my-programme`,
      }),
    });
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'alumni.invited',
    targetType: 'cycle',
    targetId: cycleId,
    details: { personIds: wanted, invitationIds: [...ids.values()] },
  });
  return listAlumniMentorsFor(trx, actor, cycleId);
}

async function ownInvitation(trx: Trx, id: string) {
  await lockInvitation(trx, id);
  const row = await findInvitation(trx, id);
  if (!row) throw new AppError('not_found', say('invitationNotFound'));
  return row;
}

/**
 * Accepts an invitation: the person takes part in the cycle as a mentor, with the profile of their
 * latest mentor participation carried over (topics no longer on the cycle's list left out); a
 * profile that holds every required answer counts as finished.
 */
export async function acceptAlumniInvitation(
  trx: Trx,
  actor: Actor,
  id: string,
  now: Date,
): Promise<AlumniInvitationAnswer> {
  const row = await ownInvitation(trx, id);
  enforce(mayAcceptInvitation(actor, invitationFacts(row)));
  const from = await findLatestMentorParticipation(trx, row.person_id);
  if (!from) throw new AppError('conflict', say('noMentorProfile'));
  const { topics: cycleTopics } = await questionnaireForMatching(trx, row.cycle_id);
  const listed = new Map(cycleTopics.map((t) => [t.trim().toLowerCase(), t]));
  const topics = [...new Set(from.topics.flatMap((t) => listed.get(t.trim().toLowerCase()) ?? []))];
  const participantId = await carryOverParticipation(trx, actor, from.id, row.cycle_id, topics, now);
  await finishCompleteNominations(trx, row.cycle_id, [participantId], now);
  await markAnswered(trx, id, 'accepted', now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'alumni.invitation_accepted',
    targetType: 'alumni_invitation',
    targetId: id,
    details: { cycleId: row.cycle_id, participantId, carriedOverFrom: from.id },
  });
  return { invitationId: id, answer: 'accepted', participantId };
}

export async function declineAlumniInvitation(
  trx: Trx,
  actor: Actor,
  id: string,
  now: Date,
): Promise<AlumniInvitationAnswer> {
  const row = await ownInvitation(trx, id);
  enforce(mayDeclineInvitation(actor, invitationFacts(row)));
  await markAnswered(trx, id, 'declined', now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'alumni.invitation_declined',
    targetType: 'alumni_invitation',
    targetId: id,
    details: { cycleId: row.cycle_id },
  });
  return { invitationId: id, answer: 'declined', participantId: null };
}
