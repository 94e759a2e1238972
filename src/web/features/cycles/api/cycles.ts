import {
  type CycleInput,
  type CycleStatus,
  type CycleUpdate,
  cycleListSchema,
  cycleSchema,
} from '../../../../shared/contract/cycles.ts';
import { ignoredBody, request } from '../../../lib/api.ts';

export async function listCycles(signal?: AbortSignal) {
  const { cycles } = await request('/cycles', cycleListSchema, { signal });
  return cycles;
}

export function getCycle(id: string, signal?: AbortSignal) {
  return request(`/cycles/${id}`, cycleSchema, { signal });
}

export function createCycle(input: CycleInput) {
  return request('/cycles', cycleSchema, { method: 'POST', json: input });
}

export function updateCycle(id: string, input: CycleUpdate) {
  return request(`/cycles/${id}`, cycleSchema, { method: 'PATCH', json: input });
}

export function changeCycleStatus(id: string, status: CycleStatus) {
  return request(`/cycles/${id}/status`, cycleSchema, { method: 'POST', json: { status } });
}

/** The organisation joins the cycle; its contacts then see the cycle and nominate people for it. */
export async function joinCycle(cycleId: string, organisationId: string): Promise<void> {
  await request(`/cycles/${cycleId}/organisations/${organisationId}`, ignoredBody, { method: 'PUT' });
}

export async function leaveCycle(cycleId: string, organisationId: string): Promise<void> {
  await request(`/cycles/${cycleId}/organisations/${organisationId}`, ignoredBody, {
    method: 'DELETE',
  });
}
