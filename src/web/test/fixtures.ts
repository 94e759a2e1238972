import type { MyAlumni } from '../../shared/contract/alumni.ts';
import type { Account } from '../../shared/contract/auth.ts';
import type { Cycle } from '../../shared/contract/cycles.ts';
import type { Organisation } from '../../shared/contract/organisations.ts';
import type { Participant } from '../../shared/contract/participants.ts';
import type { Tandem } from '../../shared/contract/tandems.ts';

// Contract-shaped records for component tests.

export const ids = {
  coordinator: '00000000-0000-4000-8000-000000000001',
  contact: '00000000-0000-4000-8000-000000000002',
  acme: '00000000-0000-4000-8000-0000000000a1',
  globex: '00000000-0000-4000-8000-0000000000a2',
  cycle2025: '00000000-0000-4000-8000-0000000000c1',
  cycle2024: '00000000-0000-4000-8000-0000000000c2',
  ada: '00000000-0000-4000-8000-0000000000d1',
  adaPerson: '00000000-0000-4000-8000-0000000000e1',
};

export const coordinator: Account = {
  id: ids.coordinator,
  email: 'coordinator@example.org',
  name: 'Cora Ordinator',
  role: 'coordinator',
  organisationId: null,
  organisationName: null,
  personId: null,
  disabled: false,
  language: 'en',
};

export const contact: Account = {
  id: ids.contact,
  email: 'hr@acme.example',
  name: 'Hana Ressource',
  role: 'organisation_contact',
  organisationId: ids.acme,
  organisationName: 'Acme',
  personId: null,
  disabled: false,
  language: 'en',
};

export function organisation(id: string, name: string): Organisation {
  return {
    id,
    name,
    industry: '',
    size: null,
    website: '',
    competitorIds: [],
    participantCount: 0,
    contactCount: 0,
    version: 1,
    can: { edit: true, remove: true },
  };
}

export function cycle(id: string, name: string, startsOn: string): Cycle {
  return {
    id,
    name,
    startsOn,
    endsOn: `${Number(startsOn.slice(0, 4)) + 1}${startsOn.slice(4)}`,
    status: 'open',
    language: 'en',
    organisationIds: [ids.acme, ids.globex],
    mentorCount: 0,
    menteeCount: 0,
    version: 1,
    can: { edit: true, changeStatus: true, addOrganisations: true, removeOrganisations: true },
  };
}

export const ada: Participant = {
  id: ids.ada,
  personId: ids.adaPerson,
  cycleId: ids.cycle2025,
  cycleName: 'Leadership 2025',
  organisationId: ids.acme,
  organisationName: 'Acme',
  role: 'mentee',
  name: 'Ada Lovelace',
  email: 'ada@acme.example',
  jobTitle: 'Team lead',
  seniority: 2,
  languages: ['en'],
  location: 'London',
  gender: 'female',
  goals: 'Lead a larger team',
  expertise: 'Analytics',
  capacity: 1,
  hasAccount: false,
  version: 2,
  can: { edit: true, remove: true, invite: true },
};

/** Ada's account: a participant of Acme, in `language`. */
export function adaAccount(language: Account['language'] = 'en'): Account {
  return {
    id: '00000000-0000-4000-8000-000000000003',
    email: ada.email,
    name: ada.name,
    role: 'participant',
    organisationId: ids.acme,
    organisationName: 'Acme',
    personId: ids.adaPerson,
    disabled: false,
    language,
  };
}

/** Ada mentors in a second cycle, not matched yet. */
export const adaMentoring: Participant = {
  ...ada,
  id: '00000000-0000-4000-8000-0000000000d2',
  cycleId: ids.cycle2024,
  cycleName: 'Leadership 2026',
  role: 'mentor',
  languages: ['de', 'en'],
  goals: '',
  capacity: 2,
};

const tandemPerson = (participantId: string, name: string, organisationName: string) => ({
  participantId,
  name,
  email: `${name.split(' ')[0]!.toLowerCase()}@example.org`,
  organisationName,
  jobTitle: '',
  seniority: null,
  languages: [],
  location: '',
  topics: [],
  text: '',
});

export const adaTandem: Tandem = {
  id: '00000000-0000-4000-8000-0000000000f1',
  cycleId: ids.cycle2025,
  cycleName: 'Leadership 2025',
  status: 'active',
  publishedAt: '2025-02-01T09:00:00.000Z',
  dissolvedAt: null,
  dissolvedReason: null,
  mentee: tandemPerson(ada.id, ada.name, 'Acme'),
  mentor: tandemPerson('00000000-0000-4000-8000-0000000000d9', 'Bea Mentor', 'Globex'),
  reasons: [],
  viewerSide: 'mentee',
  can: { dissolve: false, proposeRematch: false },
};

/** The alumni standing of a participant who is no alumna or alumnus and has no invitation. */
export const notAlumni: MyAlumni = {
  cycles: [],
  directoryEntry: null,
  invitations: [],
  can: { readDirectory: false, joinDirectory: false },
};
