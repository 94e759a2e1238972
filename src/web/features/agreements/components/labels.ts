import type {
  AgreementVersion,
  GoalEvent,
  GoalState,
  MeetingFormat,
} from '../../../../shared/contract/agreements.ts';
import type { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import type { MessageKey } from '../../../../shared/i18n/catalogue.ts';
import { formatDateTime } from '../../../lib/format.ts';
import type { Translate } from '../../../lib/i18n.tsx';

// Names and sentences of the agreement area, in the reader's language: each takes the area's `t`
// (`useMessages(agreementsMessages)`), so it follows the language the page is rendered in.

type T = Translate<typeof agreementsMessages>;
type Key = MessageKey<typeof agreementsMessages>;

const goalStateKeys: Record<GoalState, Key> = {
  not_started: 'goalNotStarted',
  on_track: 'goalOnTrack',
  at_risk: 'goalAtRisk',
  achieved: 'goalAchieved',
  dropped: 'goalDropped',
};

const meetingFormatKeys: Record<MeetingFormat, Key> = {
  in_person: 'formatInPerson',
  video: 'formatVideo',
  phone: 'formatPhone',
};

/** The cadences the contract offers (`cadenceChoices`), by their number of days. */
const cadenceKeys: Record<number, Key> = {
  7: 'cadenceWeekly',
  14: 'cadenceTwoWeeks',
  30: 'cadenceMonthly',
  42: 'cadenceSixWeeks',
  90: 'cadenceQuarterly',
};

export const goalStateLabel = (t: T, state: GoalState) => t(goalStateKeys[state]);

export const meetingFormatLabel = (t: T, format: MeetingFormat) => t(meetingFormatKeys[format]);

export function cadenceLabel(t: T, days: number): string {
  const key = cadenceKeys[days];
  return key ? t(key) : t('cadenceEveryDays', { days });
}

const eventKeys: Record<GoalEvent['kind'], Key> = {
  'agreement.saved': 'eventAgreementSaved',
  'agreement.signed': 'eventAgreementSigned',
  'goal.added': 'eventGoalAdded',
  'goal.edited': 'eventGoalEdited',
  'goal.removed': 'eventGoalRemoved',
  'goal.progress': 'eventGoalProgress',
  'milestone.added': 'eventMilestoneAdded',
  'milestone.edited': 'eventMilestoneEdited',
  'milestone.done': 'eventMilestoneDone',
  'milestone.undone': 'eventMilestoneUndone',
  'milestone.removed': 'eventMilestoneRemoved',
};

/**
 * What one timeline entry says, as a message and its values; the caller adds `author`, who made the
 * change, so that the sentence is one message in every language.
 */
export function eventMessage(t: T, e: GoalEvent): { key: Key; values: Record<string, string> } {
  return {
    key: eventKeys[e.kind],
    values: {
      version: e.agreementVersion === null ? '?' : String(e.agreementVersion),
      goal: e.goalTitle ? t('quoted', { title: e.goalTitle }) : t('untitledGoal'),
      milestone: e.milestoneTitle ? t('quoted', { title: e.milestoneTitle }) : t('untitledMilestone'),
      state: e.state ? t('stateNamed', { state: goalStateLabel(t, e.state) }) : t('stateUnknown'),
    },
  };
}

/** "Mia Mentee signed on 3 Mar 2027, 14:05" for each side that signed. */
export function signatureLines(
  t: T,
  version: AgreementVersion,
  names: { mentee: string; mentor: string },
): string[] {
  const lines: string[] = [];
  if (version.menteeSignedAt)
    lines.push(t('signedOn', { name: names.mentee, date: formatDateTime(version.menteeSignedAt) }));
  if (version.mentorSignedAt)
    lines.push(t('signedOn', { name: names.mentor, date: formatDateTime(version.mentorSignedAt) }));
  return lines;
}

/**
 * "Version 2, saved 3 Mar 2027, 14:05 by Bea Mentor"; `meanwhile` names the version a partner saved
 * while the reader was editing ("Saved version 2, …").
 */
export function versionLine(
  t: T,
  version: AgreementVersion,
  which: 'current' | 'meanwhile' = 'current',
): string {
  const values = {
    which,
    version: version.version,
    savedAt: version.savedAt ? formatDateTime(version.savedAt) : '',
    name: version.editedBy?.name ?? '',
  };
  if (version.savedAt) return t(version.editedBy ? 'versionSavedBy' : 'versionSaved', values);
  return t(version.editedBy ? 'versionBy' : 'versionOnly', values);
}
