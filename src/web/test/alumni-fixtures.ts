import type { AlumniDirectoryEntry, AlumniMentor, MyAlumni } from '../../shared/contract/alumni.ts';
import { ids } from './fixtures.ts';

// Alumni as the web tests' fake API answers them: Ada, an alumna of Leadership 2024, invited as a
// mentor to Leadership 2025; the directory with one entry that shows everything and one that hides.

export const nextCycleId = '00000000-0000-4000-8000-0000000000c3';
export const invitationId = '00000000-0000-4000-8000-0000000000f1';
export const bea = '00000000-0000-4000-8000-0000000000e2';
export const carl = '00000000-0000-4000-8000-0000000000e3';

export const adaAlumna: MyAlumni = {
  cycles: [
    {
      cycleId: ids.cycle2024,
      cycleName: 'Leadership 2024',
      role: 'mentor',
      startsOn: '2024-01-15',
      endsOn: '2024-12-15',
    },
  ],
  directoryEntry: null,
  invitations: [
    {
      id: invitationId,
      cycleId: nextCycleId,
      cycleName: 'Leadership 2026',
      startsOn: '2026-01-15',
      endsOn: '2026-12-15',
      invitedAt: '2025-11-01T09:00:00.000Z',
      can: { accept: true, decline: true },
    },
  ],
  can: { readDirectory: true, joinDirectory: true },
};

export const directory: AlumniDirectoryEntry[] = [
  {
    personId: bea,
    name: 'Bea Mentor',
    cycles: [
      {
        cycleId: ids.cycle2024,
        cycleName: 'Leadership 2024',
        role: 'mentor',
        startsOn: '2024-01-15',
        endsOn: '2024-12-15',
      },
    ],
    organisationName: 'Globex',
    topics: ['negotiation', 'leading teams'],
  },
  {
    personId: carl,
    name: 'Carl Mentee',
    cycles: [
      {
        cycleId: ids.cycle2024,
        cycleName: 'Leadership 2024',
        role: 'mentee',
        startsOn: '2024-01-15',
        endsOn: '2024-12-15',
      },
    ],
  },
];

export function alumniMentor(values: Partial<AlumniMentor>): AlumniMentor {
  return {
    personId: bea,
    name: 'Bea Mentor',
    organisationName: 'Globex',
    lastCycle: { cycleId: ids.cycle2024, cycleName: 'Leadership 2024', endsOn: '2024-12-15' },
    organisationTakesPart: true,
    hasAccount: true,
    invitation: null,
    can: { invite: true },
    notInvitableBecause: null,
    ...values,
  };
}
