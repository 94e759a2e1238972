import {
  type CreateMeetingInput,
  meetingEndpoints as endpoints,
  type MeetingTimeInput,
} from '../../../../shared/contract/meetings.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

export async function listMeetings(tandemId: string, signal?: AbortSignal) {
  const { meetings } = await call(endpoints.list, { params: { id: tandemId }, signal });
  return meetings;
}

export function createMeeting(tandemId: string, input: CreateMeetingInput) {
  return call(endpoints.create, { params: { id: tandemId }, body: input });
}

export function acceptMeeting(id: string) {
  return call(endpoints.accept, { params: { id } });
}

export function proposeAnotherTime(id: string, input: MeetingTimeInput) {
  return call(endpoints.counter, { params: { id }, body: input });
}

export function cancelMeeting(id: string) {
  return call(endpoints.cancel, { params: { id } });
}

export function logMeetingHeld(id: string) {
  return call(endpoints.held, { params: { id }, body: {} });
}

export function saveSharedNotes(id: string, sharedNotes: string) {
  return call(endpoints.sharedNotes, { params: { id }, body: { sharedNotes } });
}

export function savePrivateNote(id: string, body: string) {
  return call(endpoints.privateNote, { params: { id }, body: { body } });
}

/** A plain link: the browser downloads the calendar file with the session cookie. */
export function calendarFileUrl(id: string) {
  return endpointUrl(endpoints.calendarFile, { params: { id } });
}
