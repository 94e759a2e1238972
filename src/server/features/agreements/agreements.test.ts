import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createParticipant,
  sessionCookie,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';

let t: TestApp;
let c: Consortium;
let tandemId: string;
/** Mia (mentee of Alpha) and Bea (mentor of Beta) form the tandem; Bea reads her mail in German. */
let mia: (method: InjectOptions['method'], url: string, payload?: unknown) => ReturnType<typeof callApi>;
let bea: typeof mia;
let beaCookie: string;

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  const mentorB = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Bea Mentor',
    email: 'bea@beta.example',
  });
  await t.db.updateTable('people').set({ mail_language: 'de' }).where('id', '=', mentorB.personId).execute();
  const account = await createAccount(t.db, {
    email: 'bea@beta.example',
    name: 'Bea Mentor',
    role: 'participant',
    personId: mentorB.personId,
  });
  beaCookie = await sessionCookie(t.db, account, t.clock.now());
  const row = await t.db
    .insertInto('tandems')
    .values({
      cycle_id: c.cycleId,
      mentee_id: c.menteeA.participantId,
      mentor_id: mentorB.participantId,
      score: 70,
      reasons: ['shares goals: negotiation'],
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  tandemId = row.id;
  mia = (method, url, payload) => callApi(t, c.cookies.menteeA, method, url, payload);
  bea = (method, url, payload) => callApi(t, beaCookie, method, url, payload);
});
afterEach(() => t.close());

const url = (path = '') => `/api/v1/tandems/${tandemId}/agreement${path}`;

const nothingSaved = { version: 0, savedAt: null };

/** The newest version as a client reads it: its number and when it was saved. */
async function read() {
  const row = await t.db
    .selectFrom('agreements')
    .select(['version', 'updated_at'])
    .where('tandem_id', '=', tandemId)
    .orderBy('version', 'desc')
    .executeTakeFirst();
  return row ? { version: row.version, savedAt: row.updated_at.toISOString() } : nothingSaved;
}

function draft(
  at: { version: number; savedAt: string | null },
  goals: { goalId?: string; title: string; successMeasure: string }[] = [
    { title: 'Negotiate my budget', successMeasure: 'Budget agreed by March' },
  ],
) {
  return {
    ...at,
    goals,
    cadenceDays: 30,
    meetingFormat: 'video',
    confidentiality: 'What we say stays between us.',
  };
}

async function outbox() {
  return t.db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'kind', 'body'])
    .orderBy('created_at')
    .execute();
}

describe('the agreement', () => {
  it('starts as a draft from the cycle defaults, and reading it writes nothing', async () => {
    await t.db
      .updateTable('cycles')
      .set({ meeting_cadence_days: 14, confidentiality_text: 'Our cycle terms.' })
      .where('id', '=', c.cycleId)
      .execute();
    const read = await mia('GET', url());
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      status: 'not_saved',
      current: { version: 0, goals: [], cadenceDays: 14, confidentiality: 'Our cycle terms.', savedAt: null },
      history: [],
      viewerSide: 'mentee',
      mentee: { name: 'Mia Mentee' },
      mentor: { name: 'Bea Mentor' },
    });
    expect(await t.db.selectFrom('agreements').selectAll().execute()).toEqual([]);
  });

  it('is saved, signed by one side and then the other, and both hear of it in their language', async () => {
    const saved = await mia('PUT', url(), draft(await read()));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      status: 'unsigned',
      current: { version: 1, cadenceDays: 30, meetingFormat: 'video', editedBy: { name: 'Mia Mentee' } },
    });
    expect(saved.body.current.goals).toEqual([
      { goalId: expect.any(String), title: 'Negotiate my budget', successMeasure: 'Budget agreed by March' },
    ]);
    // Bea reads German mail: she is told Mia changed the agreement.
    expect(await outbox()).toEqual([
      expect.objectContaining({
        recipient: 'bea@beta.example',
        subject: 'Mia Mentee hat Ihre Tandem-Vereinbarung geändert',
        body: expect.stringContaining(`/tandems/${tandemId}`),
      }),
    ]);

    t.clock.advance(60_000);
    const miaSigned = await mia('POST', url('/sign'), await read());
    expect(miaSigned.body).toMatchObject({
      status: 'partly_signed',
      current: { menteeSignedAt: '2026-11-27T10:01:00.000Z', mentorSignedAt: null },
    });
    t.clock.advance(60_000);
    const beaSigned = await bea('POST', url('/sign'), await read());
    expect(beaSigned.body).toMatchObject({
      status: 'signed',
      viewerSide: 'mentor',
      current: { menteeSignedAt: '2026-11-27T10:01:00.000Z', mentorSignedAt: '2026-11-27T10:02:00.000Z' },
    });
    const mails = await outbox();
    expect(mails.map((m) => [m.recipient, m.subject])).toEqual([
      ['bea@beta.example', 'Mia Mentee hat Ihre Tandem-Vereinbarung geändert'],
      ['bea@beta.example', 'Mia Mentee hat Ihre Tandem-Vereinbarung unterschrieben'],
      ['mia@alpha.example', 'Your tandem agreement is signed'],
      ['bea@beta.example', 'Ihre Tandem-Vereinbarung ist unterschrieben'],
    ]);
  });

  it('signing the same version twice changes nothing', async () => {
    await mia('PUT', url(), draft(await read()));
    const first = await mia('POST', url('/sign'), await read());
    t.clock.advance(60_000);
    const again = await mia('POST', url('/sign'), await read());
    expect(again.status).toBe(200);
    expect(again.body.current.menteeSignedAt).toBe(first.body.current.menteeSignedAt);
    const signed = await t.db
      .selectFrom('goal_events')
      .select('kind')
      .where('kind', '=', 'agreement.signed')
      .execute();
    expect(signed).toHaveLength(1);
  });

  it('is changed in place until someone signs; a change after signing is a new version both sign again', async () => {
    const first = await mia('PUT', url(), draft(await read()));
    const goalId = first.body.current.goals[0].goalId;
    // Nobody signed yet: Bea's edit stays version 1.
    const edited = await bea(
      'PUT',
      url(),
      draft(await read(), [
        { goalId, title: 'Negotiate my budget', successMeasure: 'Budget agreed by April' },
      ]),
    );
    expect(edited.body).toMatchObject({
      status: 'unsigned',
      current: { version: 1, editedBy: { name: 'Bea Mentor' } },
    });
    await mia('POST', url('/sign'), await read());
    await bea('POST', url('/sign'), await read());

    // Saving what is there keeps the signatures.
    const same = await mia(
      'PUT',
      url(),
      draft(await read(), [
        { goalId, title: 'Negotiate my budget', successMeasure: 'Budget agreed by April' },
      ]),
    );
    expect(same.body).toMatchObject({ status: 'signed', current: { version: 1 } });

    t.clock.advance(60_000);
    const changed = await mia('PUT', url(), {
      ...draft(await read(), [{ title: 'Lead a cross-team project', successMeasure: 'Project kicked off' }]),
      cadenceDays: 14,
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      status: 'unsigned',
      viewerMustSignAgain: true,
      current: { version: 2, cadenceDays: 14, menteeSignedAt: null, mentorSignedAt: null },
      history: [
        {
          version: 1,
          cadenceDays: 30,
          goals: [{ goalId, title: 'Negotiate my budget', successMeasure: 'Budget agreed by April' }],
          menteeSignedAt: expect.any(String),
          mentorSignedAt: expect.any(String),
        },
      ],
    });
    expect((await bea('GET', url())).body.viewerMustSignAgain).toBe(true);

    // The goal left out is gone from the live goals and its removal is on the timeline.
    const board = await bea('GET', `/api/v1/tandems/${tandemId}/goals`);
    expect(board.body.goals.map((g: { title: string }) => g.title)).toEqual(['Lead a cross-team project']);
    expect(board.body.timeline.slice(0, 3)).toEqual([
      expect.objectContaining({
        kind: 'agreement.saved',
        agreementVersion: 2,
        author: expect.objectContaining({ name: 'Mia Mentee' }),
      }),
      expect.objectContaining({ kind: 'goal.removed', goalTitle: 'Negotiate my budget' }),
      expect.objectContaining({ kind: 'goal.added', goalTitle: 'Lead a cross-team project' }),
    ]);

    // The kept row still exists for the history.
    const removed = await t.db
      .selectFrom('goals')
      .select('removed_at')
      .where('id', '=', goalId)
      .executeTakeFirstOrThrow();
    expect(removed.removed_at).not.toBeNull();
  });

  it('refuses a stale version, more than five goals, none, and a goal that is not the tandem’s', async () => {
    await mia('PUT', url(), draft(await read()));
    const stale = await bea('PUT', url(), draft(nothingSaved));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect((await bea('POST', url('/sign'), { ...(await read()), version: 2 })).status).toBe(409);

    // Nobody signed yet, so Bea's edit keeps version 1; what Mia read before it is stale all the same.
    const miaRead = await read();
    t.clock.advance(1000);
    await bea('PUT', url(), { ...draft(miaRead), cadenceDays: 14 });
    expect((await mia('POST', url('/sign'), miaRead)).status).toBe(409);
    expect((await mia('PUT', url(), draft(miaRead))).status).toBe(409);

    const six = Array.from({ length: 6 }, (_, i) => ({ title: `Goal ${i + 1}`, successMeasure: 'measured' }));
    const tooMany = await mia('PUT', url(), draft(await read(), six));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toMatch(/at most 5 goals/);
    expect((await mia('PUT', url(), draft(await read(), six.slice(0, 5)))).status).toBe(200);
    expect((await mia('PUT', url(), draft(await read(), []))).status).toBe(400);
    const noMeasure = await mia('PUT', url(), draft(await read(), [{ title: 'Vague', successMeasure: ' ' }]));
    expect(noMeasure.body.error.message).toMatch(/how you will know/);

    const foreign = await mia(
      'PUT',
      url(),
      draft(await read(), [
        { goalId: '00000000-0000-4000-8000-000000000000', title: 'x', successMeasure: 'y' },
      ]),
    );
    expect(foreign.status).toBe(404);
  });

  it('cannot be signed before it is saved', async () => {
    const early = await mia('POST', url('/sign'), { version: 1, savedAt: t.clock.now().toISOString() });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Save the agreement/);
  });

  it('is the tandem’s alone: staff and other participants meet a 404', async () => {
    await mia('PUT', url(), draft(await read()));
    for (const cookie of [c.cookies.coordinator, c.cookies.contactA, c.cookies.contactB, c.cookies.mentorA]) {
      expect((await callApi(t, cookie, 'GET', url())).status).toBe(404);
      expect((await callApi(t, cookie, 'GET', `/api/v1/tandems/${tandemId}/goals`)).status).toBe(404);
    }
    // Mona is a participant of the same cycle, but not in this tandem.
    expect((await callApi(t, c.cookies.mentorA, 'PUT', url(), draft(await read()))).status).toBe(404);
    expect((await callApi(t, c.cookies.mentorA, 'POST', url('/sign'), await read())).status).toBe(404);
  });

  it('is read-only once the tandem has ended', async () => {
    await mia('PUT', url(), draft(await read()));
    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: t.clock.now(), dissolved_reason: 'moved' })
      .execute();
    expect((await mia('GET', url())).status).toBe(200);
    expect((await mia('PUT', url(), draft(await read()))).status).toBe(409);
    expect((await bea('POST', url('/sign'), await read())).status).toBe(409);
  });
});

describe('what the agreement offers', () => {
  it('flags saving and signing exactly when the requests go through', async () => {
    const draftRead = await mia('GET', url());
    expect(draftRead.body.can).toEqual({ save: true, sign: false });
    expect(
      (await mia('POST', url('/sign'), { version: 1, savedAt: t.clock.now().toISOString() })).status,
    ).toBe(409);

    const saved = await mia('PUT', url(), draft(await read()));
    expect(saved.body.can).toEqual({ save: true, sign: true });
    const signed = await mia('POST', url('/sign'), await read());
    expect(signed.status).toBe(200);
    // Mia's signature is there: signing is no longer offered to her, but still to Bea.
    expect(signed.body.can).toEqual({ save: true, sign: false });
    expect((await bea('GET', url())).body.can).toEqual({ save: true, sign: true });

    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: t.clock.now(), dissolved_reason: 'moved' })
      .execute();
    expect((await bea('GET', url())).body.can).toEqual({ save: false, sign: false });
    const signing = await bea('POST', url('/sign'), await read());
    expect(signing.status).toBe(409);
    expect(signing.body.error.message).toBe('This tandem has ended; it can no longer be changed.');
    expect((await bea('PUT', url(), draft(await read()))).status).toBe(409);
  });
});

describe('the cycle’s tandem settings', () => {
  const settingsUrl = () => `/api/v1/cycles/${c.cycleId}/tandem-settings`;

  it('the coordinator sets the defaults that new agreements start with', async () => {
    const coordinator = (method: InjectOptions['method'], payload?: unknown) =>
      callApi(t, c.cookies.coordinator, method, settingsUrl(), payload);
    const read = (await coordinator('GET')).body;
    expect(read).toMatchObject({ meetingCadenceDays: 30, version: 1 });
    const changed = await coordinator('PUT', {
      meetingCadenceDays: 42,
      confidentialityText: 'Nothing leaves the tandem.',
      version: read.version,
    });
    expect(changed.body).toEqual({
      meetingCadenceDays: 42,
      confidentialityText: 'Nothing leaves the tandem.',
      version: read.version + 1,
    });
    // A second coordinator's form, read before that save, is refused instead of undoing it.
    const stale = await coordinator('PUT', {
      meetingCadenceDays: 14,
      confidentialityText: read.confidentialityText,
      version: read.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({
      code: 'stale_version',
      details: { currentVersion: read.version + 1 },
    });
    expect((await coordinator('GET')).body).toMatchObject({
      meetingCadenceDays: 42,
      version: read.version + 1,
    });
    // Editing the cycle's name and dates is another form: it does not make this one stale.
    const cycle = await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}`);
    const renamed = await callApi(t, c.cookies.coordinator, 'PATCH', `/api/v1/cycles/${c.cycleId}`, {
      name: 'Renamed',
      version: cycle.body.version,
    });
    expect(renamed.status).toBe(200);
    expect((await mia('GET', url())).body.current).toMatchObject({
      cadenceDays: 42,
      confidentiality: 'Nothing leaves the tandem.',
    });
    const version = changed.body.version;
    expect(
      (await coordinator('PUT', { meetingCadenceDays: 3, confidentialityText: 'x', version })).status,
    ).toBe(400);
    expect(
      (await coordinator('PUT', { meetingCadenceDays: 30, confidentialityText: '  ', version })).status,
    ).toBe(400);

    // Contacts of the cycle may read them; only the coordinator changes them.
    expect((await callApi(t, c.cookies.contactA, 'GET', settingsUrl())).body.meetingCadenceDays).toBe(42);
    expect(
      (
        await callApi(t, c.cookies.contactA, 'PUT', settingsUrl(), {
          meetingCadenceDays: 7,
          confidentialityText: 'x',
          version,
        })
      ).status,
    ).toBe(403);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'cycle.tandem_settings_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
