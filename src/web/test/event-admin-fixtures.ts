import type { CycleEvent, EventRegistration } from '../../shared/contract/events.ts';
import { ids } from './fixtures.ts';

// Contract-shaped events and registrations for the staff's events pages.

export const eventIds = {
  kickoff: '00000000-0000-4000-8000-000000000e01',
  midterm: '00000000-0000-4000-8000-000000000e02',
  closing: '00000000-0000-4000-8000-000000000e03',
};

/** The kick-off of Leadership 2025 in Berlin, 4 March 2025, 16:00–19:00, 40 places. */
export function cycleEvent(over: Partial<CycleEvent> = {}): CycleEvent {
  return {
    id: eventIds.kickoff,
    cycleId: ids.cycle2025,
    cycleName: 'Leadership 2025',
    title: 'Kick-off',
    description: 'Meet **everyone** in the programme.',
    startsAt: '2025-03-04T15:00:00.000Z',
    endsAt: '2025-03-04T18:00:00.000Z',
    startsAtLocal: '2025-03-04T16:00',
    endsAtLocal: '2025-03-04T19:00',
    timeZone: 'Europe/Berlin',
    place: 'Town hall, room 2',
    onlineLink: '',
    audience: 'everyone',
    capacity: 40,
    registrationDeadline: '2025-02-25T15:00:00.000Z',
    registrationDeadlineLocal: '2025-02-25T16:00',
    cancelledAt: null,
    placesLeft: 28,
    version: 1,
    counts: { registered: 12, waiting: 0, attended: 0, unmarked: 12 },
    can: { edit: true, cancel: true, markAttendance: false, message: true },
    ...over,
  };
}

export function registration(over: Partial<EventRegistration> = {}): EventRegistration {
  return {
    id: '00000000-0000-4000-8000-000000000f01',
    name: 'Ada Lovelace',
    email: 'ada@acme.example',
    organisationName: 'Acme',
    role: 'mentee',
    status: 'registered',
    waitingPosition: null,
    registeredAt: '2025-02-01T09:30:00.000Z',
    attended: null,
    ...over,
  };
}

/** Two registered (Ada, Bea) and one waiting (Carl), for an event that has started. */
export function attendeeList(event: Partial<CycleEvent> = {}) {
  return {
    event: cycleEvent({
      capacity: 2,
      placesLeft: 0,
      counts: { registered: 2, waiting: 1, attended: 0, unmarked: 2 },
      can: { edit: false, cancel: false, markAttendance: true, message: true },
      ...event,
    }),
    registrations: [
      registration(),
      registration({
        id: '00000000-0000-4000-8000-000000000f02',
        name: 'Bea Mentor',
        email: 'bea@globex.example',
        organisationName: 'Globex',
        role: 'mentor',
        registeredAt: '2025-02-02T10:00:00.000Z',
        attended: true,
      }),
      registration({
        id: '00000000-0000-4000-8000-000000000f03',
        name: 'Carl Contact',
        email: 'carl@acme.example',
        role: 'contact',
        status: 'waiting',
        waitingPosition: 1,
        registeredAt: '2025-02-03T11:00:00.000Z',
      }),
    ],
  };
}
