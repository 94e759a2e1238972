import {
  type CreateMeetingInput,
  type MeetingTimeInput,
  meetingListSchema,
  meetingSchema,
} from '../../../../shared/contract/meetings.ts';
import { API_BASE, request } from '../../../lib/api.ts';

export async function listMeetings(tandemId: string, signal?: AbortSignal) {
  const { meetings } = await request(`/tandems/${tandemId}/meetings`, meetingListSchema, { signal });
  return meetings;
}

export function createMeeting(tandemId: string, input: CreateMeetingInput) {
  return request(`/tandems/${tandemId}/meetings`, meetingSchema, { method: 'POST', json: input });
}

export function acceptMeeting(id: string) {
  return request(`/meetings/${id}/accept`, meetingSchema, { method: 'POST' });
}

export function proposeAnotherTime(id: string, input: MeetingTimeInput) {
  return request(`/meetings/${id}/counter`, meetingSchema, { method: 'POST', json: input });
}

export function cancelMeeting(id: string) {
  return request(`/meetings/${id}/cancel`, meetingSchema, { method: 'POST' });
}

export function logMeetingHeld(id: string) {
  return request(`/meetings/${id}/held`, meetingSchema, { method: 'POST', json: {} });
}

export function saveSharedNotes(id: string, sharedNotes: string) {
  return request(`/meetings/${id}/shared-notes`, meetingSchema, { method: 'PUT', json: { sharedNotes } });
}

export function savePrivateNote(id: string, body: string) {
  return request(`/meetings/${id}/private-note`, meetingSchema, { method: 'PUT', json: { body } });
}

/** A plain link: the browser downloads the calendar file with the session cookie. */
export function calendarFileUrl(id: string) {
  return `${API_BASE}/meetings/${id}/calendar.ics`;
}
