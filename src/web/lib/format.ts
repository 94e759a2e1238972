import type { AccountRole } from '../../shared/contract/auth.ts';
import type { CycleStatus } from '../../shared/contract/cycles.ts';

// Labels for the contract's enum values, written the way the glossary says them.

export const accountRoleLabels: Record<AccountRole, string> = {
  coordinator: 'Coordinator',
  organisation_contact: 'Organisation contact',
  participant: 'Participant',
};

export const participantRoleLabels = { mentor: 'Mentor', mentee: 'Mentee' } as const;

/** Any role name the API sends as free text (demo accounts): known ones get their label. */
export function roleLabel(role: string): string {
  const labels: Record<string, string> = { ...accountRoleLabels, ...participantRoleLabels };
  return labels[role] ?? role;
}

export const cycleStatusLabels: Record<CycleStatus, string> = {
  draft: 'Draft',
  open: 'Open for nominations',
  matching: 'Matching',
  running: 'Running',
  closed: 'Closed',
};

export const genderLabels = {
  female: 'Female',
  male: 'Male',
  non_binary: 'Non-binary',
  undisclosed: 'Not disclosed',
} as const;

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** `2025-03-01` (a calendar date, no time zone) as "1 Mar 2025". */
export function formatDate(isoDate: string): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** A timestamp in the reader's own time zone. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
