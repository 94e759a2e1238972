import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import type { Actor } from '../../http/actor.ts';
import {
  cycleAbilities,
  mayAddOrganisationToCycle,
  mayChangeCycle,
  mayChangeCycleStatus,
  mayRemoveOrganisationFromCycle,
  maySeeCycle,
  mayStartTandemYear,
} from './cycles.policy.ts';

const coordinator = actor('coordinator', null);
const contactA = actor('organisation_contact', 'org-a');
const contactC = actor('organisation_contact', 'org-c');

const cycle = (status: CycleStatus) => ({ status, organisationIds: ['org-a', 'org-b'] });

describe('cycle rules', () => {
  // actor × phase → what the actor may do with the cycle
  const table: [string, Actor, CycleStatus, ReturnType<typeof cycleAbilities>][] = [
    [
      'coordinator, draft',
      coordinator,
      'draft',
      { edit: true, changeStatus: true, addOrganisations: true, removeOrganisations: true },
    ],
    [
      'coordinator, running',
      coordinator,
      'running',
      { edit: true, changeStatus: true, addOrganisations: true, removeOrganisations: true },
    ],
    [
      'coordinator, closed',
      coordinator,
      'closed',
      { edit: true, changeStatus: false, addOrganisations: false, removeOrganisations: true },
    ],
    [
      'contact taking part, open',
      contactA,
      'open',
      { edit: false, changeStatus: false, addOrganisations: false, removeOrganisations: false },
    ],
    [
      'contact not taking part',
      contactC,
      'open',
      { edit: false, changeStatus: false, addOrganisations: false, removeOrganisations: false },
    ],
  ];
  for (const [name, who, status, expected] of table) {
    it(name, () => expect(cycleAbilities(who, cycle(status))).toEqual(expected));
  }

  it('hide another organisation’s cycle as not found, before any other refusal', () => {
    expect(outcome(maySeeCycle(coordinator, { organisationIds: [] }))).toBe('allowed');
    expect(outcome(maySeeCycle(contactA, cycle('open')))).toBe('allowed');
    expect(maySeeCycle(contactC, cycle('open'))).toEqual({
      allowed: false,
      code: 'not_found',
      message: 'The cycle was not found',
    });
    expect(outcome(mayChangeCycle(contactC, cycle('open')))).toBe('not_found');
    expect(outcome(mayChangeCycle(contactA, cycle('open')))).toBe('forbidden');
  });

  // from × to → the coordinator's phase change
  const moves: [CycleStatus, CycleStatus, string][] = [
    ['draft', 'open', 'allowed'],
    ['draft', 'matching', 'conflict'],
    ['open', 'draft', 'allowed'],
    ['matching', 'running', 'allowed'],
    ['running', 'closed', 'allowed'],
    ['closed', 'running', 'conflict'],
    ['closed', 'closed', 'allowed'],
  ];
  for (const [from, to, expected] of moves) {
    it(`moves a ${from} cycle to ${to}: ${expected}`, () => {
      expect(outcome(mayChangeCycleStatus(coordinator, cycle(from), to))).toBe(expected);
    });
  }

  it('say why a phase change is refused', () => {
    expect(mayChangeCycleStatus(coordinator, cycle('open'), 'running')).toMatchObject({
      message: 'An open cycle cannot become running; it can become draft or matching.',
    });
    expect(mayChangeCycleStatus(coordinator, cycle('closed'), 'draft')).toMatchObject({
      message: 'A closed cycle cannot become draft; it is final.',
    });
  });

  it('let organisations join until the cycle is closed; joining again is no error', () => {
    expect(outcome(mayAddOrganisationToCycle(coordinator, cycle('running'), 'org-c'))).toBe('allowed');
    expect(mayAddOrganisationToCycle(coordinator, cycle('closed'), 'org-c')).toMatchObject({
      code: 'conflict',
      message: 'Organisations cannot join a closed cycle.',
    });
    expect(outcome(mayAddOrganisationToCycle(coordinator, cycle('closed'), 'org-a'))).toBe('allowed');
  });

  it('let an organisation leave once none of its people are in the cycle', () => {
    expect(outcome(mayRemoveOrganisationFromCycle(coordinator, cycle('closed'), 'org-a', 0))).toBe('allowed');
    expect(mayRemoveOrganisationFromCycle(coordinator, cycle('open'), 'org-a', 3)).toMatchObject({
      code: 'conflict',
      message: 'This organisation still has 3 participants in the cycle; remove them first.',
    });
    expect(mayRemoveOrganisationFromCycle(coordinator, cycle('open'), 'org-c', 0)).toMatchObject({
      code: 'not_found',
      message: 'The organisation in this cycle was not found',
    });
  });
});

describe('publishing starts the tandem year', () => {
  // phase → whether tandems may be published (and the cycle then runs)
  const table: [CycleStatus, string][] = [
    ['draft', 'allowed'],
    ['open', 'allowed'],
    ['matching', 'allowed'],
    ['running', 'allowed'],
    ['closed', 'conflict'],
  ];
  it.each(table)('%s → %s', (status, expected) => {
    expect(outcome(mayStartTandemYear({ status }))).toBe(expected);
  });
});

describe('a running tandem year', () => {
  it('does not step back while tandems are active, and closes at its end', () => {
    const running = cycle('running');
    expect(mayChangeCycleStatus(coordinator, running, 'matching', 3)).toEqual({
      allowed: false,
      code: 'conflict',
      message:
        'This cycle is running with 3 active tandems, whose reminders, health flags and surveys depend on it; it can only be closed at the end of the tandem year.',
    });
    expect(outcome(mayChangeCycleStatus(coordinator, running, 'closed', 3))).toBe('allowed');
    expect(outcome(mayChangeCycleStatus(coordinator, running, 'matching', 0))).toBe('allowed');
  });
});
