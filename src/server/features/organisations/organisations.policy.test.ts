import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { Actor } from '../../http/actor.ts';
import {
  mayChangeOrganisation,
  mayRemoveOrganisation,
  maySeeOrganisation,
  type OrganisationDependents,
  organisationAbilities,
} from './organisations.policy.ts';

const coordinator = actor('coordinator', null);
const contactA = actor('organisation_contact', 'org-a');
const contactB = actor('organisation_contact', 'org-b');

const alpha = { id: 'org-a', name: 'Alpha Bank' };
const none: OrganisationDependents = { people: 0, cycles: 0 };

describe('organisation rules', () => {
  // actor × what refers to the organisation → may see, change, remove; and what is offered
  const table: [string, Actor, OrganisationDependents, string, string, string][] = [
    ['coordinator, nothing refers to it', coordinator, none, 'allowed', 'allowed', 'allowed'],
    ['coordinator, it has people', coordinator, { people: 2, cycles: 0 }, 'allowed', 'allowed', 'conflict'],
    [
      'coordinator, it takes part in a cycle',
      coordinator,
      { people: 0, cycles: 1 },
      'allowed',
      'allowed',
      'conflict',
    ],
    ['its own contact', contactA, none, 'allowed', 'forbidden', 'forbidden'],
    ["another organisation's contact", contactB, none, 'not_found', 'not_found', 'not_found'],
  ];
  for (const [name, who, dependents, see, change, remove] of table) {
    it(name, () => {
      expect(outcome(maySeeOrganisation(who, alpha))).toBe(see);
      expect(outcome(mayChangeOrganisation(who, alpha))).toBe(change);
      expect(outcome(mayRemoveOrganisation(who, alpha, dependents))).toBe(remove);
      expect(organisationAbilities(who, alpha, dependents)).toEqual({
        edit: change === 'allowed',
        remove: remove === 'allowed',
      });
    });
  }

  it('say what stands in the way of deleting, with the counts for programs', () => {
    expect(mayRemoveOrganisation(coordinator, alpha, { people: 3, cycles: 2 })).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'Alpha Bank still has 3 people and takes part in 2 cycles; remove those first.',
      details: { people: 3, cycles: 2 },
    });
    expect(maySeeOrganisation(contactB, alpha)).toEqual({
      allowed: false,
      code: 'not_found',
      message: 'The organisation was not found',
    });
  });
});
