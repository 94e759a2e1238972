import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createConsortium,
  createCycle,
  createOrganisation,
} from '../../../../test/factories.ts';
import { asCaller } from '../../../../test/http.ts';
import { type CycleStatus, cycleTransitions } from '../../../shared/contract/cycles.ts';
import { DEFAULT_TOPICS } from '../questionnaire/questionnaire.repository.ts';
import { DEFAULT_SURVEYS } from '../surveys/survey-defaults.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const as = (cookie: string) => asCaller(t, cookie);

describe('creating and changing cycles', () => {
  it('creates a draft cycle and refuses one that ends before it starts', async () => {
    const coordinator = as(c.cookies.coordinator);
    const created = await coordinator.post('/api/v1/cycles', {
      name: 'Cycle 2028',
      startsOn: '2028-01-10',
      endsOn: '2028-12-10',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Cycle 2028',
      startsOn: '2028-01-10',
      endsOn: '2028-12-10',
      status: 'draft',
      organisationIds: [],
      mentorCount: 0,
      menteeCount: 0,
    });

    for (const endsOn of ['2027-12-31', '2028-01-10']) {
      const refused = await coordinator.post('/api/v1/cycles', {
        name: 'Backwards',
        startsOn: '2028-01-10',
        endsOn,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error).toMatchObject({
        code: 'validation_failed',
        details: [{ path: 'endsOn', message: 'must be after the start date' }],
      });
    }
    const badDate = await coordinator.post('/api/v1/cycles', {
      name: 'x',
      startsOn: '2028-02-30',
      endsOn: '2028-13-01',
    });
    expect(badDate.statusCode).toBe(400);
    const cycles = await t.db.selectFrom('cycles').select('name').execute();
    expect(cycles.map((x) => x.name).sort()).toEqual(['Cycle 2027', 'Cycle 2028']);
  });

  it('checks a change of one date against the stored other one', async () => {
    const coordinator = as(c.cookies.coordinator);
    const version = (await coordinator.get(`/api/v1/cycles/${c.cycleId}`)).json().version;
    const refused = await coordinator.patch(`/api/v1/cycles/${c.cycleId}`, { version, endsOn: '2027-01-01' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      { path: 'endsOn', message: 'must be after the start date' },
    ]);
    const changed = await coordinator.patch(`/api/v1/cycles/${c.cycleId}`, {
      version,
      name: 'Cycle 2027/28',
      endsOn: '2028-01-31',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      name: 'Cycle 2027/28',
      startsOn: '2027-01-15',
      endsOn: '2028-01-31',
    });
    expect(
      (await coordinator.patch(`/api/v1/cycles/${randomUUID()}`, { version, name: 'x' })).statusCode,
    ).toBe(404);
  });

  it('keeps the first of two saves read at one version; the second answers 409 and changes nothing', async () => {
    const coordinator = as(c.cookies.coordinator);
    const read = (await coordinator.get(`/api/v1/cycles/${c.cycleId}`)).json();
    const first = await coordinator.patch(`/api/v1/cycles/${c.cycleId}`, {
      version: read.version,
      name: 'Cycle 2027 (renamed)',
    });
    expect(first.statusCode).toBe(200);
    const second = await coordinator.patch(`/api/v1/cycles/${c.cycleId}`, {
      version: read.version,
      name: read.name,
      endsOn: '2028-03-31',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'stale_version',
      details: { currentVersion: read.version + 1 },
    });
    expect((await coordinator.get(`/api/v1/cycles/${c.cycleId}`)).json()).toMatchObject({
      name: 'Cycle 2027 (renamed)',
      endsOn: read.endsOn,
    });
    // A change of phase is an action of its own: a form read before it saves as usual.
    const nextPhase = cycleTransitions[read.status as CycleStatus][0];
    const moved = await coordinator.post(`/api/v1/cycles/${c.cycleId}/status`, { status: nextPhase });
    expect(moved.statusCode).toBe(200);
    const afterPhase = await coordinator.patch(`/api/v1/cycles/${c.cycleId}`, {
      version: first.json().version,
      endsOn: '2028-03-31',
    });
    expect(afterPhase.statusCode).toBe(200);
  });

  it('refuses dates the database does not hold (year 0) with 400 instead of failing', async () => {
    const coordinator = as(c.cookies.coordinator);
    for (const dates of [
      { startsOn: '0000-01-01', endsOn: '2028-01-01' },
      { startsOn: '2027-01-01', endsOn: '0000-12-31' },
    ]) {
      const created = await coordinator.post('/api/v1/cycles', { name: 'Year zero', ...dates });
      expect(created.statusCode, JSON.stringify(dates)).toBe(400);
      expect(created.json().error.code).toBe('validation_failed');
      const version = (await coordinator.get(`/api/v1/cycles/${c.cycleId}`)).json().version;
      const changed = await coordinator.patch(`/api/v1/cycles/${c.cycleId}`, {
        version,
        startsOn: dates.startsOn,
      });
      expect(changed.statusCode).toBe(dates.startsOn === '0000-01-01' ? 400 : 200);
    }
    const cycles = await t.db.selectFrom('cycles').select(['name', 'starts_on']).execute();
    expect(cycles).toEqual([{ name: 'Cycle 2027', starts_on: '2027-01-01' }]);
    const lastYear = await coordinator.post('/api/v1/cycles', {
      name: 'Far off',
      startsOn: '9999-01-01',
      endsOn: '9999-12-31',
    });
    expect(lastYear.statusCode).toBe(201);
  });
});

describe('the language of a new cycle', () => {
  /** What a new cycle starts with: the texts its coordinator edits later. */
  async function defaultsOf(cycleId: string) {
    const coordinator = as(c.cookies.coordinator);
    const questionnaire = (await coordinator.get(`/api/v1/cycles/${cycleId}/questionnaire`)).json();
    const surveys = (await coordinator.get(`/api/v1/cycles/${cycleId}/surveys`)).json().surveys as {
      kind: string;
      role: string;
      title: string;
      questions: { id: string; text: string; options?: string[] }[];
    }[];
    const settings = (await coordinator.get(`/api/v1/cycles/${cycleId}/tandem-settings`)).json();
    return {
      topics: questionnaire.topics as string[],
      surveys,
      confidentiality: settings.confidentialityText,
    };
  }

  async function create(body: Record<string, unknown>) {
    const created = await as(c.cookies.coordinator).post('/api/v1/cycles', {
      name: 'Durchgang 2028',
      startsOn: '2028-01-10',
      endsOn: '2028-12-10',
      ...body,
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json() as { id: string; language: string };
  }

  it('gives a German cycle German topics, survey questions and confidentiality terms', async () => {
    const cycle = await create({ language: 'de' });
    expect(cycle.language).toBe('de');
    const { topics, surveys, confidentiality } = await defaultsOf(cycle.id);
    expect(topics).toHaveLength(12);
    expect(topics).toContain('Teams führen');
    expect(topics).not.toContain('leading teams');
    const midterm = surveys.find((s) => s.kind === 'midterm' && s.role === 'mentee')!;
    expect(midterm.title).toBe('Zwischenumfrage für Mentees');
    expect(midterm.questions[0]).toMatchObject({
      id: 'tandem_fit',
      text: 'Wie gut funktioniert Ihr Tandem bisher für Sie?',
    });
    expect(midterm.questions.find((q) => q.id === 'meeting_frequency')!.options).toEqual([
      'Alle zwei Wochen oder öfter',
      'Etwa einmal im Monat',
      'Seltener als einmal im Monat',
      'Noch gar nicht',
    ]);
    expect(confidentiality).toMatch(/^Was wir in unserem Tandem besprechen, bleibt unter uns\./);
    // Question ids, kinds and roles are the same in every language: results compare across cycles.
    const english = await defaultsOf(c.cycleId);
    const shape = (list: typeof surveys) =>
      list.map((s) => `${s.kind}/${s.role}: ${s.questions.map((q) => q.id).join(' ')}`).sort();
    expect(shape(surveys)).toEqual(shape(english.surveys));
    // Nothing English is left in the German defaults (options such as "1–3" read alike).
    const texts = [
      ...topics,
      confidentiality,
      ...surveys.flatMap((s) => [s.title, ...s.questions.flatMap((q) => [q.text, ...(q.options ?? [])])]),
    ];
    const englishTexts = new Set([
      ...english.topics,
      english.confidentiality,
      ...english.surveys.flatMap((s) => [
        s.title,
        ...s.questions.flatMap((q) => [q.text, ...(q.options ?? [])]),
      ]),
    ]);
    expect(texts.filter((x) => englishTexts.has(x) && /[a-z]/i.test(x))).toEqual([]);
  });

  it('keeps the English defaults for an English cycle, as every cycle had them before', async () => {
    const cycle = await create({ language: 'en' });
    expect(cycle.language).toBe('en');
    const { topics, surveys, confidentiality } = await defaultsOf(cycle.id);
    expect(topics).toEqual(DEFAULT_TOPICS);
    expect(topics[0]).toBe('leading teams');
    for (const d of DEFAULT_SURVEYS) {
      const s = surveys.find((x) => x.kind === d.kind && x.role === d.role)!;
      expect(s.title).toBe(d.title);
      expect(s.questions).toEqual(d.questions);
    }
    expect(surveys.find((s) => s.kind === 'final' && s.role === 'mentee')!.title).toBe(
      'Final survey for mentees',
    );
    // The same terms the database gives a cycle by default (the tandem-year migration's).
    const { id: plain } = await t.db
      .insertInto('cycles')
      .values({ name: 'Plain', starts_on: '2029-01-01', ends_on: '2029-12-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const stored = await t.db
      .selectFrom('cycles')
      .select(['confidentiality_text', 'language'])
      .where('id', '=', plain)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ confidentiality_text: confidentiality, language: 'en' });
  });

  it('without a language, takes the creating account’s; refuses one it does not speak', async () => {
    await t.db
      .updateTable('accounts')
      .set({ mail_language: 'de' })
      .where('id', '=', c.accounts.coordinator)
      .execute();
    const cycle = await create({});
    expect(cycle.language).toBe('de');
    expect((await defaultsOf(cycle.id)).topics).toContain('Konfliktlösung');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'cycle.created')
      .where('target_id', '=', cycle.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ language: 'de' });

    const refused = await as(c.cookies.coordinator).post('/api/v1/cycles', {
      name: 'Cycle en français',
      startsOn: '2028-01-10',
      endsOn: '2028-12-10',
      language: 'fr',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([{ path: 'language', message: 'must be en or de' }]);
    // An existing cycle says its language; a cycle created before languages is English.
    expect((await as(c.cookies.coordinator).get(`/api/v1/cycles/${c.cycleId}`)).json().language).toBe('en');
  });
});

describe('cycle status', () => {
  it('moves one phase at a time, steps back to fix a mistake, and never out of closed', async () => {
    const coordinator = as(c.cookies.coordinator);
    const move = (status: string) => coordinator.post(`/api/v1/cycles/${c.cycleId}/status`, { status });

    const skip = await move('running');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toEqual({
      code: 'conflict',
      message: 'A draft cycle cannot become running; it can become open.',
    });
    expect((await move('open')).statusCode).toBe(200);
    expect((await move('closed')).json().error.message).toBe(
      'An open cycle cannot become closed; it can become draft or matching.',
    );
    for (const status of ['matching', 'open', 'matching', 'running']) {
      const response = await move(status);
      expect(response.statusCode, status).toBe(200);
      expect(response.json().status).toBe(status);
    }
    expect((await move('running')).statusCode).toBe(200); // already there: nothing to do
    expect((await move('draft')).json().error.message).toBe(
      'A running cycle cannot become draft; it can become matching or closed.',
    );
    expect((await move('closed')).statusCode).toBe(200);
    const reopen = await move('open');
    expect(reopen.statusCode).toBe(409);
    expect(reopen.json().error.message).toBe('A closed cycle cannot become open; it is final.');
    expect((await move('finished')).statusCode).toBe(400);

    const transitions = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'cycle.status_changed')
      .orderBy('id')
      .execute();
    expect(transitions.map((r) => r.details)).toEqual([
      { from: 'draft', to: 'open' },
      { from: 'open', to: 'matching' },
      { from: 'matching', to: 'open' },
      { from: 'open', to: 'matching' },
      { from: 'matching', to: 'running' },
      { from: 'running', to: 'closed' },
    ]);
    // A closed cycle takes no new organisations.
    const gamma = await createOrganisation(t.db, 'Gamma Energy');
    expect((await coordinator.put(`/api/v1/cycles/${c.cycleId}/organisations/${gamma}`)).statusCode).toBe(
      409,
    );
  });
});

describe('organisations in a cycle', () => {
  it('join and leave; leaving is refused while the organisation has participants in the cycle', async () => {
    const coordinator = as(c.cookies.coordinator);
    const gamma = await createOrganisation(t.db, 'Gamma Energy');
    const joined = await coordinator.put(`/api/v1/cycles/${c.cycleId}/organisations/${gamma}`);
    expect(joined.statusCode).toBe(200);
    expect(joined.json().organisationIds).toEqual([c.organisationA, c.organisationB, gamma]);
    // Joining twice changes nothing.
    expect(
      (await coordinator.put(`/api/v1/cycles/${c.cycleId}/organisations/${gamma}`)).json().organisationIds,
    ).toHaveLength(3);
    expect(
      (await coordinator.put(`/api/v1/cycles/${c.cycleId}/organisations/${randomUUID()}`)).statusCode,
    ).toBe(404);

    const refused = await coordinator.delete(`/api/v1/cycles/${c.cycleId}/organisations/${c.organisationA}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/still has 2 participants/);

    const left = await coordinator.delete(`/api/v1/cycles/${c.cycleId}/organisations/${gamma}`);
    expect(left.statusCode).toBe(200);
    expect(left.json().organisationIds).toEqual([c.organisationA, c.organisationB]);
    expect((await coordinator.delete(`/api/v1/cycles/${c.cycleId}/organisations/${gamma}`)).statusCode).toBe(
      404,
    );
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', c.cycleId)
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['cycle.organisation_joined', 'cycle.organisation_left']);
  });

  it('the cycle counts its mentors and mentees', async () => {
    const cycle = (await as(c.cookies.coordinator).get(`/api/v1/cycles/${c.cycleId}`)).json();
    expect(cycle).toMatchObject({ mentorCount: 1, menteeCount: 2 });
  });
});

describe('what an organisation contact sees', () => {
  it('only the cycles their organisation takes part in; others answer 404', async () => {
    const betaOnly = await createCycle(t.db, [c.organisationB], 'Beta pilot');
    const contactA = as(c.cookies.contactA);
    const list = await contactA.get('/api/v1/cycles');
    expect(list.json().cycles.map((x: { id: string }) => x.id)).toEqual([c.cycleId]);
    expect((await contactA.get(`/api/v1/cycles/${c.cycleId}`)).statusCode).toBe(200);
    expect((await contactA.get(`/api/v1/cycles/${betaOnly}`)).statusCode).toBe(404);
    const contactB = as(c.cookies.contactB);
    expect((await contactB.get('/api/v1/cycles')).json().cycles).toHaveLength(2);
    // Changing cycles is the coordinator's job.
    expect((await contactA.patch(`/api/v1/cycles/${c.cycleId}`, { name: 'Mine now' })).statusCode).toBe(403);
    expect((await contactA.post(`/api/v1/cycles/${c.cycleId}/status`, { status: 'open' })).statusCode).toBe(
      403,
    );
    expect((await as(c.cookies.coordinator).get('/api/v1/cycles')).json().cycles).toHaveLength(2);
  });
});
