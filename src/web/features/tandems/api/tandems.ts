import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { tandemEndpoints as endpoints } from '../../../../shared/contract/tandems.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

/** Tandems the signed-in account may see: all (coordinator), own organisation's (contact), own (participant). */
export async function listTandems(cycleId?: string, signal?: AbortSignal) {
  const { tandems } = await call(endpoints.list, { query: { cycleId }, signal });
  return tandems;
}

export function getTandem(id: string, signal?: AbortSignal) {
  return call(endpoints.get, { params: { id }, signal });
}

export function dissolveTandem(id: string, reason: string) {
  return call(endpoints.dissolve, { params: { id }, body: { reason } });
}

export function proposeRematch(cycleId: string, menteeId: string) {
  return call(endpoints.proposeRematch, { params: { id: cycleId, menteeId } });
}

export function publishRematch(cycleId: string, menteeId: string, mentorId: string) {
  return call(endpoints.publishRematch, { params: { id: cycleId, menteeId }, body: { mentorId } });
}

/** Where the cycle's tandems the signed-in staff member sees download as a CSV file. */
export function tandemExportUrl(cycleId: string, separator: CsvSeparator): string {
  return endpointUrl(endpoints.exportCsv, {
    params: { id: cycleId },
    query: { separator: separator === 'comma' ? undefined : separator },
  });
}
