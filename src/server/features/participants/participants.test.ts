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

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const as = (cookie: string) => asCaller(t, cookie);
/** The version a form showing the participant would send back. */
const versionOf = async (participantId: string): Promise<number> =>
  (await as(c.cookies.coordinator).get(`/api/v1/participants/${participantId}`)).json().version;

async function counts() {
  const [people, participants] = await Promise.all([
    t.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    t.db
      .selectFrom('participants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { people: Number(people.n), participants: Number(participants.n) };
}

function auditOf(action: string) {
  return t.db
    .selectFrom('audit_log')
    .select(['actor_email', 'target_id', 'details'])
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

const newMentee = () => ({
  cycleId: c.cycleId,
  organisationId: c.organisationA,
  role: 'mentee',
  name: 'Nora Neu',
  email: ' Nora.Neu@Alpha.example ',
  jobTitle: 'Team Lead',
  seniority: 2,
  languages: ['de', 'EN', 'de'],
  location: 'Hamburg',
  gender: 'female',
  goals: 'negotiation, visibility',
});

describe('creating participants', () => {
  it('adds a person to the cycle with the given profile and records it', async () => {
    const response = await as(c.cookies.coordinator).post('/api/v1/participants', newMentee());
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created).toMatchObject({
      cycleId: c.cycleId,
      cycleName: 'Cycle 2027',
      organisationId: c.organisationA,
      organisationName: 'Alpha Bank',
      role: 'mentee',
      name: 'Nora Neu',
      email: 'nora.neu@alpha.example',
      jobTitle: 'Team Lead',
      seniority: 2,
      languages: ['de', 'en'],
      location: 'Hamburg',
      gender: 'female',
      goals: 'negotiation, visibility',
      expertise: '',
      capacity: 1,
      hasAccount: false,
    });
    expect(await auditOf('participant.created')).toEqual([
      {
        actor_email: 'coordinator@example.org',
        target_id: created.id,
        details: { cycleId: c.cycleId, organisationId: c.organisationA, role: 'mentee' },
      },
    ]);
  });

  it('refuses the same person twice in a cycle, and an email of another organisation', async () => {
    const coordinator = as(c.cookies.coordinator);
    const before = await counts();
    const twice = await coordinator.post('/api/v1/participants', {
      ...newMentee(),
      email: 'MIA@alpha.example',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error).toMatchObject({
      code: 'conflict',
      details: [{ path: 'email', message: 'takes part in the cycle already' }],
    });
    const foreign = await coordinator.post('/api/v1/participants', {
      ...newMentee(),
      email: 'ben@beta.example',
    });
    expect(foreign.statusCode).toBe(409);
    expect(foreign.json().error.details).toEqual([
      { path: 'email', message: 'is used by another organisation' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it('takes a person of the organisation into a second cycle as the same person', async () => {
    const next = await createCycle(t.db, [c.organisationA], 'Cycle 2028');
    const response = await as(c.cookies.coordinator).post('/api/v1/participants', {
      ...newMentee(),
      cycleId: next,
      email: 'mona@alpha.example',
      name: 'Mona Mentor',
      role: 'mentor',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().personId).toBe(c.mentorA.personId);
  });

  it('refuses an organisation that does not take part in the cycle', async () => {
    const gamma = await createOrganisation(t.db, 'Gamma Energy');
    const before = await counts();
    const response = await as(c.cookies.coordinator).post('/api/v1/participants', {
      ...newMentee(),
      organisationId: gamma,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'organisationId', message: 'does not take part in the cycle' }],
    });
    expect(await counts()).toEqual(before);
  });

  it('lets a contact add people of their own organisation only; another answers 404 and nothing is written', async () => {
    const contactA = as(c.cookies.contactA);
    const before = await counts();
    const foreign = await contactA.post('/api/v1/participants', {
      ...newMentee(),
      organisationId: c.organisationB,
      email: 'nora@beta.example',
    });
    expect(foreign.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
    const otherCycle = await createCycle(t.db, [c.organisationB], 'Beta pilot');
    expect(
      (await contactA.post('/api/v1/participants', { ...newMentee(), cycleId: otherCycle })).statusCode,
    ).toBe(404);
    expect(await counts()).toEqual(before);
    expect((await contactA.post('/api/v1/participants', newMentee())).statusCode).toBe(201);
    // Participants themselves cannot.
    expect((await as(c.cookies.menteeA).post('/api/v1/participants', newMentee())).statusCode).toBe(403);
  });

  it('reports every invalid field', async () => {
    const response = await as(c.cookies.coordinator).post('/api/v1/participants', {
      ...newMentee(),
      role: 'boss',
      email: 'nope',
      seniority: 9,
      languages: ['german'],
      capacity: 0,
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['role', 'email', 'seniority', 'languages.0', 'capacity']));
  });
});

describe('listing participants', () => {
  async function list(cookie: string, query: string) {
    const response = await as(cookie).get(`/api/v1/participants?${query}`);
    expect(response.statusCode).toBe(200);
    const page = response.json() as { participants: { name: string }[]; total: number };
    return { names: page.participants.map((p) => p.name), total: page.total };
  }

  it('filters by cycle, organisation, role and a search on name or email, and pages with a total', async () => {
    const other = await createCycle(t.db, [c.organisationA], 'Cycle 2028');
    await as(c.cookies.coordinator).post('/api/v1/participants', { ...newMentee(), cycleId: other });
    const coordinator = c.cookies.coordinator;
    expect(await list(coordinator, '')).toEqual({
      names: ['Ben Mentee', 'Mia Mentee', 'Mona Mentor', 'Nora Neu'],
      total: 4,
    });
    expect((await list(coordinator, `cycleId=${c.cycleId}`)).total).toBe(3);
    expect((await list(coordinator, `cycleId=${other}`)).names).toEqual(['Nora Neu']);
    expect((await list(coordinator, `organisationId=${c.organisationB}`)).names).toEqual(['Ben Mentee']);
    expect((await list(coordinator, `cycleId=${c.cycleId}&role=mentee`)).names).toEqual([
      'Ben Mentee',
      'Mia Mentee',
    ]);
    expect((await list(coordinator, 'q=mona')).names).toEqual(['Mona Mentor']);
    expect((await list(coordinator, 'q=BETA.example')).names).toEqual(['Ben Mentee']);
    expect((await list(coordinator, 'q=%25')).names).toEqual([]);
    expect(await list(coordinator, `cycleId=${c.cycleId}&limit=2&offset=1`)).toEqual({
      names: ['Mia Mentee', 'Mona Mentor'],
      total: 3,
    });
    expect(await list(coordinator, `cycleId=${c.cycleId}&limit=2&offset=10`)).toEqual({
      names: [],
      total: 3,
    });
    expect((await as(coordinator).get('/api/v1/participants?role=boss&limit=0')).statusCode).toBe(400);
  });

  it('shows a contact only their own organisation, whatever the filter', async () => {
    expect(await list(c.cookies.contactA, '')).toEqual({ names: ['Mia Mentee', 'Mona Mentor'], total: 2 });
    expect(await list(c.cookies.contactA, `organisationId=${c.organisationB}`)).toEqual({
      names: [],
      total: 0,
    });
    expect((await list(c.cookies.contactA, 'q=ben')).total).toBe(0);
    expect((await as(c.cookies.mentorA).get('/api/v1/participants')).statusCode).toBe(403);
  });
});

describe('one participant', () => {
  it('is read by its organisation and the coordinator, each read audited; another organisation gets 404', async () => {
    const path = `/api/v1/participants/${c.menteeA.participantId}`;
    const read = await as(c.cookies.contactA).get(path);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ name: 'Mia Mentee', email: 'mia@alpha.example', hasAccount: true });
    expect((await as(c.cookies.coordinator).get(path)).statusCode).toBe(200);

    const refused = await as(c.cookies.contactB).get(path);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toEqual(
      (await as(c.cookies.contactB).get(`/api/v1/participants/${randomUUID()}`)).json(),
    );

    expect(await auditOf('participant.read')).toEqual([
      { actor_email: 'hr@alpha.example', target_id: c.menteeA.participantId, details: {} },
      { actor_email: 'coordinator@example.org', target_id: c.menteeA.participantId, details: {} },
    ]);
  });

  it('is changed with PATCH; a taken email is refused, another organisation answers 404', async () => {
    const path = `/api/v1/participants/${c.menteeA.participantId}`;
    const changed = await as(c.cookies.contactA).patch(path, {
      version: await versionOf(c.menteeA.participantId),
      name: 'Mia Mentee-Schulz',
      email: 'mia.schulz@alpha.example',
      languages: ['en', 'fr', 'en'],
      seniority: null,
      role: 'mentor',
      capacity: 2,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      name: 'Mia Mentee-Schulz',
      email: 'mia.schulz@alpha.example',
      languages: ['en', 'fr'],
      seniority: null,
      role: 'mentor',
      capacity: 2,
      jobTitle: 'Team Lead',
      goals: 'negotiation',
    });
    const taken = await as(c.cookies.contactA).patch(path, {
      email: 'ben@beta.example',
      version: changed.json().version,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details).toEqual([{ path: 'email', message: 'is taken' }]);

    const foreign = await as(c.cookies.contactB).patch(path, {
      name: 'Hijacked',
      version: changed.json().version,
    });
    expect(foreign.statusCode).toBe(404);
    expect((await as(c.cookies.coordinator).get(path)).json().name).toBe('Mia Mentee-Schulz');
    expect((await auditOf('participant.updated')).map((a) => a.details)).toEqual([
      { fields: expect.arrayContaining(['name', 'email', 'languages', 'seniority', 'role', 'capacity']) },
    ]);
  });

  it('is removed from the cycle with DELETE; another organisation answers 404', async () => {
    const path = `/api/v1/participants/${c.menteeA.participantId}`;
    expect((await as(c.cookies.contactB).delete(path)).statusCode).toBe(404);
    expect((await as(c.cookies.coordinator).get(path)).statusCode).toBe(200);
    expect((await as(c.cookies.contactA).delete(path)).statusCode).toBe(200);
    expect((await as(c.cookies.coordinator).get(path)).statusCode).toBe(404);
    expect((await as(c.cookies.contactA).delete(path)).statusCode).toBe(404);
    expect(await auditOf('participant.removed')).toEqual([
      {
        actor_email: 'hr@alpha.example',
        target_id: c.menteeA.participantId,
        details: { cycleId: c.cycleId, email: 'mia@alpha.example' },
      },
    ]);
  });

  it('participants see their own participations', async () => {
    const response = await as(c.cookies.menteeA).get('/api/v1/me/participations');
    expect(response.statusCode).toBe(200);
    expect(response.json().participants.map((p: { id: string }) => p.id)).toEqual([c.menteeA.participantId]);
    expect(response.json().participants[0].can).toEqual({ edit: false, remove: false, invite: false });
  });

  it('offers an invitation to staff while the person has no account, as inviting then answers', async () => {
    const nora = (await as(c.cookies.contactA).post('/api/v1/participants', newMentee())).json();
    const path = (id: string) => `/api/v1/participants/${id}`;
    for (const staff of [c.cookies.contactA, c.cookies.coordinator]) {
      expect((await as(staff).get(path(nora.id))).json().can).toEqual({
        edit: true,
        remove: true,
        invite: true,
      });
      expect((await as(staff).get(path(c.menteeA.participantId))).json()).toMatchObject({
        hasAccount: true,
        can: { edit: true, remove: true, invite: false },
      });
    }
    const invite = (personId: string) =>
      as(c.cookies.contactA).post('/api/v1/invitations', { role: 'participant', personId });
    expect((await invite(nora.personId)).statusCode).toBe(201);
    expect((await invite(c.menteeA.personId)).statusCode).toBe(409);
  });
});

describe('two people editing one participant', () => {
  it('keeps the first save; the second, read before it, answers 409 and changes nothing', async () => {
    const path = `/api/v1/participants/${c.menteeA.participantId}`;
    const read = await versionOf(c.menteeA.participantId);
    const first = await as(c.cookies.contactA).patch(path, { version: read, jobTitle: 'Head of Risk' });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBeGreaterThan(read);

    const second = await as(c.cookies.coordinator).patch(path, {
      version: read,
      jobTitle: 'Team Lead',
      goals: 'x',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toEqual({
      code: 'stale_version',
      message: expect.stringContaining('changed since you loaded it'),
      details: { currentVersion: first.json().version },
    });
    expect((await as(c.cookies.coordinator).get(path)).json()).toMatchObject({
      jobTitle: 'Head of Risk',
      goals: 'negotiation',
    });
    expect(await auditOf('participant.updated')).toHaveLength(1);

    // Read again, the second person's change goes through on top of the first.
    const again = await as(c.cookies.coordinator).patch(path, { version: first.json().version, goals: 'x' });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ jobTitle: 'Head of Risk', goals: 'x' });
  });

  it('a save without the version read is refused as incomplete', async () => {
    const response = await as(c.cookies.coordinator).patch(
      `/api/v1/participants/${c.menteeA.participantId}`,
      {
        jobTitle: 'CEO',
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([
      { path: 'version', message: 'is required: send the version you read with the object' },
    ]);
  });
});

describe('changes that follow the person', () => {
  it('moves the account to the new email, so the person signs in with it', async () => {
    const coordinator = as(c.cookies.coordinator);
    const changed = await coordinator.patch(`/api/v1/participants/${c.menteeA.participantId}`, {
      email: 'mia.new@alpha.example',
      version: await versionOf(c.menteeA.participantId),
    });
    expect(changed.statusCode).toBe(200);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'mia.new@alpha.example', password: 'correct horse battery staple' },
    });
    expect(signIn.statusCode).toBe(200);
    // An email that an account already uses is refused.
    const taken = await coordinator.patch(`/api/v1/participants/${c.menteeA.participantId}`, {
      email: 'hr@alpha.example',
      version: changed.json().version,
    });
    expect(taken.statusCode).toBe(409);
  });

  it('refuses to change or remove participants of a closed cycle', async () => {
    const version = await versionOf(c.menteeA.participantId);
    await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', c.cycleId).execute();
    const coordinator = as(c.cookies.coordinator);
    const patch = await coordinator.patch(`/api/v1/participants/${c.menteeA.participantId}`, {
      jobTitle: 'CEO',
      version,
    });
    const remove = await coordinator.delete(`/api/v1/participants/${c.menteeA.participantId}`);
    expect([patch.statusCode, remove.statusCode]).toEqual([409, 409]);
    const row = await t.db
      .selectFrom('people')
      .select('job_title')
      .where('id', '=', c.menteeA.personId)
      .executeTakeFirst();
    expect(row?.job_title).toBe('Team Lead');
  });
});
