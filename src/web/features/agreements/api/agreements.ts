import type { z } from 'zod';
import {
  type AgreementInput,
  agreementSchema,
  type GoalState,
  goalBoardSchema,
  type milestoneChangeSchema,
  type TandemSettings,
  tandemSettingsSchema,
} from '../../../../shared/contract/agreements.ts';
import { request } from '../../../lib/api.ts';

export function getAgreement(tandemId: string, signal?: AbortSignal) {
  return request(`/tandems/${tandemId}/agreement`, agreementSchema, { signal });
}

export function saveAgreement(tandemId: string, input: AgreementInput) {
  return request(`/tandems/${tandemId}/agreement`, agreementSchema, { method: 'PUT', json: input });
}

/** Signs the version as it was read: a partner's edit since then answers 409. */
export function signAgreement(tandemId: string, read: { version: number; savedAt: string }) {
  return request(`/tandems/${tandemId}/agreement/sign`, agreementSchema, {
    method: 'POST',
    json: read,
  });
}

export function getGoalBoard(tandemId: string, signal?: AbortSignal) {
  return request(`/tandems/${tandemId}/goals`, goalBoardSchema, { signal });
}

export function saveGoalProgress(tandemId: string, goalId: string, state: GoalState, comment: string) {
  return request(`/tandems/${tandemId}/goals/${goalId}/progress`, goalBoardSchema, {
    method: 'PUT',
    json: { state, comment },
  });
}

export function addMilestone(tandemId: string, goalId: string, title: string, dueOn: string | null) {
  return request(`/tandems/${tandemId}/goals/${goalId}/milestones`, goalBoardSchema, {
    method: 'POST',
    json: { title, dueOn },
  });
}

export function changeMilestone(
  tandemId: string,
  goalId: string,
  milestoneId: string,
  change: z.input<typeof milestoneChangeSchema>,
) {
  return request(`/tandems/${tandemId}/goals/${goalId}/milestones/${milestoneId}`, goalBoardSchema, {
    method: 'PATCH',
    json: change,
  });
}

export function removeMilestone(tandemId: string, goalId: string, milestoneId: string) {
  return request(`/tandems/${tandemId}/goals/${goalId}/milestones/${milestoneId}`, goalBoardSchema, {
    method: 'DELETE',
  });
}

export function getTandemSettings(cycleId: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/tandem-settings`, tandemSettingsSchema, { signal });
}

export function saveTandemSettings(cycleId: string, settings: TandemSettings) {
  return request(`/cycles/${cycleId}/tandem-settings`, tandemSettingsSchema, {
    method: 'PUT',
    json: settings,
  });
}
