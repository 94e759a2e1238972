import { describe, expect, it } from 'vitest';
import { testActor as actor } from '../../../../test/policy-fixtures.ts';
import type { Invitation } from '../../../shared/contract/invitations.ts';
import type { Actor } from '../../http/actor.ts';
import {
  invitationAbilities,
  mayInvite,
  mayInviteParticipantsOf,
  mayRevokeInvitation,
  maySeeInvitation,
} from './invitations.policy.ts';

const coordinator = actor('coordinator', null);
const contactA = actor('organisation_contact', 'org-a');
const contactB = actor('organisation_contact', 'org-b');

const invitation = (
  role: Invitation['role'],
  status: Invitation['status'],
): Pick<Invitation, 'email' | 'role' | 'organisationId' | 'status'> => ({
  email: 'ina@alpha.example',
  role,
  organisationId: 'org-a',
  status,
});

describe('invitation rules', () => {
  // actor × invitation → may revoke (outcome code), and is revoking offered
  const table: [string, Actor, Invitation['role'], Invitation['status'], string, boolean][] = [
    ['coordinator, pending participant', coordinator, 'participant', 'pending', 'allowed', true],
    ['coordinator, pending contact', coordinator, 'organisation_contact', 'pending', 'allowed', true],
    ['coordinator, accepted', coordinator, 'participant', 'accepted', 'conflict', false],
    ['coordinator, revoked: again is no error', coordinator, 'participant', 'revoked', 'allowed', false],
    ['coordinator, expired', coordinator, 'participant', 'expired', 'allowed', false],
    ['own contact, pending participant', contactA, 'participant', 'pending', 'allowed', true],
    ['own contact, pending contact', contactA, 'organisation_contact', 'pending', 'forbidden', false],
    ['own contact, accepted', contactA, 'participant', 'accepted', 'conflict', false],
    ["another organisation's contact", contactB, 'participant', 'pending', 'not_found', false],
    [
      "another organisation's contact, a contact",
      contactB,
      'organisation_contact',
      'pending',
      'not_found',
      false,
    ],
  ];
  for (const [name, who, role, status, outcome, offered] of table) {
    it(name, () => {
      const verdict = mayRevokeInvitation(who, invitation(role, status));
      expect(verdict.allowed ? 'allowed' : verdict.code).toBe(outcome);
      expect(invitationAbilities(who, invitation(role, status))).toEqual({ revoke: offered });
    });
  }

  it('lets only the coordinator invite contacts; contacts see their own organisation only', () => {
    expect(mayInvite(coordinator, 'organisation_contact').allowed).toBe(true);
    expect(mayInvite(contactA, 'organisation_contact')).toMatchObject({ allowed: false, code: 'forbidden' });
    expect(mayInvite(contactA, 'participant').allowed).toBe(true);
    expect(maySeeInvitation(contactA, { organisationId: 'org-a' }).allowed).toBe(true);
    expect(maySeeInvitation(contactB, { organisationId: 'org-a' })).toMatchObject({ code: 'not_found' });
    expect(maySeeInvitation(coordinator, { organisationId: 'org-a' }).allowed).toBe(true);
  });
  // actor × whose participants → may invite them all (outcome code)
  const bulk: [string, Actor, string, string][] = [
    ['coordinator, any organisation', coordinator, 'org-b', 'allowed'],
    ['own contact, own organisation', contactA, 'org-a', 'allowed'],
    ["contact, another organisation's people", contactA, 'org-b', 'not_found'],
  ];
  for (const [name, who, organisationId, outcome] of bulk) {
    it(`invite all: ${name}`, () => {
      const verdict = mayInviteParticipantsOf(who, organisationId);
      expect(verdict.allowed ? 'allowed' : verdict.code).toBe(outcome);
    });
  }
});
