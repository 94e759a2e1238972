import {
  type CycleInput,
  type CycleStatus,
  type CycleUpdate,
  cycleEndpoints as endpoints,
} from '../../../../shared/contract/cycles.ts';
import { matchingEndpoints } from '../../../../shared/contract/matching.ts';
import { call } from '../../../lib/api.ts';

export async function listCycles(signal?: AbortSignal) {
  const { cycles } = await call(endpoints.list, { signal });
  return cycles;
}

export function getCycle(id: string, signal?: AbortSignal) {
  return call(endpoints.get, { params: { id }, signal });
}

export function createCycle(input: CycleInput) {
  return call(endpoints.create, { body: input });
}

export function updateCycle(id: string, input: CycleUpdate) {
  return call(endpoints.update, { params: { id }, body: input });
}

export function changeCycleStatus(id: string, status: CycleStatus) {
  return call(endpoints.changeStatus, { params: { id }, body: { status } });
}

/** The organisation joins the cycle; its contacts then see the cycle and nominate people for it. */
export async function joinCycle(cycleId: string, organisationId: string): Promise<void> {
  await call(endpoints.join, { params: { id: cycleId, organisationId } });
}

export async function leaveCycle(cycleId: string, organisationId: string): Promise<void> {
  await call(endpoints.leave, { params: { id: cycleId, organisationId } });
}

/** The cycle's steps with their counts, and the next one with the page where it is done. */
export function getCycleChecklist(id: string, signal?: AbortSignal) {
  return call(endpoints.checklist, { params: { id }, signal });
}

/** Mails the contacts of organisations whose proposals still wait for a decision. */
export function remindApprovers(cycleId: string) {
  return call(matchingEndpoints.remindApprovers, { params: { id: cycleId } });
}
