import type { AccountRole } from '../../shared/contract/auth.ts';
import { errorMessages } from '../../shared/i18n/errors.ts';
import { AppError } from '../errors.ts';
import { messagesOf } from '../messages.ts';

const say = messagesOf(errorMessages);

/** Who is calling: the signed-in account, as every service sees it. */
export interface Actor {
  accountId: string;
  email: string;
  name: string;
  role: AccountRole;
  /** The organisation a contact works for, or a participant's own organisation. */
  organisationId: string | null;
  personId: string | null;
  ip: string | null;
}

/**
 * The organisation whose data an actor may see, or null for the coordinator (all of it).
 * Participants never reach the consortium's management data.
 */
export function organisationScope(actor: Actor): string | null {
  if (actor.role === 'coordinator') return null;
  if (!actor.organisationId) throw new AppError('forbidden', say('noOrganisation'));
  return actor.organisationId;
}

export function auditContext(actor: Actor | null, ip: string | null) {
  return { actorAccountId: actor?.accountId ?? null, actorEmail: actor?.email ?? null, ip: actor?.ip ?? ip };
}
