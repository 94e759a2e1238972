import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsortium, createParticipant } from '../../../../test/factories.ts';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { readReminderIntervalMs, startReminderJob } from './reminder-job.ts';
import { DAY_MS } from './reminders.rules.ts';

let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

describe('reminder job', () => {
  it('reads its interval from REMINDER_INTERVAL_SECONDS, five minutes by default', () => {
    expect(readReminderIntervalMs({})).toBe(300_000);
    expect(readReminderIntervalMs({ REMINDER_INTERVAL_SECONDS: '30' })).toBe(30_000);
    expect(() => readReminderIntervalMs({ REMINDER_INTERVAL_SECONDS: 'often' })).toThrow(
      'REMINDER_INTERVAL_SECONDS must be a whole number of seconds, got "often"',
    );
  });

  it('runs shortly after start, logs what it queued, and stops cleanly', async () => {
    const { db } = database;
    const now = new Date('2027-03-01T09:00:00Z');
    const c = await createConsortium(db, now);
    const mentorB = await createParticipant(db, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
      role: 'mentor',
      name: 'Bea Mentor',
      email: 'bea@beta.example',
    });
    await db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
    await db
      .insertInto('tandems')
      .values({
        cycle_id: c.cycleId,
        mentee_id: c.menteeA.participantId,
        mentor_id: mentorB.participantId,
        score: 50,
        reasons: [],
        published_at: new Date(now.getTime() - 50 * DAY_MS),
      })
      .execute();

    const logged: { msg: string; obj: object }[] = [];
    const log = {
      info: (obj: object, msg: string) => logged.push({ obj, msg }),
      error: (obj: object, msg: string) => logged.push({ obj, msg }),
    };
    const job = startReminderJob(
      db,
      { siteOrigin: 'http://localhost:3000', intervalMs: 60_000, firstRunDelayMs: 10, clock: () => now },
      log,
    );
    const deadline = Date.now() + 20_000;
    while (logged.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await job.stop();
    expect(logged).toEqual([
      {
        msg: 'reminders and digests queued',
        obj: { meeting: 2, agreement: 2, profile: 0, survey: 0, events: 0, digests: 0 },
      },
    ]);
    const kinds = await db.selectFrom('outbox').select('kind').orderBy('kind').execute();
    expect(kinds.map((k) => k.kind)).toEqual([
      'reminder.agreement',
      'reminder.agreement',
      'reminder.meeting',
      'reminder.meeting',
    ]);
  });
});
