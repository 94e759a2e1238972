import type { Draft } from '../../../../shared/contract/matching.ts';

export const draftStatusLabels: Record<Draft['status'], string> = {
  editing: 'Being edited',
  in_approval: 'With the organisations for approval',
  published: 'Published',
};

export const approvalLabels: Record<Draft['proposals'][number]['approval'], string> = {
  pending: 'Awaiting approval',
  approved: 'Approved',
  change_requested: 'Change requested',
};

export const sourceLabels: Record<Draft['proposals'][number]['source'], string> = {
  engine: 'Proposed by the engine',
  pinned: 'Pinned',
  hand: 'Assigned by hand',
};

export function formatScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(1);
}
