import {
  type EventInput,
  type EventUpdate,
  eventEndpoints as endpoints,
} from '../../../../shared/contract/events.ts';
import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

// The staff's side of events: the cycle's plan, the attendee lists, attendance and messages.

export function listCycleEvents(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.listForCycle, { params: { id: cycleId }, signal });
}

export function createEvent(cycleId: string, input: EventInput) {
  return call(endpoints.create, { params: { id: cycleId }, body: input });
}

/** Kick-off, mid-term meeting and closing ceremony, for a cycle without events; answers the new list. */
export function addDefaultEventPlan(cycleId: string) {
  return call(endpoints.addDefaultPlan, { params: { id: cycleId } });
}

export function updateEvent(eventId: string, input: EventUpdate) {
  return call(endpoints.update, { params: { id: eventId }, body: input });
}

/** Everyone registered or waiting is told, with the note; the registered get a calendar cancellation. */
export function cancelEvent(eventId: string, note: string) {
  return call(endpoints.cancel, { params: { id: eventId }, body: { note } });
}

export function listEventRegistrations(eventId: string, signal?: AbortSignal) {
  return call(endpoints.registrations, { params: { id: eventId }, signal });
}

/** Who attended (true), who did not (false); answers the attendee list as saved. */
export function markAttendance(
  eventId: string,
  marks: { registrationId: string; attended: boolean | null }[],
) {
  return call(endpoints.markAttendance, { params: { id: eventId }, body: { marks } });
}

export function messageRegistrants(
  eventId: string,
  message: { subject: string; body: string; includeWaiting: boolean },
) {
  return call(endpoints.message, { params: { id: eventId }, body: message });
}

/** The attendee list as CSV, as the page shows it to the caller. */
export function eventRegistrationsCsvUrl(eventId: string, separator: CsvSeparator = 'comma'): string {
  return endpointUrl(endpoints.registrationsCsv, {
    params: { id: eventId },
    query: { separator: separator === 'comma' ? undefined : separator },
  });
}
