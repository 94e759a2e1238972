import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { Actor } from '../../http/actor.ts';
import {
  mayChangeTandemSpace,
  mayDissolveTandem,
  mayEnterTandemSpace,
  mayRematchMentee,
  maySeeTandem,
  maySeeTandems,
  mayStartTandem,
  seesWholeProfile,
  type TandemFacts,
  tandemAbilities,
  tandemScope,
  tandemSideOf,
} from './tandems.policy.ts';

const coordinator = actor('coordinator', null);
const contactA = actor('organisation_contact', 'org-a');
const contactB = actor('organisation_contact', 'org-b');
const contactC = actor('organisation_contact', 'org-c');
const contactOfNone = actor('organisation_contact', null);
const mia = actor('participant', 'org-a', 'mia');
const bea = actor('participant', 'org-b', 'bea');
const ben = actor('participant', 'org-b', 'ben');
const personless = actor('participant', 'org-a', null);

/** Mia (mentee, of A) and Bea (mentor, of B). */
const tandem = (dissolved = false): TandemFacts => ({
  menteePersonId: 'mia',
  mentorPersonId: 'bea',
  menteeOrganisationId: 'org-a',
  mentorOrganisationId: 'org-b',
  dissolved,
});

/** Whether the list's query filter lets the tandem through: the same rule, as the query applies it. */
function inScope(who: Actor, t: TandemFacts) {
  const scope = tandemScope(who);
  if (scope.personId) return [t.menteePersonId, t.mentorPersonId].includes(scope.personId);
  if (scope.organisationId) {
    return [t.menteeOrganisationId, t.mentorOrganisationId].includes(scope.organisationId);
  }
  return true;
}

describe('tandem rules', () => {
  // actor → sees the tandem, enters its space (agreement, goals, meetings), and on which side
  const table: [string, Actor, string, string, 'mentee' | 'mentor' | null][] = [
    ['coordinator', coordinator, 'allowed', 'not_found', null],
    ["the mentee's contact", contactA, 'allowed', 'not_found', null],
    ["the mentor's contact", contactB, 'allowed', 'not_found', null],
    ['a contact of neither side', contactC, 'not_found', 'not_found', null],
    ['a contact of no organisation', contactOfNone, 'forbidden', 'not_found', null],
    ['the mentee', mia, 'allowed', 'allowed', 'mentee'],
    ['the mentor', bea, 'allowed', 'allowed', 'mentor'],
    ['another participant of the mentor’s organisation', ben, 'not_found', 'not_found', null],
    ['a participant account without a person', personless, 'not_found', 'not_found', null],
  ];
  for (const [name, who, sees, enters, side] of table) {
    it(name, () => {
      expect(outcome(maySeeTandem(who, tandem()))).toBe(sees);
      expect(outcome(mayEnterTandemSpace(who, tandem()))).toBe(enters);
      expect(tandemSideOf(who, tandem())).toBe(side);
      // The list's filter shows exactly the tandems the actor may see.
      if (maySeeTandems(who).allowed) expect(inScope(who, tandem())).toBe(sees === 'allowed');
    });
  }

  it('answer 404 as if the tandem did not exist, and tell a contact of no organisation why', () => {
    expect(maySeeTandem(contactC, tandem())).toEqual({
      allowed: false,
      code: 'not_found',
      message: 'The tandem was not found',
    });
    expect(mayEnterTandemSpace(coordinator, tandem())).toMatchObject({ message: 'The tandem was not found' });
    expect(maySeeTandems(contactOfNone)).toMatchObject({
      code: 'forbidden',
      message: 'This account belongs to no organisation.',
    });
  });

  it('show a contact whole profiles of their own organisation’s people only', () => {
    expect(seesWholeProfile(contactA, 'org-a')).toBe(true);
    expect(seesWholeProfile(contactA, 'org-b')).toBe(false);
    expect(seesWholeProfile(coordinator, 'org-b')).toBe(true);
    expect(seesWholeProfile(mia, 'org-b')).toBe(true);
  });

  it('keep an ended tandem’s space as it is', () => {
    expect(mayChangeTandemSpace(tandem()).allowed).toBe(true);
    expect(mayChangeTandemSpace(tandem(true))).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'This tandem has ended; it can no longer be changed.',
    });
  });
});

describe('dissolving and re-matching', () => {
  // actor × tandem × the mentee's active tandem → may dissolve, may re-match, and what is offered
  type Row = [
    string,
    Actor,
    boolean,
    boolean,
    string,
    string,
    { dissolve: boolean; proposeRematch: boolean },
  ];
  const table: Row[] = [
    [
      'coordinator, active',
      coordinator,
      false,
      true,
      'allowed',
      'conflict',
      { dissolve: true, proposeRematch: false },
    ],
    [
      'coordinator, dissolved, mentee without a tandem',
      coordinator,
      true,
      false,
      'conflict',
      'allowed',
      { dissolve: false, proposeRematch: true },
    ],
    [
      'coordinator, dissolved, mentee re-matched already',
      coordinator,
      true,
      true,
      'conflict',
      'conflict',
      { dissolve: false, proposeRematch: false },
    ],
    [
      'contact, active',
      contactA,
      false,
      true,
      'forbidden',
      'forbidden',
      { dissolve: false, proposeRematch: false },
    ],
    [
      'contact, dissolved',
      contactA,
      true,
      false,
      'forbidden',
      'forbidden',
      { dissolve: false, proposeRematch: false },
    ],
    [
      'member, active',
      mia,
      false,
      true,
      'forbidden',
      'forbidden',
      { dissolve: false, proposeRematch: false },
    ],
    [
      'member, dissolved',
      bea,
      true,
      false,
      'forbidden',
      'forbidden',
      { dissolve: false, proposeRematch: false },
    ],
  ];
  for (const [name, who, dissolved, hasActiveTandem, dissolve, rematch, offered] of table) {
    it(name, () => {
      expect(outcome(mayDissolveTandem(who, tandem(dissolved)))).toBe(dissolve);
      expect(outcome(mayRematchMentee(who, { hasActiveTandem }))).toBe(rematch);
      expect(tandemAbilities(who, tandem(dissolved), { hasActiveTandem })).toEqual(offered);
    });
  }

  it('offers no re-match for an active tandem, whatever the facts say', () => {
    expect(tandemAbilities(coordinator, tandem(false), { hasActiveTandem: false }).proposeRematch).toBe(
      false,
    );
  });

  it('say why they refuse', () => {
    expect(mayDissolveTandem(coordinator, tandem(true))).toMatchObject({
      message: 'This tandem has been dissolved already.',
    });
    expect(mayRematchMentee(coordinator, { hasActiveTandem: true })).toMatchObject({
      message: 'This mentee has an active tandem; dissolve it first.',
    });
    expect(mayDissolveTandem(contactA, tandem())).toMatchObject({
      message: 'Your role does not allow this.',
    });
    expect(mayStartTandem({ name: 'Mia Mentee', hasActiveTandem: true })).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'Mia Mentee has an active tandem already.',
    });
    expect(mayStartTandem({ name: 'Mia Mentee', hasActiveTandem: false }).allowed).toBe(true);
  });
});
