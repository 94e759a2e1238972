import type { z } from 'zod';
import {
  type approvalDecisionSchema,
  type DraftAction,
  matchingEndpoints as endpoints,
  type Rules,
  type startMatchRunSchema,
} from '../../../../shared/contract/matching.ts';
import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import { tandemEndpoints } from '../../../../shared/contract/tandems.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

export type MatchMode = z.infer<typeof startMatchRunSchema>['mode'];
export type ApprovalDecision = z.input<typeof approvalDecisionSchema>;

export function getRules(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.getRules, { params: { id: cycleId }, signal });
}

export function saveRules(cycleId: string, rules: Rules) {
  return call(endpoints.saveRules, { params: { id: cycleId }, body: rules });
}

export function getPreflight(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.preflight, { params: { id: cycleId }, signal });
}

export function startMatchRun(cycleId: string, mode: MatchMode) {
  return call(endpoints.startRun, { params: { id: cycleId }, body: { mode } });
}

export function getMatchRun(runId: string, signal?: AbortSignal) {
  return call(endpoints.getRun, { params: { id: runId }, signal });
}

export async function listMatchRuns(cycleId: string, signal?: AbortSignal) {
  const { runs } = await call(endpoints.listRuns, { params: { id: cycleId }, signal });
  return runs;
}

export function compareMatchRuns(cycleId: string, a: string, b: string, signal?: AbortSignal) {
  return call(endpoints.compareRuns, { params: { id: cycleId }, query: { a, b }, signal });
}

/** The link that downloads the same comparison as CSV: the mentees whose mentor differs. */
export function matchRunComparisonCsvUrl(
  cycleId: string,
  a: string,
  b: string,
  separator: CsvSeparator = 'comma',
): string {
  return endpointUrl(endpoints.compareRunsCsv, {
    params: { id: cycleId },
    query: { a, b, separator: separator === 'comma' ? undefined : separator },
  });
}

export function adoptMatchRun(runId: string, version: number) {
  return call(endpoints.adoptRun, { params: { id: runId }, body: { version } });
}

export function getDraft(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.getDraft, { params: { id: cycleId }, signal });
}

/** One board action; the server answers 409 when `version` is not the draft's current one. */
export function applyDraftAction(cycleId: string, version: number, action: DraftAction) {
  return call(endpoints.applyDraftAction, { params: { id: cycleId }, body: { version, action } });
}

/** `replacing`: in a swap, the mentee whose place the mentor leaves. */
export function previewPair(cycleId: string, menteeId: string, mentorId: string, replacing?: string) {
  return call(endpoints.previewPair, {
    params: { id: cycleId },
    body: replacing ? { menteeId, mentorId, replacing } : { menteeId, mentorId },
  });
}

export function sendDraftForApproval(cycleId: string, version: number) {
  return call(endpoints.sendForApproval, { params: { id: cycleId }, body: { version } });
}

/** Publishing turns the approved proposals into tandems (a tandems endpoint). */
export function publishDraft(cycleId: string, version: number) {
  return call(tandemEndpoints.publishDraft, { params: { id: cycleId }, body: { version } });
}

export function getApproval(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.getApproval, { params: { id: cycleId }, signal });
}

/** Approves the proposals shown, each as it was read; all or none. */
export function approveShownProposals(
  cycleId: string,
  proposals: { menteeId: string; mentorId: string; approval: 'pending' | 'approved' | 'change_requested' }[],
) {
  return call(endpoints.approveShownProposals, { params: { id: cycleId }, body: { proposals } });
}

export function decideApproval(cycleId: string, menteeId: string, decision: ApprovalDecision) {
  return call(endpoints.decideApproval, { params: { id: cycleId, menteeId }, body: decision });
}
