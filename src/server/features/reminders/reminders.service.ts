import { addDays, today as todayOf } from '../../dates.ts';
import type { Db } from '../../db/database.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { sendProfileReminder } from '../questionnaire/questionnaire.service.ts';
import { tandemLink } from '../tandems/tandems.service.ts';
import { agreementReminderMail, meetingReminderMail, surveyReminderMail } from './reminders.mail.ts';
import {
  claimReminder,
  listTandemActivity,
  listUnansweredSurveys,
  listUnfinishedProfiles,
  recentReminderKeys,
  sentReminderKeys,
} from './reminders.repository.ts';
import { AGREEMENT_GRACE_MS, meetingGap, REPEAT_MS, SURVEY_REMINDER_AFTER_DAYS } from './reminders.rules.ts';

// The automatic reminders; the rules are written out in docs/reminders.md. Each reminder is
// recorded in reminders_sent under a key naming what and which period, in the same transaction
// as its mails, so it goes out exactly once even when several processes run the job.

export interface ReminderOptions {
  /** Origin for the links in the mails, e.g. https://mentoring.example.org. */
  siteOrigin: string;
}

export interface ReminderCounts {
  meeting: number;
  agreement: number;
  profile: number;
  survey: number;
}

export async function runReminders(db: Db, now: Date, options: ReminderOptions): Promise<ReminderCounts> {
  const counts: ReminderCounts = { meeting: 0, agreement: 0, profile: 0, survey: 0 };
  const origin = options.siteOrigin;
  const tandems = await listTandemActivity(db, now, { activeInRunningCycles: true });
  // Reminded already within the spacing, per key prefix: skipped without a transaction of their own.
  const spacedOut = async (kind: string) =>
    new Set(
      (await recentReminderKeys(db, `${kind}:`, new Date(now.getTime() - REPEAT_MS))).map((k) =>
        k.slice(0, k.lastIndexOf(':') + 1),
      ),
    );

  const overdue = tandems.flatMap((t) => {
    const gap = meetingGap(
      {
        publishedAt: t.published_at,
        lastHeldAt: t.last_held_at,
        nextPlannedAt: t.next_planned_at,
        cadenceDays: t.cadence_days,
      },
      now,
    );
    // One reminder per gap: a new held meeting starts a new gap with a new key.
    return gap.overdue ? [{ t, key: `meeting:${t.id}:${gap.lastActivity.toISOString()}` }] : [];
  });
  const meetingsSent = await sentReminderKeys(
    db,
    overdue.map((o) => o.key),
  );
  for (const { t, key } of overdue) {
    if (meetingsSent.has(key)) continue;
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, key, now))) return 0;
      const link = tandemLink(origin, t.id);
      let queued = 0;
      for (const [name, email, partner] of [
        [t.mentee_name, t.mentee_email, t.mentor_name],
        [t.mentor_name, t.mentor_email, t.mentee_name],
      ] as const) {
        const sent = await enqueueMail(trx, {
          to: email,
          kind: 'reminder.meeting',
          text: meetingReminderMail({ name, partner, lastMeeting: t.last_held_at, link }),
          digestible: true,
          automaticReminder: { kind: 'meeting', siteOrigin: origin },
        });
        if (sent) queued++;
      }
      return queued;
    });
    counts.meeting += sent;
  }

  const agreementsSpaced = await spacedOut('agreement');
  for (const t of tandems) {
    const sinceGrace = now.getTime() - t.published_at.getTime() - AGREEMENT_GRACE_MS;
    if (sinceGrace < 0) continue;
    const week = Math.floor(sinceGrace / REPEAT_MS);
    const exists = t.agreement_version !== null;
    const unsigned = [
      {
        id: t.mentee_id,
        name: t.mentee_name,
        email: t.mentee_email,
        partner: t.mentor_name,
        signed: t.mentee_signed_at,
      },
      {
        id: t.mentor_id,
        name: t.mentor_name,
        email: t.mentor_email,
        partner: t.mentee_name,
        signed: t.mentor_signed_at,
      },
    ].filter((m) => !exists || m.signed === null);
    for (const member of unsigned) {
      const prefix = `agreement:${t.id}:${member.id}:`;
      if (agreementsSpaced.has(prefix)) continue;
      const sent = await db.transaction().execute(async (trx) => {
        if (!(await claimReminder(trx, `${prefix}${week}`, now, { prefix, minIntervalMs: REPEAT_MS })))
          return 0;
        const sent = await enqueueMail(trx, {
          to: member.email,
          kind: 'reminder.agreement',
          text: agreementReminderMail({
            name: member.name,
            partner: member.partner,
            exists,
            link: tandemLink(origin, t.id),
          }),
          digestible: true,
          automaticReminder: { kind: 'agreement', siteOrigin: origin },
        });
        return sent ? 1 : 0;
      });
      counts.agreement += sent;
    }
  }

  const week = Math.floor(now.getTime() / REPEAT_MS);
  const profilesSpaced = await spacedOut('profile');
  for (const p of await listUnfinishedProfiles(db)) {
    // Not on top of the invitation, nor of a contact's own reminder.
    if (now.getTime() - p.created_at.getTime() < REPEAT_MS) continue;
    if (p.last_reminder_at && now.getTime() - p.last_reminder_at.getTime() < REPEAT_MS) continue;
    const prefix = `profile:${p.id}:`;
    if (profilesSpaced.has(prefix)) continue;
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, `${prefix}${week}`, now, { prefix, minIntervalMs: REPEAT_MS })))
        return 0;
      const sent = await sendProfileReminder(
        trx,
        { id: p.id, email: p.email, name: p.name, role: p.role, cycleName: p.cycle_name },
        now,
        origin,
      );
      return sent ? 1 : 0;
    });
    counts.profile += sent;
  }

  const today = todayOf(now);
  for (const s of await listUnansweredSurveys(db, today, addDays(today, -SURVEY_REMINDER_AFTER_DAYS))) {
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await claimReminder(trx, `survey:${s.survey_id}:${s.participant_id}`, now))) return 0;
      const sent = await enqueueMail(trx, {
        to: s.email,
        kind: 'reminder.survey',
        text: surveyReminderMail({
          name: s.name,
          surveyTitle: s.survey_title,
          cycleName: s.cycle_name,
          closesOn: s.closes_on,
          link: `${origin}/surveys`,
        }),
        digestible: true,
        automaticReminder: { kind: 'survey', siteOrigin: origin },
      });
      return sent ? 1 : 0;
    });
    counts.survey += sent;
  }
  return counts;
}
