import type { Db } from '../../db/database.ts';
import { sendDueEventReminders } from '../events/events.service.ts';
import { composeDueDigests } from '../outbox/digest.service.ts';
import { type ReminderOptions, runReminders } from './reminders.service.ts';

export const DEFAULT_REMINDER_INTERVAL_MS = 5 * 60 * 1000;
const FIRST_RUN_DELAY_MS = 10 * 1000;

/** The interval from REMINDER_INTERVAL_SECONDS (whole seconds, at least 1), else five minutes. */
export function readReminderIntervalMs(env: NodeJS.ProcessEnv = process.env) {
  const raw = env.REMINDER_INTERVAL_SECONDS;
  if (raw === undefined || raw === '') return DEFAULT_REMINDER_INTERVAL_MS;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 1)
    throw new Error(`REMINDER_INTERVAL_SECONDS must be a whole number of seconds, got "${raw}"`);
  return seconds * 1000;
}

/**
 * One pass: reminders due now (tandems', then events' two days before), then digests due now. Once `stopping()` says so (shutdown), the
 * digests wait for the next pass; each reminder and digest is claimed, so nothing is lost or doubled.
 */
export async function runReminderPass(
  db: Db,
  now: Date,
  options: ReminderOptions,
  stopping: () => boolean = () => false,
) {
  const reminders = await runReminders(db, now, options);
  const events = stopping() ? 0 : await sendDueEventReminders(db, now, options.siteOrigin);
  if (stopping()) return { ...reminders, events, digests: 0 };
  const { digests } = await composeDueDigests(db, now, options.siteOrigin);
  return { ...reminders, events, digests };
}

interface JobLog {
  info: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

/**
 * Runs a pass shortly after start and then every `intervalMs`, one at a time, until stopped.
 * Stopping waits for a pass under way, so the database is not closed beneath it.
 */
export function startReminderJob(
  db: Db,
  options: ReminderOptions & { intervalMs: number; firstRunDelayMs?: number; clock?: () => Date },
  log: JobLog,
) {
  const clock = options.clock ?? (() => new Date());
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const pass = async () => {
    if (stopped) return;
    try {
      const counts = await runReminderPass(db, clock(), options, () => stopped);
      const total =
        counts.meeting + counts.agreement + counts.profile + counts.survey + counts.events + counts.digests;
      if (total > 0) log.info(counts, 'reminders and digests queued');
    } catch (error) {
      log.error({ err: error }, 'reminder run failed');
    }
  };
  // A pass that outlasts the interval is not stacked upon: the next tick is skipped.
  let busy = false;
  const schedule = () => {
    if (busy) return;
    busy = true;
    running = pass().finally(() => {
      busy = false;
    });
  };
  const first = setTimeout(schedule, options.firstRunDelayMs ?? FIRST_RUN_DELAY_MS);
  const timer = setInterval(schedule, options.intervalMs);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
