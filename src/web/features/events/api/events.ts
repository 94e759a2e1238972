import { eventEndpoints as endpoints } from '../../../../shared/contract/events.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

// A participant's or contact's side of the programme's events: their events, registering and
// unregistering, and the calendar file.

export async function listMyEvents(signal?: AbortSignal) {
  const { events } = await call(endpoints.listMine, { signal });
  return events;
}

export function registerForEvent(eventId: string, showToAttendees: boolean) {
  return call(endpoints.register, { params: { id: eventId }, body: { showToAttendees } });
}

export function unregisterFromEvent(eventId: string) {
  return call(endpoints.unregister, { params: { id: eventId } });
}

/** Where the event downloads as an iCalendar file to import. */
export function eventCalendarUrl(eventId: string): string {
  return endpointUrl(endpoints.calendarFile, { params: { id: eventId } });
}
