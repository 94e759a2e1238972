import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { EventAudience } from '../../../shared/contract/events.ts';
import {
  type EventFacts,
  inAudience,
  mayAddEvents,
  mayChangeEvent,
  mayMarkAttendance,
  mayMessageRegistrants,
  mayRegister,
  maySeeEvent,
  mayUnregister,
  type Standing,
} from './events.policy.ts';

// An event from 17:00 to 19:00 UTC on 4 March 2027, registering until 25 February.
const event = (changes: Partial<EventFacts> = {}): EventFacts => ({
  audience: 'everyone',
  cycleStatus: 'running',
  startsAt: new Date('2027-03-04T17:00:00Z'),
  endsAt: new Date('2027-03-04T19:00:00Z'),
  timeZone: 'Europe/Berlin',
  registrationDeadline: new Date('2027-02-25T17:00:00Z'),
  cancelledAt: null,
  ...changes,
});
const before = new Date('2027-02-01T00:00:00Z');
const afterDeadline = new Date('2027-02-26T00:00:00Z');
const during = new Date('2027-03-04T18:00:00Z');
const after = new Date('2027-03-05T00:00:00Z');

const mentor: Standing = { kind: 'participant', role: 'mentor', participantId: 'p1', organisationId: 'A' };
const mentee: Standing = { kind: 'participant', role: 'mentee', participantId: 'p2', organisationId: 'A' };
const contact: Standing = { kind: 'contact', organisationId: 'A' };
const coordinator: Standing = { kind: 'coordinator' };
const stranger: Standing = { kind: 'none' };

describe('inAudience and maySeeEvent', () => {
  it.each<[string, Standing, EventAudience, boolean, string]>([
    ['a mentor, everyone', mentor, 'everyone', true, 'allowed'],
    ['a mentor, mentors', mentor, 'mentors', true, 'allowed'],
    ['a mentor, mentees', mentor, 'mentees', false, 'not_found'],
    ['a mentee, mentees', mentee, 'mentees', true, 'allowed'],
    ['a mentee, contacts', mentee, 'contacts', false, 'not_found'],
    ['a contact, contacts', contact, 'contacts', true, 'allowed'],
    ['a contact, mentors (sees it for their people)', contact, 'mentors', false, 'allowed'],
    ['the coordinator, mentees', coordinator, 'mentees', false, 'allowed'],
    ['someone outside the cycle', stranger, 'everyone', false, 'not_found'],
  ])('%s', (_, standing, audience, invited, seen) => {
    expect(inAudience(standing, audience)).toBe(invited);
    expect(outcome(maySeeEvent(standing, { audience }))).toBe(seen);
  });
});

describe('mayRegister and mayUnregister', () => {
  it.each<[string, Standing, EventFacts, boolean, Date, string, string]>([
    ['open, not yet registered', mentee, event(), false, before, 'allowed', 'conflict'],
    ['open, registered', mentee, event(), true, before, 'conflict', 'allowed'],
    [
      'after the deadline',
      mentee,
      event(),
      true,
      afterDeadline,
      'registration_closed',
      'registration_closed',
    ],
    ['cancelled', mentee, event({ cancelledAt: before }), true, before, 'conflict', 'conflict'],
    ['not for mentees', mentee, event({ audience: 'mentors' }), false, before, 'not_found', 'not_found'],
    [
      'a contact, for mentees',
      contact,
      event({ audience: 'mentees' }),
      false,
      before,
      'forbidden',
      'forbidden',
    ],
    ['the coordinator', coordinator, event(), false, before, 'forbidden', 'forbidden'],
    ['someone outside the cycle', stranger, event(), false, before, 'not_found', 'not_found'],
  ])('%s', (_, standing, facts, registered, now, register, unregister) => {
    expect(outcome(mayRegister(standing, facts, registered, now))).toBe(register);
    expect(outcome(mayUnregister(standing, facts, registered, now))).toBe(unregister);
  });
});

describe('the coordinator’s rules', () => {
  const coordinatorActor = actor('coordinator');
  it.each<[string, ReturnType<typeof actor>, EventFacts, Date, string, string, string]>([
    ['before the start', coordinatorActor, event(), before, 'allowed', 'conflict', 'allowed'],
    ['during it', coordinatorActor, event(), during, 'allowed', 'allowed', 'allowed'],
    ['after it', coordinatorActor, event(), after, 'conflict', 'allowed', 'allowed'],
    [
      'cancelled',
      coordinatorActor,
      event({ cancelledAt: before }),
      during,
      'conflict',
      'conflict',
      'conflict',
    ],
    [
      'in a closed cycle',
      coordinatorActor,
      event({ cycleStatus: 'closed' }),
      after,
      'conflict',
      'allowed',
      'allowed',
    ],
    ['a contact', actor('organisation_contact', 'A'), event(), during, 'forbidden', 'forbidden', 'forbidden'],
    ['a participant', actor('participant', 'A'), event(), during, 'forbidden', 'forbidden', 'forbidden'],
  ])('%s: change, mark attendance, message', (_, who, facts, now, change, mark, message) => {
    expect(outcome(mayChangeEvent(who, facts, now))).toBe(change);
    expect(outcome(mayMarkAttendance(who, facts, now))).toBe(mark);
    expect(outcome(mayMessageRegistrants(who, facts))).toBe(message);
  });

  it('adds events to a cycle until it closes', () => {
    expect(outcome(mayAddEvents(coordinatorActor, 'draft'))).toBe('allowed');
    expect(outcome(mayAddEvents(coordinatorActor, 'running'))).toBe('allowed');
    expect(outcome(mayAddEvents(coordinatorActor, 'closed'))).toBe('conflict');
    expect(outcome(mayAddEvents(actor('organisation_contact', 'A'), 'open'))).toBe('forbidden');
  });
});
