import { describe, expect, it } from 'vitest';
import { testActor as actor, outcome } from '../../../../test/policy-fixtures.ts';
import type { CertificateState } from '../../../shared/contract/certificates.ts';
import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import {
  certificateState,
  completedCycle,
  cycleMidpoint,
  mayReadCertificate,
  mayReissueCertificate,
  mayWithholdCertificate,
} from './certificates.policy.ts';

// A cycle from 1 January to 31 December 2027: 364 days, so its midpoint is 2 July 2027.
const cycle = (status: CycleStatus = 'closed') => ({ status, startsOn: '2027-01-01', endsOn: '2027-12-31' });
const ended = (date: string | null) => ({ dissolvedAt: date === null ? null : new Date(date) });

describe('cycleMidpoint', () => {
  it.each([
    ['2027-01-01', '2027-12-31', '2027-07-02'],
    ['2027-01-15', '2027-12-15', '2027-07-01'],
    ['2027-03-01', '2027-03-02', '2027-03-01'],
    ['2027-03-01', '2027-03-01', '2027-03-01'],
  ])('from %s to %s is %s', (startsOn, endsOn, midpoint) => {
    expect(cycleMidpoint({ startsOn, endsOn })).toBe(midpoint);
  });
});

describe('completedCycle', () => {
  it.each([
    ['closed, one tandem never dissolved', cycle(), [ended(null)], true],
    ['closed, dissolved on the midpoint', cycle(), [ended('2027-07-02T00:00:00Z')], true],
    ['closed, dissolved late on the midpoint (UTC)', cycle(), [ended('2027-07-02T23:59:00Z')], true],
    ['closed, dissolved the day before the midpoint', cycle(), [ended('2027-07-01T23:59:00Z')], false],
    ['closed, dissolved early and never re-matched', cycle(), [ended('2027-02-10T09:00:00Z')], false],
    [
      'closed, dissolved early, the re-match lasted',
      cycle(),
      [ended('2027-02-10T09:00:00Z'), ended(null)],
      true,
    ],
    [
      'closed, dissolved early, the re-match dissolved after the midpoint',
      cycle(),
      [ended('2027-02-10T09:00:00Z'), ended('2027-09-01T09:00:00Z')],
      true,
    ],
    ['closed, never in a tandem', cycle(), [], false],
    ['running, tandem lasting', cycle('running'), [ended(null)], false],
    ['draft, tandem lasting', cycle('draft'), [ended(null)], false],
  ] as const)('%s: %s', (_name, c, tandems, expected) => {
    expect(completedCycle({ cycle: c, tandems })).toBe(expected);
  });
});

describe('certificateState', () => {
  it.each([
    ['closed, completed', cycle(), [ended(null)], false, 'available'],
    ['closed, completed, withheld', cycle(), [ended(null)], true, 'withheld'],
    ['closed, not completed', cycle(), [ended('2027-03-01T00:00:00Z')], false, 'not_completed'],
    [
      'closed, not completed, withheld early',
      cycle(),
      [ended('2027-03-01T00:00:00Z')],
      true,
      'not_completed',
    ],
    ['running', cycle('running'), [ended(null)], false, 'pending'],
    ['running, withheld in advance', cycle('running'), [ended(null)], true, 'pending'],
  ] as const)('%s: %s', (_name, c, tandems, withheld, expected) => {
    expect(certificateState({ cycle: c, tandems }, withheld)).toBe(expected);
  });
});

const coordinator = actor('coordinator');
const contactA = actor('organisation_contact', 'org-a');
const contactB = actor('organisation_contact', 'org-b');
const mia = actor('participant', 'org-a', 'mia');
const ben = actor('participant', 'org-a', 'ben');
const personless = actor('participant', 'org-a', null);
const miasParticipation = { personId: 'mia', organisationId: 'org-a' };

describe('mayReadCertificate', () => {
  it.each([
    ['mia, her own', mia, 'available', 'allowed'],
    ['ben, of her organisation', ben, 'available', 'not_found'],
    ['a participant without a person', personless, 'available', 'not_found'],
    ['the coordinator', coordinator, 'available', 'allowed'],
    ['her organisation’s contact', contactA, 'available', 'allowed'],
    ['another organisation’s contact', contactB, 'available', 'not_found'],
    ['mia, withheld', mia, 'withheld', 'certificate_withheld'],
    ['the coordinator, withheld', coordinator, 'withheld', 'certificate_withheld'],
    ['ben, withheld (he does not learn it is)', ben, 'withheld', 'not_found'],
    ['mia, not completed', mia, 'not_completed', 'not_found'],
    ['mia, cycle not closed', mia, 'pending', 'not_found'],
    ['the coordinator, cycle not closed', coordinator, 'pending', 'not_found'],
  ] as const)('%s: %s', (_name, who, state, expected) => {
    expect(outcome(mayReadCertificate(who, miasParticipation, state as CertificateState))).toBe(expected);
  });
});

describe('mayWithholdCertificate and mayReissueCertificate', () => {
  it.each([
    ['coordinator, available, numbered', coordinator, 'available', true, 'allowed', 'allowed'],
    ['coordinator, available, not numbered yet', coordinator, 'available', false, 'allowed', 'conflict'],
    ['coordinator, withheld', coordinator, 'withheld', true, 'allowed', 'allowed'],
    ['coordinator, pending, withheld in advance', coordinator, 'pending', true, 'allowed', 'allowed'],
    ['coordinator, pending', coordinator, 'pending', false, 'allowed', 'conflict'],
    ['coordinator, not completed', coordinator, 'not_completed', true, 'conflict', 'conflict'],
    ['a contact', contactA, 'available', true, 'forbidden', 'forbidden'],
    ['the participant', mia, 'withheld', true, 'forbidden', 'forbidden'],
  ] as const)('%s: withhold %s, reissue %s', (_name, who, state, numbered, withhold, reissue) => {
    expect(outcome(mayWithholdCertificate(who, state as CertificateState))).toBe(withhold);
    expect(outcome(mayReissueCertificate(who, state as CertificateState, numbered))).toBe(reissue);
  });
});
