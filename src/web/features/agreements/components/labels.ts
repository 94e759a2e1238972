import {
  type AgreementVersion,
  cadenceChoices,
  type GoalEvent,
  type GoalState,
  type MeetingFormat,
} from '../../../../shared/contract/agreements.ts';
import { formatDateTime } from '../../../lib/format.ts';

export const goalStateLabels: Record<GoalState, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  achieved: 'Achieved',
  dropped: 'Dropped',
};

export const meetingFormatLabels: Record<MeetingFormat, string> = {
  in_person: 'In person',
  video: 'Video call',
  phone: 'Phone',
};

export function cadenceLabel(days: number): string {
  return cadenceChoices.find((c) => c.days === days)?.label ?? `Every ${days} days`;
}

/** What one timeline entry says, without who and when. */
export function describeEvent(e: GoalEvent): string {
  const goal = e.goalTitle ? `“${e.goalTitle}”` : 'a goal';
  const milestone = e.milestoneTitle ? `“${e.milestoneTitle}”` : 'a milestone';
  switch (e.kind) {
    case 'agreement.saved':
      return `saved the agreement (version ${e.agreementVersion ?? '?'})`;
    case 'agreement.signed':
      return `signed the agreement (version ${e.agreementVersion ?? '?'})`;
    case 'goal.added':
      return `added the goal ${goal}`;
    case 'goal.edited':
      return `changed the goal ${goal}`;
    case 'goal.removed':
      return `took the goal ${goal} out of the agreement`;
    case 'goal.progress':
      return `set ${goal} to ${e.state ? goalStateLabels[e.state] : 'a new state'}`;
    case 'milestone.added':
      return `added the milestone ${milestone} to ${goal}`;
    case 'milestone.edited':
      return `changed the milestone ${milestone} of ${goal}`;
    case 'milestone.done':
      return `ticked off ${milestone} of ${goal}`;
    case 'milestone.undone':
      return `reopened ${milestone} of ${goal}`;
    case 'milestone.removed':
      return `removed the milestone ${milestone} from ${goal}`;
  }
}

/** "Signed by Mia Mentee on 3 Mar 2027, 14:05" for each side that signed. */
export function signatureLines(
  version: AgreementVersion,
  names: { mentee: string; mentor: string },
): string[] {
  const lines: string[] = [];
  if (version.menteeSignedAt)
    lines.push(`${names.mentee} signed on ${formatDateTime(version.menteeSignedAt)}`);
  if (version.mentorSignedAt)
    lines.push(`${names.mentor} signed on ${formatDateTime(version.mentorSignedAt)}`);
  return lines;
}
