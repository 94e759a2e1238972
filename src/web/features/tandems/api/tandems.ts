import { rematchResultSchema, tandemListSchema, tandemSchema } from '../../../../shared/contract/tandems.ts';
import { request } from '../../../lib/api.ts';

/** Tandems the signed-in account may see: all (coordinator), own organisation's (contact), own (participant). */
export async function listTandems(cycleId?: string, signal?: AbortSignal) {
  const { tandems } = await request('/tandems', tandemListSchema, { query: { cycleId }, signal });
  return tandems;
}

export function getTandem(id: string, signal?: AbortSignal) {
  return request(`/tandems/${id}`, tandemSchema, { signal });
}

export function dissolveTandem(id: string, reason: string) {
  return request(`/tandems/${id}/dissolve`, tandemSchema, { method: 'POST', json: { reason } });
}

export function proposeRematch(cycleId: string, menteeId: string) {
  return request(`/cycles/${cycleId}/rematch/${menteeId}`, rematchResultSchema, { method: 'POST' });
}

export function publishRematch(cycleId: string, menteeId: string, mentorId: string) {
  return request(`/cycles/${cycleId}/rematch/${menteeId}/publish`, tandemSchema, {
    method: 'POST',
    json: { mentorId },
  });
}
