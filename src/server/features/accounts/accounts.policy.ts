import type { Account, AccountRole } from '../../../shared/contract/auth.ts';
import { errorMessages } from '../../../shared/i18n/errors.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, refused, type Verdict } from '../../policy.ts';

const say = messagesOf(errorMessages);

// What the coordinator may change about an account (only coordinators reach these routes).

type AccountFacts = Pick<Account, 'id' | 'role' | 'organisationId' | 'disabled'>;

const notYourself = refused('conflict', say('notYourself'));

export function mayChangeRole(actor: Actor, account: AccountFacts, role: AccountRole): Verdict {
  if (role === 'organisation_contact' && account.id === actor.accountId) return notYourself;
  if (role === account.role) return allowed;
  if (account.role === 'participant') {
    return refused('validation_failed', say('participantRoleFixed'), [
      { path: 'role', message: say('participantRoleFixedField') },
    ]);
  }
  if (role === 'organisation_contact' && !account.organisationId) {
    return refused('validation_failed', say('contactNeedsOrganisation'), [
      { path: 'role', message: say('contactNeedsOrganisationField') },
    ]);
  }
  return allowed;
}

export function mayDisable(actor: Actor, account: AccountFacts): Verdict {
  return account.id === actor.accountId ? notYourself : allowed;
}

/** The changes offered for an account: each one that would change something and be accepted. */
export function accountAbilities(actor: Actor, account: AccountFacts) {
  const changesTo = (role: AccountRole) =>
    role !== account.role && mayChangeRole(actor, account, role).allowed;
  return {
    makeCoordinator: changesTo('coordinator'),
    makeOrganisationContact: changesTo('organisation_contact'),
    disable: !account.disabled && mayDisable(actor, account).allowed,
    enable: account.disabled,
  };
}
