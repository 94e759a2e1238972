import type { Account, AccountRole } from '../../../shared/contract/auth.ts';
import type { Actor } from '../../http/actor.ts';
import { allowed, refused, type Verdict } from '../../policy.ts';

// What the coordinator may change about an account (only coordinators reach these routes).

type AccountFacts = Pick<Account, 'id' | 'role' | 'organisationId' | 'disabled'>;

const notYourself = refused(
  'conflict',
  'You cannot disable or demote your own account; ask another coordinator.',
);

export function mayChangeRole(actor: Actor, account: AccountFacts, role: AccountRole): Verdict {
  if (role === 'organisation_contact' && account.id === actor.accountId) return notYourself;
  if (role === account.role) return allowed;
  if (account.role === 'participant') {
    return refused('validation_failed', 'A participant account cannot change role.', [
      { path: 'role', message: 'cannot change for a participant' },
    ]);
  }
  if (role === 'organisation_contact' && !account.organisationId) {
    return refused(
      'validation_failed',
      'An organisation contact needs an organisation; invite them instead.',
      [{ path: 'role', message: 'needs an organisation' }],
    );
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
