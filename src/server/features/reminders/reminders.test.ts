import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createConsortium,
  createParticipant,
  createTandem,
} from '../../../../test/factories.ts';
import { listUnansweredSurveys } from './reminders.repository.ts';
import { DAY_MS } from './reminders.rules.ts';
import { runReminders } from './reminders.service.ts';

// Every rule runs on a frozen clock that the test moves; `published` is the tandem's start.

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
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
});
afterEach(() => t.close());

const origin = 'https://mentoring.example.org';
const at = (days: number) => new Date(published.getTime() + days * DAY_MS);
const run = (days: number) => runReminders(t.db, at(days), { siteOrigin: origin });

const tandem = (menteeId = c.menteeA.participantId, mentorId = mentorB.participantId) =>
  createTandem(t.db, { cycleId: c.cycleId, menteeId, mentorId, publishedAt: published });

async function meeting(
  tandemId: string,
  status: 'proposed' | 'accepted' | 'cancelled' | 'held',
  day: number,
) {
  await t.db
    .insertInto('meetings')
    .values({
      tandem_id: tandemId,
      ical_uid: `${crypto.randomUUID()}@test`,
      starts_at: at(day),
      duration_minutes: 60,
      time_zone: 'Europe/Berlin',
      status,
      proposed_by: c.menteeA.participantId,
    })
    .execute();
}

async function agreement(
  tandemId: string,
  values: { menteeSigned?: number; mentorSigned?: number; cadence?: number },
) {
  await t.db
    .insertInto('agreements')
    .values({
      tandem_id: tandemId,
      version: 1,
      goals: '[]',
      cadence_days: values.cadence ?? 30,
      meeting_format: 'video',
      confidentiality: 'Between us.',
      mentee_signed_at: values.menteeSigned === undefined ? null : at(values.menteeSigned),
      mentor_signed_at: values.mentorSigned === undefined ? null : at(values.mentorSigned),
    })
    .execute();
}

async function mails(kind: string) {
  return t.db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'body', 'status'])
    .where('kind', '=', kind)
    .orderBy('recipient')
    .orderBy('created_at')
    .execute();
}
const recipients = async (kind: string) => (await mails(kind)).map((m) => m.recipient);

describe('meeting reminders', () => {
  it('reminds both members once 1.5 cadences pass without a meeting, once per gap', async () => {
    const id = await tandem();
    expect((await run(44.9)).meeting).toBe(0);
    expect((await run(45)).meeting).toBe(2);
    expect(await recipients('reminder.meeting')).toEqual(['bea@beta.example', 'mia@alpha.example']);
    const [toBea] = await mails('reminder.meeting');
    expect(toBea?.subject).toBe('Time to meet Mia Mentee');
    expect(toBea?.body).toContain(`${origin}/tandems/${id}`);
    expect(toBea?.body).toContain('have not met yet');

    // Later runs in the same gap send nothing more.
    expect((await run(46)).meeting).toBe(0);
    expect((await run(100)).meeting).toBe(0);
    expect(await recipients('reminder.meeting')).toHaveLength(2);

    // A held meeting starts a new gap, reminded 1.5 cadences after it.
    await meeting(id, 'held', 101);
    expect((await run(145)).meeting).toBe(0);
    expect((await run(146)).meeting).toBe(2);
    const second = (await mails('reminder.meeting')).at(-1);
    expect(second?.body).toContain('was on');
  });

  it('stays quiet while a meeting is planned, and counts only proposed or accepted ones in the future', async () => {
    const id = await tandem();
    await meeting(id, 'accepted', 50);
    expect((await run(46)).meeting).toBe(0);
    // Once the planned date is past without being held, nothing is planned any more.
    expect((await run(51)).meeting).toBe(2);

    const other = await tandem(c.menteeB.participantId, c.mentorA.participantId);
    await meeting(other, 'cancelled', 60);
    await meeting(other, 'proposed', 70);
    expect((await run(55)).meeting).toBe(0);
  });

  it("follows the agreement's cadence over the cycle's", async () => {
    const id = await tandem();
    await agreement(id, { cadence: 14, menteeSigned: 1, mentorSigned: 1 });
    expect((await run(20.9)).meeting).toBe(0);
    expect((await run(21)).meeting).toBe(2);
  });

  it("uses the cycle's cadence when there is no agreement", async () => {
    await t.db.updateTable('cycles').set({ meeting_cadence_days: 20 }).where('id', '=', c.cycleId).execute();
    await tandem();
    expect((await run(29)).meeting).toBe(0);
    expect((await run(30)).meeting).toBe(2);
  });

  it('leaves ended tandems and cycles that are not running alone', async () => {
    const id = await tandem();
    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: at(10) })
      .where('id', '=', id)
      .execute();
    expect((await run(50)).meeting).toBe(0);

    await tandem(c.menteeB.participantId, c.mentorA.participantId);
    await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', c.cycleId).execute();
    expect(await run(50)).toMatchObject({ meeting: 0, agreement: 0 });
  });

  it('holds the reminder for a digest reader and writes it in their language', async () => {
    await t.db
      .updateTable('people')
      .set({ mail_language: 'de', mail_digest: true })
      .where('id', '=', c.menteeA.personId)
      .execute();
    await tandem();
    await run(45);
    const [toBea, toMia] = await mails('reminder.meeting');
    expect(toBea).toMatchObject({ status: 'pending', subject: 'Time to meet Mia Mentee' });
    expect(toMia).toMatchObject({ status: 'held', subject: 'Zeit für ein Treffen mit Bea Mentor' });
    expect(toMia?.body).toContain('Guten Tag Mia Mentee');
  });

  it('sends each reminder once when two runs race', async () => {
    await tandem();
    const [a, b] = await Promise.all([run(45), run(45)]);
    expect(a.meeting + b.meeting).toBe(2);
    expect(await recipients('reminder.meeting')).toEqual(['bea@beta.example', 'mia@alpha.example']);
  });

  it('passes over reminders already sent without a transaction for each', async () => {
    await tandem();
    const first = await run(45);
    expect([first.meeting, first.agreement]).toEqual([2, 2]);
    const transactions = vi.spyOn(t.db, 'transaction');
    expect(await run(45.5)).toEqual({ meeting: 0, agreement: 0, profile: 0, survey: 0 });
    expect(transactions).not.toHaveBeenCalled();
    transactions.mockRestore();
  });
});

describe('agreement reminders', () => {
  it('reminds members without an agreement after three weeks, then at most weekly', async () => {
    await tandem();
    expect((await run(20.9)).agreement).toBe(0);
    expect((await run(21)).agreement).toBe(2);
    expect((await mails('reminder.agreement'))[0]?.body).toContain('have no tandem agreement yet');
    expect((await run(27.9)).agreement).toBe(0);
    expect((await run(28)).agreement).toBe(2);
    expect((await run(30)).agreement).toBe(0);
  });

  it('reminds only the member who has not signed, and stops once both have', async () => {
    const id = await tandem();
    await agreement(id, { menteeSigned: 5 });
    expect((await run(21)).agreement).toBe(1);
    expect(await recipients('reminder.agreement')).toEqual(['bea@beta.example']);
    expect((await mails('reminder.agreement'))[0]?.body).toContain('You have not signed');

    await t.db
      .updateTable('agreements')
      .set({ mentor_signed_at: at(22) })
      .where('tandem_id', '=', id)
      .execute();
    expect((await run(28)).agreement).toBe(0);
  });

  it('asks again when a new version waits for signatures', async () => {
    const id = await tandem();
    await agreement(id, { menteeSigned: 2, mentorSigned: 3 });
    expect((await run(21)).agreement).toBe(0);
    await t.db
      .insertInto('agreements')
      .values({
        tandem_id: id,
        version: 2,
        goals: '[]',
        cadence_days: 30,
        meeting_format: 'video',
        confidentiality: 'Between us.',
        mentee_signed_at: at(30),
      })
      .execute();
    expect((await run(31)).agreement).toBe(1);
    expect(await recipients('reminder.agreement')).toEqual(['bea@beta.example']);
  });
});

describe('profile reminders', () => {
  beforeEach(async () => {
    await t.db.updateTable('cycles').set({ status: 'open' }).where('id', '=', c.cycleId).execute();
    // Everyone was added ten days before `published`; Ben has finished his profile.
    await sql`update participants set created_at = ${at(-10)}`.execute(t.db);
    await t.db
      .updateTable('participants')
      .set({ profile_completed_at: at(-1) })
      .where('id', '=', c.menteeB.participantId)
      .execute();
  });

  it('reminds unfinished profiles in an open cycle weekly, with a link to the programme page', async () => {
    expect((await run(0)).profile).toBe(3);
    expect(await recipients('reminder.profile')).toEqual([
      'bea@beta.example',
      'mia@alpha.example',
      'mona@alpha.example',
    ]);
    expect((await mails('reminder.profile'))[1]?.body).toContain(`${origin}/my-programme`);
    // Contacts see the automatic reminder as the last one, as they see their own.
    const reminded = await t.db
      .selectFrom('participants')
      .select('last_reminder_at')
      .where('id', '=', c.menteeA.participantId)
      .executeTakeFirstOrThrow();
    expect(reminded.last_reminder_at).toEqual(at(0));
    expect((await run(6.9)).profile).toBe(0);
    expect((await run(7)).profile).toBe(3);
  });

  it('waits a week after the participant was added and after a manual reminder', async () => {
    await sql`update participants set created_at = ${at(-3)} where id = ${c.menteeA.participantId}`.execute(
      t.db,
    );
    await t.db
      .updateTable('participants')
      .set({ last_reminder_at: at(-2) })
      .where('id', '=', c.mentorA.participantId)
      .execute();
    expect((await run(0)).profile).toBe(1);
    expect(await recipients('reminder.profile')).toEqual(['bea@beta.example']);
    expect((await run(5)).profile).toBe(2);
    expect(await recipients('reminder.profile')).toEqual([
      'bea@beta.example',
      'mia@alpha.example',
      'mona@alpha.example',
    ]);
  });

  it('sends nothing once the cycle is past the open phase', async () => {
    await t.db.updateTable('cycles').set({ status: 'matching' }).where('id', '=', c.cycleId).execute();
    expect((await run(0)).profile).toBe(0);
  });
});

describe('survey reminders', () => {
  const day = (days: number) => at(days).toISOString().slice(0, 10);
  // Every cycle comes with its surveys; the tests move their dates.
  async function survey(role: 'mentor' | 'mentee', opensOn: number, closesOn: number, kind = 'midterm') {
    const row = await t.db
      .updateTable('surveys')
      .set({ opens_on: day(opensOn), closes_on: day(closesOn) })
      .where('cycle_id', '=', c.cycleId)
      .where('role', '=', role)
      .where('kind', '=', kind as 'midterm')
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  it('reminds participants with a tandem who have not answered, once, a week after it opened', async () => {
    await tandem();
    await survey('mentee', 0, 30);
    expect((await run(6)).survey).toBe(0);
    // Mia has a tandem; Ben, a mentee without one, is not asked.
    expect((await run(7)).survey).toBe(1);
    expect(await recipients('reminder.survey')).toEqual(['mia@alpha.example']);
    expect((await mails('reminder.survey'))[0]?.body).toContain(`${origin}/surveys`);
    expect((await run(14)).survey).toBe(0);
    // The reminded are not even listed again, so later passes do not claim them one by one.
    expect(await listUnansweredSurveys(t.db, day(14), day(7))).toEqual([]);
  });

  it('skips those who answered and closed surveys; an ended tandem still counts', async () => {
    const id = await tandem();
    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: at(3) })
      .where('id', '=', id)
      .execute();
    await tandem(c.menteeB.participantId, c.mentorA.participantId);
    await survey('mentee', 0, 30);
    const mentors = await survey('mentor', 0, 30);
    await t.db
      .insertInto('survey_responses')
      .values({ survey_id: mentors, participant_id: mentorB.participantId, answers: '{}' })
      .execute();
    expect((await run(8)).survey).toBe(3);
    expect(await recipients('reminder.survey')).toEqual([
      'ben@beta.example',
      'mia@alpha.example',
      'mona@alpha.example',
    ]);

    // A survey past its last day reminds nobody.
    await survey('mentee', -20, 8, 'final');
    expect((await run(8)).survey).toBe(0);
  });
});
