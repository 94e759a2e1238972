import { z } from 'zod';
import {
  approvalViewSchema,
  type DraftAction,
  draftSchema,
  matchRunListSchema,
  matchRunSchema,
  pairPreviewSchema,
  preflightSchema,
  type Rules,
  rulesViewSchema,
  runComparisonSchema,
} from '../../../../shared/contract/matching.ts';
import { request } from '../../../lib/api.ts';

export function getRules(cycleId: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/rules`, rulesViewSchema, { signal });
}

export function saveRules(cycleId: string, rules: Rules) {
  return request(`/cycles/${cycleId}/rules`, rulesViewSchema, { method: 'PUT', json: rules });
}

export function getPreflight(cycleId: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/preflight`, preflightSchema, { signal });
}

export function startMatchRun(cycleId: string, mode: 'optimal' | 'stable') {
  return request(`/cycles/${cycleId}/match-runs`, matchRunSchema, { method: 'POST', json: { mode } });
}

export function getMatchRun(runId: string, signal?: AbortSignal) {
  return request(`/match-runs/${runId}`, matchRunSchema, { signal });
}

export async function listMatchRuns(cycleId: string, signal?: AbortSignal) {
  const { runs } = await request(`/cycles/${cycleId}/match-runs`, matchRunListSchema, { signal });
  return runs;
}

export function compareMatchRuns(cycleId: string, a: string, b: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/match-runs/compare`, runComparisonSchema, { query: { a, b }, signal });
}

export function adoptMatchRun(runId: string, version: number) {
  return request(`/match-runs/${runId}/adopt`, draftSchema, { method: 'POST', json: { version } });
}

export function getDraft(cycleId: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/draft`, draftSchema, { signal });
}

/** One board action; the server answers 409 when `version` is not the draft's current one. */
export function applyDraftAction(cycleId: string, version: number, action: DraftAction) {
  return request(`/cycles/${cycleId}/draft/actions`, draftSchema, {
    method: 'POST',
    json: { version, action },
  });
}

export function previewPair(cycleId: string, menteeId: string, mentorId: string) {
  return request(`/cycles/${cycleId}/draft/preview`, pairPreviewSchema, {
    method: 'POST',
    json: { menteeId, mentorId },
  });
}

export function sendDraftForApproval(cycleId: string, version: number) {
  return request(`/cycles/${cycleId}/draft/send-for-approval`, draftSchema, {
    method: 'POST',
    json: { version },
  });
}

const publishResultSchema = z.object({ published: z.number(), remaining: z.number() });

export function publishDraft(cycleId: string, version: number) {
  return request(`/cycles/${cycleId}/draft/publish`, publishResultSchema, {
    method: 'POST',
    json: { version },
  });
}

export function getApproval(cycleId: string, signal?: AbortSignal) {
  return request(`/cycles/${cycleId}/approval`, approvalViewSchema, { signal });
}

export function decideApproval(
  cycleId: string,
  menteeId: string,
  decision: { decision: 'approve' | 'request_change'; comment: string },
) {
  return request(`/cycles/${cycleId}/approval/${menteeId}`, approvalViewSchema, {
    method: 'POST',
    json: decision,
  });
}
