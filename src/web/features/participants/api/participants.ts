import {
  importResultSchema,
  type ParticipantInput,
  type ParticipantUpdate,
  participantPageSchema,
  participantSchema,
} from '../../../../shared/contract/participants.ts';
import { apiUrl, ignoredBody, request } from '../../../lib/api.ts';

/** The import endpoint's own limit; checked first so a user is not kept waiting for an upload that will fail. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/** The list filters as the page sends them (the contract's query schema coerces strings on the server). */
export type ParticipantFilter = {
  cycleId?: string;
  organisationId?: string;
  role?: 'mentor' | 'mentee';
  q?: string;
  limit?: number;
  offset?: number;
};

export function listParticipants(query: ParticipantFilter, signal?: AbortSignal) {
  return request('/participants', participantPageSchema, { query, signal });
}

export function getParticipant(id: string, signal?: AbortSignal) {
  return request(`/participants/${id}`, participantSchema, { signal });
}

export function createParticipant(input: ParticipantInput) {
  return request('/participants', participantSchema, { method: 'POST', json: input });
}

export function updateParticipant(id: string, input: ParticipantUpdate) {
  return request(`/participants/${id}`, participantSchema, { method: 'PATCH', json: input });
}

export async function deleteParticipant(id: string): Promise<void> {
  await request(`/participants/${id}`, ignoredBody, { method: 'DELETE' });
}

/** Sends the file as it is; the server parses it and reports problems by line and column. */
export function importParticipants(cycleId: string, file: Blob, dryRun: boolean) {
  return request('/participants/import', importResultSchema, {
    method: 'POST',
    query: { cycleId, dryRun },
    raw: { body: file, contentType: 'text/csv' },
  });
}

/** A plain URL: the browser downloads the file with the session cookie, no script in between. */
export function participantExportUrl(filter: { cycleId?: string; organisationId?: string }): string {
  return apiUrl('/participants/export.csv', filter);
}
