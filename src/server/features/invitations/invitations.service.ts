import {
  INVITATION_VALID_DAYS,
  type Invitation,
  type InvitationInput,
  type InviteAllInput,
} from '../../../shared/contract/invitations.ts';
import { errorsInvitationsMessages } from '../../../shared/i18n/errors-invitations.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { addAccount, emailHasAccount } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  hashNewPassword,
  hashToken,
  newToken,
  type RequestOrigin,
  startSession,
} from '../auth/auth.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { organisationExists } from '../organisations/organisations.service.ts';
import { enqueueMail, withdrawUnsentMail } from '../outbox/outbox.service.ts';
import { invitationMail } from './invitations.mail.ts';
import {
  invitationAbilities,
  mayInvite,
  mayInviteParticipantsOf,
  mayRevokeInvitation,
} from './invitations.policy.ts';
import {
  findInvitation,
  findInvitationByTokenHash,
  type InvitationRecord,
  insertInvitation,
  listCycleInvitees,
  listInvitations,
  lockBulkInvitations,
  markInvitationAccepted,
  markInvitationRevoked,
} from './invitations.repository.ts';

const say = messagesOf(errorsInvitationsMessages);

const DAY_MS = 24 * 60 * 60 * 1000;

/** What an invitation's mail is about in the outbox, so revoking can withdraw it while unsent. */
const mailAbout = (invitationId: string) => `invitation:${invitationId}`;

async function invitee(db: Queryable, actor: Actor, input: InvitationInput) {
  const scope = organisationScope(actor);
  enforce(mayInvite(actor, input.role));
  if (input.role === 'organisation_contact') {
    if (!(await organisationExists(db, input.organisationId))) throw notFound('organisation');
    return { email: input.email, name: input.name, organisationId: input.organisationId, personId: null };
  }
  const person = await db
    .selectFrom('people')
    .select(['id', 'email', 'name', 'organisation_id'])
    .where('id', '=', input.personId)
    .executeTakeFirst();
  if (!person || (scope !== null && person.organisation_id !== scope)) throw notFound('person');
  return {
    email: person.email,
    name: person.name,
    organisationId: person.organisation_id,
    personId: person.id,
  };
}

/** Creates a one-time invitation link; until mail exists, it is shown to the inviter and kept in the outbox. */
export async function createInvitation(
  trx: Trx,
  actor: Actor,
  input: InvitationInput,
  now: Date,
  siteOrigin: string,
) {
  const target = await invitee(trx, actor, input);
  if (await emailHasAccount(trx, target.email)) {
    throw conflict(say('hasAccount', { email: target.email }), [
      { path: 'email', message: say('hasAccountField') },
    ]);
  }
  const { invitation, link } = await issueInvitation(
    trx,
    actor,
    { ...target, role: input.role },
    now,
    siteOrigin,
  );
  return { invitation: present(actor, invitation), link };
}

type Invitee = {
  email: string;
  name: string;
  role: Invitation['role'];
  organisationId: string;
  personId: string | null;
};

/** Stores one invitation, queues its mail and records it: what inviting one person and many share. */
async function issueInvitation(trx: Trx, actor: Actor, target: Invitee, now: Date, siteOrigin: string) {
  const token = newToken();
  const id = await insertInvitation(trx, {
    token_hash: hashToken(token),
    email: target.email,
    name: target.name,
    role: target.role,
    organisation_id: target.organisationId,
    person_id: target.personId,
    invited_by: actor.accountId,
    created_at: now,
    expires_at: new Date(now.getTime() + INVITATION_VALID_DAYS * DAY_MS),
  });
  const link = `${siteOrigin}/invitations/${token}`;
  const invitation = (await findInvitation(trx, id, now))!;
  await enqueueMail(trx, {
    to: target.email,
    kind: 'invitation',
    about: mailAbout(id),
    text: invitationMail({
      name: target.name,
      inviterName: actor.name,
      organisationName: invitation.organisationName,
      link,
      validDays: INVITATION_VALID_DAYS,
    }),
  });
  await recordAudit(trx, auditContext(actor, null), {
    action: 'invitation.created',
    targetType: 'invitation',
    targetId: id,
    details: { email: target.email, role: target.role, organisationId: target.organisationId },
  });
  return { invitation, link };
}

/**
 * The participants a bulk invitation reaches, sorted into those it would invite and those it
 * leaves out (and why). A contact reaches their own organisation only; naming another answers 404.
 */
async function bulkInvitees(db: Queryable, actor: Actor, input: InviteAllInput, now: Date) {
  enforce(mayInvite(actor, 'participant'));
  await getVisibleCycle(db, actor, input.cycleId);
  const scope = organisationScope(actor);
  const organisationId = input.organisationId ?? scope;
  if (organisationId !== null) {
    enforce(mayInviteParticipantsOf(actor, organisationId));
    if (!(await organisationExists(db, organisationId))) throw notFound('organisation');
  }
  const people = await listCycleInvitees(db, input.cycleId, organisationId, now);
  const toInvite = people.filter((p) => !p.hasAccount && !p.pendingInvitation);
  const skipped = {
    hasAccount: people.filter((p) => p.hasAccount).length,
    pendingInvitation: people.filter((p) => !p.hasAccount && p.pendingInvitation).length,
  };
  return { toInvite, skipped };
}

/** How many inviting everyone would reach now, for the page to say before the user confirms. */
export async function previewInviteAll(db: Queryable, actor: Actor, input: InviteAllInput, now: Date) {
  const { toInvite, skipped } = await bulkInvitees(db, actor, input, now);
  return { toInvite: toInvite.length, skipped };
}

/**
 * Invites every participant of the cycle (or of one organisation in it) who has no account and no
 * pending invitation, all in the caller's transaction. Running it again invites nobody new: the
 * first run's invitations are pending.
 */
export async function inviteAll(
  trx: Trx,
  actor: Actor,
  input: InviteAllInput,
  now: Date,
  siteOrigin: string,
) {
  await lockBulkInvitations(trx);
  const { toInvite, skipped } = await bulkInvitees(trx, actor, input, now);
  for (const person of toInvite) {
    await issueInvitation(trx, actor, { ...person, role: 'participant' }, now, siteOrigin);
  }
  await recordAudit(trx, auditContext(actor, null), {
    action: 'invitation.bulk_created',
    targetType: 'cycle',
    targetId: input.cycleId,
    details: {
      organisationId: input.organisationId ?? organisationScope(actor),
      invited: toInvite.length,
      skipped,
    },
  });
  return { invited: toInvite.length, skipped };
}

/** An invitation as its caller sees it: without the person's id, with what the caller may do. */
function present(actor: Actor, { personId: _person, ...invitation }: InvitationRecord): Invitation {
  return { ...invitation, can: invitationAbilities(actor, invitation) };
}

/** The invitations the caller may see, and whether they may invite contacts. */
export async function listVisibleInvitations(db: Queryable, actor: Actor, now: Date) {
  const invitations = await listInvitations(db, organisationScope(actor), now);
  return {
    invitations: invitations.map((invitation) => present(actor, invitation)),
    can: {
      inviteContacts: mayInvite(actor, 'organisation_contact').allowed,
      inviteParticipants: mayInvite(actor, 'participant').allowed,
    },
  };
}

/**
 * Revokes an invitation that has not been used: its link stops working at once. The coordinator
 * revokes any; a contact revokes invitations of their own participants (other organisations' answer
 * 404, as if they did not exist). Revoking twice changes nothing.
 */
export async function revokeInvitation(trx: Trx, actor: Actor, id: string, now: Date) {
  const invitation = await findInvitation(trx, id, now);
  if (!invitation) throw notFound('invitation');
  enforce(mayRevokeInvitation(actor, invitation));
  if (await markInvitationRevoked(trx, id, now)) {
    // Its mail, if it has not gone out yet, would only carry a dead link (perhaps to a wrong address).
    await withdrawUnsentMail(trx, mailAbout(id));
    await recordAudit(trx, auditContext(actor, null), {
      action: 'invitation.revoked',
      targetType: 'invitation',
      targetId: id,
      details: { email: invitation.email, role: invitation.role, organisationId: invitation.organisationId },
    });
  }
  // Read again: another request may have accepted it in the meantime.
  const current = (await findInvitation(trx, id, now))!;
  enforce(mayRevokeInvitation(actor, current));
  return present(actor, current);
}

function invalidInvitation(status: Invitation['status'] | undefined): AppError {
  return new AppError(
    'invitation_invalid',
    say(status === 'accepted' ? 'linkUsed' : status === 'revoked' ? 'linkWithdrawn' : 'linkInvalid'),
  );
}

async function pendingInvitation(db: Queryable, token: string, now: Date) {
  const invitation = await findInvitationByTokenHash(db, hashToken(token), now);
  if (invitation?.status !== 'pending') throw invalidInvitation(invitation?.status);
  return invitation;
}

export async function previewInvitation(db: Queryable, token: string, now: Date) {
  const invitation = await pendingInvitation(db, token, now);
  return {
    email: invitation.email,
    name: invitation.name,
    role: invitation.role,
    organisationName: invitation.organisationName,
  };
}

export async function acceptInvitation(
  trx: Trx,
  token: string,
  input: { name?: string; password: string },
  origin: RequestOrigin,
  now: Date,
) {
  const invitation = await pendingInvitation(trx, token, now);
  const passwordHash = await hashNewPassword(input.password);
  if (!(await markInvitationAccepted(trx, invitation.id, now))) {
    // Used or revoked in the meantime: say which.
    throw invalidInvitation((await findInvitation(trx, invitation.id, now))?.status);
  }
  if (await emailHasAccount(trx, invitation.email)) {
    throw conflict(say('hasAccountSignIn', { email: invitation.email }));
  }
  const accountId = await addAccount(trx, {
    email: invitation.email,
    name: input.name ?? invitation.name,
    passwordHash,
    role: invitation.role,
    organisationId: invitation.role === 'organisation_contact' ? invitation.organisationId : null,
    personId: invitation.personId,
  });
  const context = { actorAccountId: accountId, actorEmail: invitation.email, ip: origin.ip };
  await recordAudit(trx, context, {
    action: 'invitation.accepted',
    targetType: 'invitation',
    targetId: invitation.id,
  });
  await recordAudit(trx, context, {
    action: 'account.role_granted',
    targetType: 'account',
    targetId: accountId,
    details: { role: invitation.role, organisationId: invitation.organisationId },
  });
  const sessionToken = await startSession(trx, accountId, origin, now);
  return { accountId, sessionToken };
}
