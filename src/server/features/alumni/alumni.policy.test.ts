import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import {
  alumniCycles,
  type InvitationFacts,
  mayAcceptInvitation,
  mayDeclineInvitation,
  mayInviteAlumniTo,
  mayJoinDirectory,
  mayReadDirectory,
  notInvitableBecause,
  type ParticipationFacts,
} from './alumni.policy.ts';

const participation = (
  cycleStatus: CycleStatus,
  hadTandem: boolean,
  overrides: Partial<ParticipationFacts> = {},
): ParticipationFacts => ({
  cycleId: `cycle-${cycleStatus}`,
  cycleName: `Cycle ${cycleStatus}`,
  cycleStatus,
  startsOn: '2027-01-15',
  endsOn: '2027-12-15',
  role: 'mentee',
  hadTandem,
  ...overrides,
});

describe('alumniCycles', () => {
  it.each([
    ['closed, with a tandem', [participation('closed', true)], ['cycle-closed']],
    ['closed, never in a tandem', [participation('closed', false)], []],
    ['running, with a tandem', [participation('running', true)], []],
    ['matching, draft, open', [participation('matching', true), participation('draft', true)], []],
    [
      'two closed cycles, newest first, each with its role',
      [
        participation('closed', true, { cycleId: 'old', endsOn: '2026-12-15', role: 'mentee' }),
        participation('closed', true, { cycleId: 'new', endsOn: '2027-12-15', role: 'mentor' }),
        participation('running', true, { cycleId: 'now', endsOn: '2028-12-15' }),
      ],
      ['new', 'old'],
    ],
  ] as const)('%s', (_name, facts, expected) => {
    expect(alumniCycles(facts).map((c) => c.cycleId)).toEqual(expected);
  });

  it('keeps the role and dates of each cycle', () => {
    expect(alumniCycles([participation('closed', true, { role: 'mentor' })])).toEqual([
      {
        cycleId: 'cycle-closed',
        cycleName: 'Cycle closed',
        role: 'mentor',
        startsOn: '2027-01-15',
        endsOn: '2027-12-15',
      },
    ]);
  });
});

describe('mayReadDirectory and mayJoinDirectory', () => {
  it.each([
    ['coordinator', actor('coordinator'), false, 'allowed', 'forbidden'],
    ['alumnus', actor('participant'), true, 'allowed', 'allowed'],
    ['participant, no alumnus', actor('participant'), false, 'not_found', 'not_found'],
    ['contact', actor('organisation_contact', 'org'), false, 'forbidden', 'forbidden'],
    [
      'contact who was a participant once',
      actor('organisation_contact', 'org'),
      true,
      'forbidden',
      'forbidden',
    ],
  ] as const)('%s: reads %s… joins', (_name, who, isAlumnus, reads, joins) => {
    expect(outcome(mayReadDirectory(who, isAlumnus))).toBe(reads);
    expect(outcome(mayJoinDirectory(who, isAlumnus))).toBe(joins);
  });
});

describe('mayInviteAlumniTo', () => {
  it.each([
    ['coordinator', 'draft', 'allowed'],
    ['coordinator', 'open', 'allowed'],
    ['coordinator', 'matching', 'conflict'],
    ['coordinator', 'running', 'conflict'],
    ['coordinator', 'closed', 'conflict'],
    ['organisation_contact', 'open', 'forbidden'],
    ['participant', 'open', 'forbidden'],
  ] as const)('%s, cycle %s: %s', (role, status, expected) => {
    expect(
      outcome(mayInviteAlumniTo(actor(role, role === 'organisation_contact' ? 'org' : null), { status })),
    ).toBe(expected);
  });

  it('names the phase in the way', () => {
    const verdict = mayInviteAlumniTo(actor('coordinator'), { status: 'running' });
    expect(verdict).toMatchObject({ allowed: false, details: { cycleStatus: 'running' } });
  });
});

describe('notInvitableBecause', () => {
  const ready = {
    cycleStatus: 'open',
    organisationTakesPart: true,
    hasAccount: true,
    invited: false,
  } as const;
  it.each([
    ['everything in place', ready, null],
    ['the cycle is matching', { ...ready, cycleStatus: 'matching' }, 'cycle_phase'],
    ['invited already', { ...ready, invited: true }, 'invited'],
    [
      'organisation not in the cycle',
      { ...ready, organisationTakesPart: false },
      'organisation_not_taking_part',
    ],
    ['no account', { ...ready, hasAccount: false }, 'no_account'],
    [
      'invited, and the organisation left',
      { ...ready, invited: true, organisationTakesPart: false },
      'invited',
    ],
  ] as const)('%s: %s', (_name, facts, expected) => {
    expect(notInvitableBecause(facts)).toBe(expected);
  });
});

describe('answering an invitation', () => {
  const pending: InvitationFacts = {
    personId: 'person',
    answered: false,
    cycleStatus: 'open',
    organisationTakesPart: true,
    takesPart: false,
  };
  it.each([
    ['the invited person', actor('participant'), pending, 'allowed', 'allowed'],
    ['someone else', actor('participant', null, 'other'), pending, 'not_found', 'not_found'],
    ['answered already', actor('participant'), { ...pending, answered: true }, 'conflict', 'conflict'],
    ['cycle matching', actor('participant'), { ...pending, cycleStatus: 'matching' }, 'conflict', 'allowed'],
    [
      'organisation left',
      actor('participant'),
      { ...pending, organisationTakesPart: false },
      'conflict',
      'allowed',
    ],
    ['nominated meanwhile', actor('participant'), { ...pending, takesPart: true }, 'conflict', 'allowed'],
    ['the coordinator', actor('coordinator'), pending, 'forbidden', 'forbidden'],
    ['a contact', actor('organisation_contact', 'org'), pending, 'forbidden', 'forbidden'],
  ] as const)('%s: accept %s, decline %s', (_name, who, facts, accepts, declines) => {
    expect(outcome(mayAcceptInvitation(who, facts))).toBe(accepts);
    expect(outcome(mayDeclineInvitation(who, facts))).toBe(declines);
  });
});
