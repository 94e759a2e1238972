import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { runReminderPass } from './reminder-job.ts';
import { DAY_MS, REPEAT_MS } from './reminders.rules.ts';

// Races need a server: PGlite runs one transaction at a time, so two reminder passes (two app
// processes) never claim at the same moment there, and the claims' guards are never put to the test.
const onPostgres = Boolean(process.env.DATABASE_URL);

const origin = 'https://mentoring.example.org';
const MINUTE = 60 * 1000;

describe.skipIf(!onPostgres)('reminder passes at the same moment (PostgreSQL)', () => {
  let t: TestApp;
  let c: Consortium;
  let mentorB: { participantId: string; personId: string };
  let published: Date;
  beforeEach(async () => {
    t = await buildTestApp();
    c = await createConsortium(t.db, t.clock.now());
    mentorB = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
      role: 'mentor',
      name: 'Bea Mentor',
      email: 'bea@beta.example',
    });
    published = t.clock.now();
  });
  afterEach(() => t.close());

  const at = (days: number) => new Date(published.getTime() + days * DAY_MS);
  const setCycleStatus = (status: 'open' | 'running') =>
    t.db.updateTable('cycles').set({ status }).where('id', '=', c.cycleId).execute();

  async function tandem() {
    const row = await t.db
      .insertInto('tandems')
      .values({
        cycle_id: c.cycleId,
        mentee_id: c.menteeA.participantId,
        mentor_id: mentorB.participantId,
        score: 50,
        reasons: [],
        published_at: published,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function agreement(tandemId: string, signed: { mentee: boolean; mentor: boolean }) {
    await t.db
      .insertInto('agreements')
      .values({
        tandem_id: tandemId,
        version: 1,
        goals: '[]',
        cadence_days: 30,
        meeting_format: 'video',
        confidentiality: 'Between us.',
        mentee_signed_at: signed.mentee ? at(1) : null,
        mentor_signed_at: signed.mentor ? at(1) : null,
      })
      .execute();
  }

  async function waitingOnLocks() {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
    return rows[0]?.n ?? 0;
  }

  /**
   * Runs one reminder pass per instant, all at once, as app processes on one database would. Mail
   * being queued is held up (reads go through) until every pass waits on a lock: each is inside
   * its claim's transaction, or waits for the other's claim. Released together, the claims really
   * overlap; a claim that did not guard against the other would queue its mail too.
   */
  async function passesAtOnce(...instants: Date[]) {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const blocker = t.db.transaction().execute(async (trx) => {
      await sql`lock table outbox in exclusive mode`.execute(trx);
      locked();
      await released;
    });
    await Promise.race([holding, blocker]);
    const passes = Promise.allSettled(
      instants.map((now) => runReminderPass(t.db, now, { siteOrigin: origin })),
    );
    try {
      for (let i = 0; (await waitingOnLocks()) < instants.length; i++) {
        if (i > 1000) throw new Error(`the ${instants.length} passes never all waited on a lock`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    } finally {
      release();
      await blocker;
    }
    const results = await passes;
    for (const result of results) {
      if (result.status === 'rejected') throw result.reason;
    }
    return results.map(
      (r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof runReminderPass>>>).value,
    );
  }

  async function mails(kind: string) {
    const rows = await t.db
      .selectFrom('outbox')
      .select('recipient')
      .where('kind', '=', kind)
      .orderBy('recipient')
      .execute();
    return rows.map((r) => r.recipient);
  }

  async function claims(prefix: string) {
    const rows = await t.db
      .selectFrom('reminders_sent')
      .select('key')
      .where('key', 'like', `${prefix}%`)
      .execute();
    return rows.length;
  }

  const total = (
    results: Awaited<ReturnType<typeof passesAtOnce>>,
    kind: 'meeting' | 'agreement' | 'profile' | 'survey' | 'digests',
  ) => results.reduce((sum, r) => sum + r[kind], 0);

  it('meeting: one reminder to each member of the tandem', async () => {
    await setCycleStatus('running');
    const id = await tandem();
    await agreement(id, { mentee: true, mentor: true });
    const results = await passesAtOnce(at(45), at(45));
    expect(total(results, 'meeting')).toBe(2);
    expect(await mails('reminder.meeting')).toEqual(['bea@beta.example', 'mia@alpha.example']);
    expect(await claims(`meeting:${id}:`)).toBe(1);
  });

  it('agreement: one reminder when both passes find it due in the same week', async () => {
    await setCycleStatus('running');
    const id = await tandem();
    await agreement(id, { mentee: true, mentor: false });
    const results = await passesAtOnce(at(21), at(21));
    expect(total(results, 'agreement')).toBe(1);
    expect(await mails('reminder.agreement')).toEqual(['bea@beta.example']);
    expect(await claims(`agreement:${id}:`)).toBe(1);
  });

  it('agreement: one reminder when the passes fall either side of a week boundary', async () => {
    await setCycleStatus('running');
    const id = await tandem();
    await agreement(id, { mentee: true, mentor: false });
    // Day 28 after publication starts the reminder's second week: different keys, one reminder.
    const boundary = at(28).getTime();
    const results = await passesAtOnce(new Date(boundary - MINUTE), new Date(boundary + MINUTE));
    expect(total(results, 'agreement')).toBe(1);
    expect(await mails('reminder.agreement')).toEqual(['bea@beta.example']);
    expect(await claims(`agreement:${id}:`)).toBe(1);
  });

  describe('profile', () => {
    // Of everyone in the (open) cycle, only Mia has not finished her profile.
    const week = (now: Date) => Math.floor(now.getTime() / REPEAT_MS);
    const boundary = () => new Date((week(at(0)) + 1) * REPEAT_MS);
    beforeEach(async () => {
      await setCycleStatus('open');
      await sql`update participants set created_at = ${new Date(boundary().getTime() - 10 * DAY_MS)}`.execute(
        t.db,
      );
      await t.db
        .updateTable('participants')
        .set({ profile_completed_at: at(-1) })
        .where('id', '!=', c.menteeA.participantId)
        .execute();
    });

    it('one reminder when both passes find it due in the same week', async () => {
      const now = new Date(boundary().getTime() + DAY_MS);
      const results = await passesAtOnce(now, now);
      expect(total(results, 'profile')).toBe(1);
      expect(await mails('reminder.profile')).toEqual(['mia@alpha.example']);
      expect(await claims(`profile:${c.menteeA.participantId}:`)).toBe(1);
    });

    it('one reminder when the passes fall either side of a week boundary', async () => {
      const results = await passesAtOnce(
        new Date(boundary().getTime() - MINUTE),
        new Date(boundary().getTime() + MINUTE),
      );
      expect(total(results, 'profile')).toBe(1);
      expect(await mails('reminder.profile')).toEqual(['mia@alpha.example']);
      expect(await claims(`profile:${c.menteeA.participantId}:`)).toBe(1);
    });
  });

  it('survey: one reminder to a participant who has not answered', async () => {
    await setCycleStatus('running');
    await tandem();
    const day = (days: number) => at(days).toISOString().slice(0, 10);
    const survey = await t.db
      .updateTable('surveys')
      .set({ opens_on: day(0), closes_on: day(30) })
      .where('cycle_id', '=', c.cycleId)
      .where('role', '=', 'mentee')
      .where('kind', '=', 'midterm')
      .returning('id')
      .executeTakeFirstOrThrow();
    const results = await passesAtOnce(at(7), at(7));
    expect(total(results, 'survey')).toBe(1);
    expect(await mails('reminder.survey')).toEqual(['mia@alpha.example']);
    expect(await claims(`survey:${survey.id}:`)).toBe(1);
  });

  it('digest: held messages go out in one digest', async () => {
    await t.db
      .updateTable('people')
      .set({ mail_digest: true })
      .where('id', '=', c.menteeA.personId)
      .execute();
    await t.db
      .insertInto('outbox')
      .values(
        [1, 2].map((n) => ({
          recipient: 'mia@alpha.example',
          subject: `Update ${n}`,
          body: `Held message ${n}`,
          status: 'held' as const,
          kind: 'reminder.meeting',
          created_at: at(-2),
        })),
      )
      .execute();
    const results = await passesAtOnce(at(0), at(0));
    expect(total(results, 'digests')).toBe(1);
    expect(await mails('digest')).toEqual(['mia@alpha.example']);
    const held = await t.db
      .selectFrom('outbox')
      .select(['status', 'digest_id'])
      .where('kind', '=', 'reminder.meeting')
      .execute();
    expect(held.map((m) => m.status)).toEqual(['digested', 'digested']);
    expect(new Set(held.map((m) => m.digest_id)).size).toBe(1);
  });
});
