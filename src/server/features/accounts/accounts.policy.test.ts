import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/contract/auth.ts';
import type { Actor } from '../../http/actor.ts';
import { accountAbilities, mayChangeRole, mayDisable } from './accounts.policy.ts';

const me: Actor = {
  accountId: 'me',
  email: 'cora@example.org',
  name: 'Cora',
  role: 'coordinator',
  organisationId: null,
  personId: null,
  ip: null,
};
type Facts = Pick<Account, 'id' | 'role' | 'organisationId' | 'disabled'>;
const account = (
  id: string,
  role: Account['role'],
  organisationId: string | null,
  disabled = false,
): Facts => ({
  id,
  role,
  organisationId,
  disabled,
});

describe('account rules', () => {
  // account → the changes offered to the signed-in coordinator
  const table: [string, Facts, ReturnType<typeof accountAbilities>][] = [
    [
      'another coordinator with an organisation',
      account('c2', 'coordinator', 'org'),
      { makeCoordinator: false, makeOrganisationContact: true, disable: true, enable: false },
    ],
    [
      'another coordinator without one: cannot become a contact',
      account('c3', 'coordinator', null),
      { makeCoordinator: false, makeOrganisationContact: false, disable: true, enable: false },
    ],
    [
      'a contact',
      account('h1', 'organisation_contact', 'org'),
      { makeCoordinator: true, makeOrganisationContact: false, disable: true, enable: false },
    ],
    [
      'a participant keeps their role',
      account('p1', 'participant', 'org'),
      { makeCoordinator: false, makeOrganisationContact: false, disable: true, enable: false },
    ],
    [
      'a disabled contact',
      account('h2', 'organisation_contact', 'org', true),
      { makeCoordinator: true, makeOrganisationContact: false, disable: false, enable: true },
    ],
    [
      'one’s own account',
      account('me', 'coordinator', null),
      { makeCoordinator: false, makeOrganisationContact: false, disable: false, enable: false },
    ],
  ];
  for (const [name, facts, expected] of table) {
    it(name, () => expect(accountAbilities(me, facts)).toEqual(expected));
  }

  it('refuse with the error the coordinator gets', () => {
    expect(mayDisable(me, account('me', 'coordinator', null))).toMatchObject({ code: 'conflict' });
    expect(mayChangeRole(me, account('me', 'coordinator', 'org'), 'organisation_contact')).toMatchObject({
      code: 'conflict',
    });
    expect(mayChangeRole(me, account('p1', 'participant', 'org'), 'coordinator')).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'role', message: 'cannot change for a participant' }],
    });
    expect(mayChangeRole(me, account('c3', 'coordinator', null), 'organisation_contact')).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'role', message: 'needs an organisation' }],
    });
    // Asking for the role an account has already changes nothing and is no error.
    expect(mayChangeRole(me, account('p1', 'participant', 'org'), 'participant').allowed).toBe(true);
  });
});
