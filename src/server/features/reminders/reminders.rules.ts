// The time rules shared by the reminders and the health list, pure so they read (and test) alike.

export const DAY_MS = 24 * 60 * 60 * 1000;

/** A tandem is overdue after 1.5 cadences without a meeting held or planned, inactive after 3. */
export const OVERDUE_CADENCES = 1.5;
export const INACTIVE_CADENCES = 3;

/** The agreement reminder starts three weeks after publication and repeats at most weekly. */
export const AGREEMENT_GRACE_MS = 21 * DAY_MS;
export const REPEAT_MS = 7 * DAY_MS;
/** A survey reminder goes out once the survey has been open a week. */
export const SURVEY_REMINDER_AFTER_DAYS = 7;

export interface MeetingActivity {
  publishedAt: Date;
  lastHeldAt: Date | null;
  nextPlannedAt: Date | null;
  cadenceDays: number;
}

/** How long the tandem has gone without a meeting, and whether that makes it overdue or inactive. */
export function meetingGap(activity: MeetingActivity, now: Date) {
  const lastActivity = activity.lastHeldAt ?? activity.publishedAt;
  const elapsed = now.getTime() - lastActivity.getTime();
  const planned = activity.nextPlannedAt !== null;
  const cadence = activity.cadenceDays * DAY_MS;
  return {
    lastActivity,
    daysSince: Math.max(0, Math.floor(elapsed / DAY_MS)),
    overdue: !planned && elapsed >= OVERDUE_CADENCES * cadence,
    inactive: !planned && elapsed >= INACTIVE_CADENCES * cadence,
  };
}

/** The first instant after a cycle's last day (dates are whole UTC days). */
export function endOfDay(date: string) {
  return new Date(new Date(`${date}T00:00:00Z`).getTime() + DAY_MS);
}

/** Whole cadences elapsed since publication, counted up to `until` (cycle end, dissolution). */
export function meetingsExpected(publishedAt: Date, until: Date, now: Date, cadenceDays: number) {
  const end = Math.min(now.getTime(), until.getTime());
  const elapsed = end - publishedAt.getTime();
  return elapsed <= 0 ? 0 : Math.floor(elapsed / (cadenceDays * DAY_MS));
}
