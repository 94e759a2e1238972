import type { z } from 'zod';
import {
  type AgreementInput,
  agreementEndpoints as endpoints,
  type GoalState,
  type milestoneChangeSchema,
  type signAgreementSchema,
  type TandemSettings,
} from '../../../../shared/contract/agreements.ts';
import { call } from '../../../lib/api.ts';

export function getAgreement(tandemId: string, signal?: AbortSignal) {
  return call(endpoints.get, { params: { id: tandemId }, signal });
}

export function saveAgreement(tandemId: string, input: AgreementInput) {
  return call(endpoints.save, { params: { id: tandemId }, body: input });
}

/** Signs the version as it was read: a partner's edit since then answers 409. */
export function signAgreement(tandemId: string, read: z.input<typeof signAgreementSchema>) {
  return call(endpoints.sign, { params: { id: tandemId }, body: read });
}

export function getGoalBoard(tandemId: string, signal?: AbortSignal) {
  return call(endpoints.goalBoard, { params: { id: tandemId }, signal });
}

export function saveGoalProgress(tandemId: string, goalId: string, state: GoalState, comment: string) {
  return call(endpoints.goalProgress, { params: { id: tandemId, goalId }, body: { state, comment } });
}

export function addMilestone(tandemId: string, goalId: string, title: string, dueOn: string | null) {
  return call(endpoints.addMilestone, { params: { id: tandemId, goalId }, body: { title, dueOn } });
}

export function changeMilestone(
  tandemId: string,
  goalId: string,
  milestoneId: string,
  change: z.input<typeof milestoneChangeSchema>,
) {
  return call(endpoints.changeMilestone, { params: { id: tandemId, goalId, milestoneId }, body: change });
}

export function removeMilestone(tandemId: string, goalId: string, milestoneId: string) {
  return call(endpoints.removeMilestone, { params: { id: tandemId, goalId, milestoneId } });
}

export function getTandemSettings(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.tandemSettings, { params: { id: cycleId }, signal });
}

export function saveTandemSettings(cycleId: string, settings: TandemSettings) {
  return call(endpoints.changeTandemSettings, { params: { id: cycleId }, body: settings });
}
