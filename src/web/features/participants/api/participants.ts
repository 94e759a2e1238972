import type { z } from 'zod';
import {
  participantEndpoints as endpoints,
  type ParticipantInput,
  type ParticipantQuery,
  type ParticipantUpdate,
  type participantExportQuerySchema,
} from '../../../../shared/contract/participants.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

export function listParticipants(query: ParticipantQuery, signal?: AbortSignal) {
  return call(endpoints.list, { query, signal });
}

export function getParticipant(id: string, signal?: AbortSignal) {
  return call(endpoints.get, { params: { id }, signal });
}

export function createParticipant(input: ParticipantInput) {
  return call(endpoints.create, { body: input });
}

export function updateParticipant(id: string, input: ParticipantUpdate) {
  return call(endpoints.update, { params: { id }, body: input });
}

export async function deleteParticipant(id: string): Promise<void> {
  await call(endpoints.remove, { params: { id } });
}

/** Sends the file as it is; the server parses it and reports problems by line and column. */
export function importParticipants(cycleId: string, file: Blob, dryRun: boolean) {
  return call(endpoints.importCsv, { query: { cycleId, dryRun: dryRun ? 'true' : 'false' }, body: file });
}

/** A plain URL: the browser downloads the file with the session cookie, no script in between. */
export function participantExportUrl(filter: z.input<typeof participantExportQuerySchema>): string {
  return endpointUrl(endpoints.exportCsv, { query: filter });
}
