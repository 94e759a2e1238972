import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/server/features/auth/auth.service.ts';
import { buildTestApp, type TestApp } from './build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createCycle,
  createOrganisation,
  createParticipant,
  sessionCookie,
  TEST_PASSWORD,
} from './factories.ts';
import { agreementRoutes } from './route-access/agreements.ts';
import { meetingRoutes } from './route-access/meetings.ts';
import { reminderRoutes } from './route-access/reminders.ts';
import {
  callers,
  coordinatorOnly,
  type Expectation,
  everyone,
  freshEmail,
  freshMentorB,
  freshPerson,
  json,
  type RouteCase,
  signedIn,
  staff,
  staffOwnOrganisation,
  tandemOf,
} from './route-access/shared.ts';
import { surveyRoutes } from './route-access/surveys.ts';

// The route authorization matrix: every registered route must have an entry (the test fails for
// a route without one). The expectations and the caller kinds are explained in ./route-access/shared.ts;
// the tandem year's features keep their entries in files of their own beside it.

async function invitationToken(t: TestApp, c: Consortium, n: number) {
  const token = newToken();
  await t.db
    .insertInto('invitations')
    .values({
      token_hash: hashToken(token),
      email: `invitee${n}@alpha.example`,
      name: 'Ina Invitee',
      role: 'organisation_contact',
      organisation_id: c.organisationA,
      person_id: null,
      invited_by: c.accounts.coordinator,
      created_at: t.clock.now(),
      expires_at: new Date(t.clock.now().getTime() + 86_400_000),
    })
    .execute();
  return token;
}

/** A pending invitation of one of A's participants. */
async function participantInvitation(t: TestApp, c: Consortium, n: number) {
  const person = await freshPerson(t, c, n);
  const row = await t.db
    .insertInto('invitations')
    .values({
      token_hash: hashToken(newToken()),
      email: freshEmail(n),
      name: `Fresh Person ${n}`,
      role: 'participant',
      organisation_id: c.organisationA,
      person_id: person.personId,
      invited_by: c.accounts.contactA,
      created_at: t.clock.now(),
      expires_at: new Date(t.clock.now().getTime() + 86_400_000),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function doneRun(t: TestApp, cycleId: string, number: number) {
  const row = await t.db
    .insertInto('match_runs')
    .values({
      cycle_id: cycleId,
      number,
      mode: 'optimal',
      status: 'done',
      engine_version: 'test',
      input: '{}',
      mentees: 0,
      mentors: 0,
      matched: 0,
      unmatched: 0,
      total_score: 0,
      mean_score: null,
      criterion_averages: '{}',
      blocking_pairs: null,
      progress: null,
      error: null,
      started_by: null,
      finished_at: t.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A cycle of A and B whose draft proposes A's fresh mentee to B's fresh mentor, in the given state. */
async function cycleWithDraft(
  t: TestApp,
  c: Consortium,
  n: number,
  status: 'editing' | 'in_approval',
  approval: 'pending' | 'approved' = 'pending',
) {
  const cycleId = await createCycle(t.db, [c.organisationA, c.organisationB], `Draft cycle ${n}`);
  const mentee = await createParticipant(t.db, {
    cycleId,
    organisationId: c.organisationA,
    role: 'mentee',
    name: `Draft Mentee ${n}`,
    email: `draft.mentee${n}@alpha.example`,
  });
  const mentor = await createParticipant(t.db, {
    cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: `Draft Mentor ${n}`,
    email: `draft.mentor${n}@beta.example`,
  });
  await t.db.insertInto('cycle_drafts').values({ cycle_id: cycleId, run_id: null, status }).execute();
  await t.db
    .insertInto('draft_proposals')
    .values({
      cycle_id: cycleId,
      mentee_id: mentee.participantId,
      mentor_id: mentor.participantId,
      score: 50,
      contributions: '[]',
      reasons: ['shares goals: negotiation'],
      source: 'engine',
      approval,
    })
    .execute();
  return { cycleId, mentee, mentor };
}

const matrix: Record<string, RouteCase> = {
  'GET /api/openapi.json': { request: async () => ({ url: '/api/openapi.json' }), expect: everyone(200) },
  'GET /api/v1/health': { request: async () => ({ url: '/api/v1/health' }), expect: everyone(200) },
  'GET /api/v1/setup': { request: async () => ({ url: '/api/v1/setup' }), expect: everyone(200) },
  'POST /api/v1/setup/coordinator': {
    request: async () => ({
      url: '/api/v1/setup/coordinator',
      ...json({ name: 'Late Comer', email: 'late@example.org', password: 'a long enough password' }),
    }),
    expect: everyone(409),
  },
  'POST /api/v1/setup/demo': { request: async () => ({ url: '/api/v1/setup/demo' }), expect: everyone(409) },
  'POST /api/v1/auth/sign-in': {
    request: async () => ({
      url: '/api/v1/auth/sign-in',
      ...json({ email: 'hr@alpha.example', password: TEST_PASSWORD }),
    }),
    expect: everyone(200),
  },
  'POST /api/v1/auth/sign-out': {
    // Signs out a session of its own, so the callers' sessions live on for the other routes.
    request: async (t, c) => ({
      url: '/api/v1/auth/sign-out',
      headers: { cookie: await sessionCookie(t.db, c.accounts.contactA, t.clock.now()) },
    }),
    expect: everyone(200),
  },
  'GET /api/v1/auth/session': {
    request: async () => ({ url: '/api/v1/auth/session' }),
    expect: signedIn(200),
  },
  'GET /api/v1/accounts': {
    request: async () => ({ url: '/api/v1/accounts' }),
    expect: coordinatorOnly(200),
  },
  'PATCH /api/v1/accounts/:id': {
    request: async (t, c, n) => {
      const id = await createAccount(t.db, {
        email: `colleague${n}@alpha.example`,
        name: 'Colleague',
        role: 'organisation_contact',
        organisationId: c.organisationA,
      });
      return { url: `/api/v1/accounts/${id}`, ...json({ disabled: true }) };
    },
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/organisations': {
    request: async () => ({ url: '/api/v1/organisations' }),
    expect: staff(200),
  },
  'POST /api/v1/organisations': {
    request: async (_t, _c, n) => ({ url: '/api/v1/organisations', ...json({ name: `New Member ${n}` }) }),
    expect: coordinatorOnly(201),
  },
  'GET /api/v1/organisations/:id': {
    request: async (_t, c) => ({ url: `/api/v1/organisations/${c.organisationA}` }),
    expect: staffOwnOrganisation(200),
  },
  'PATCH /api/v1/organisations/:id': {
    request: async (_t, c) => ({
      url: `/api/v1/organisations/${c.organisationA}`,
      ...json({ industry: 'Insurance' }),
    }),
    expect: coordinatorOnly(200),
  },
  'DELETE /api/v1/organisations/:id': {
    request: async (t, _c, n) => ({
      url: `/api/v1/organisations/${await createOrganisation(t.db, `Leaving ${n}`)}`,
    }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/organisations/:id/contacts': {
    request: async (_t, c) => ({ url: `/api/v1/organisations/${c.organisationA}/contacts` }),
    expect: staffOwnOrganisation(200),
  },
  'GET /api/v1/cycles': { request: async () => ({ url: '/api/v1/cycles' }), expect: staff(200) },
  'POST /api/v1/cycles': {
    request: async (_t, _c, n) => ({
      url: '/api/v1/cycles',
      ...json({ name: `Cycle ${n}`, startsOn: '2028-01-01', endsOn: '2028-12-31' }),
    }),
    expect: coordinatorOnly(201),
  },
  'GET /api/v1/cycles/:id': {
    // A cycle that only organisation A takes part in.
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `A only ${n}`)}`,
    }),
    expect: staffOwnOrganisation(200),
  },
  'PATCH /api/v1/cycles/:id': {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}`, ...json({ name: 'Renamed cycle' }) }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/cycles/:id/status': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Draft ${n}`)}/status`,
      ...json({ status: 'open' }),
    }),
    expect: coordinatorOnly(200),
  },
  'PUT /api/v1/cycles/:id/organisations/:organisationId': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [], `Joining ${n}`)}/organisations/${c.organisationA}`,
    }),
    expect: coordinatorOnly(200),
  },
  'DELETE /api/v1/cycles/:id/organisations/:organisationId': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Leaving ${n}`)}/organisations/${c.organisationA}`,
    }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/participants': { request: async () => ({ url: '/api/v1/participants' }), expect: staff(200) },
  'POST /api/v1/participants': {
    request: async (_t, c, n) => ({
      url: '/api/v1/participants',
      ...json({
        cycleId: c.cycleId,
        organisationId: c.organisationA,
        role: 'mentee',
        name: 'New Mentee',
        email: freshEmail(n),
      }),
    }),
    expect: staffOwnOrganisation(201),
  },
  'POST /api/v1/participants/import': {
    request: async (_t, c, n) => ({
      url: `/api/v1/participants/import?cycleId=${c.cycleId}`,
      headers: { 'content-type': 'text/csv' },
      payload: `email,name,organisation,role\n${freshEmail(n)},Imported Person,Alpha Bank,mentee\n`,
    }),
    // B's contact may import, but not into A: the line is refused (422) and nothing is written.
    expect: { ...staff(200), contactB: 422 },
  },
  'GET /api/v1/participants/export.csv': {
    request: async () => ({ url: '/api/v1/participants/export.csv' }),
    expect: staff(200),
  },
  'GET /api/v1/participants/:id': {
    request: async (_t, c) => ({ url: `/api/v1/participants/${c.menteeA.participantId}` }),
    expect: staffOwnOrganisation(200),
  },
  'PATCH /api/v1/participants/:id': {
    request: async (_t, c) => ({
      url: `/api/v1/participants/${c.menteeA.participantId}`,
      ...json({ jobTitle: 'Senior Team Lead' }),
    }),
    expect: staffOwnOrganisation(200),
  },
  'DELETE /api/v1/participants/:id': {
    request: async (t, c, n) => ({
      url: `/api/v1/participants/${(await freshPerson(t, c, n)).participantId}`,
    }),
    expect: staffOwnOrganisation(200),
  },
  'GET /api/v1/me/participations': {
    request: async () => ({ url: '/api/v1/me/participations' }),
    expect: signedIn(200),
  },
  'GET /api/v1/invitations': { request: async () => ({ url: '/api/v1/invitations' }), expect: staff(200) },
  'POST /api/v1/invitations': {
    request: async (t, c, n) => ({
      url: '/api/v1/invitations',
      ...json({ role: 'participant', personId: (await freshPerson(t, c, n)).personId }),
    }),
    expect: staffOwnOrganisation(201),
  },
  'POST /api/v1/invitations/:id/revoke': {
    request: async (t, c, n) => ({
      url: `/api/v1/invitations/${await participantInvitation(t, c, n)}/revoke`,
    }),
    expect: staffOwnOrganisation(200),
  },
  'GET /api/v1/invitations/by-token/:token': {
    request: async (t, c, n) => ({ url: `/api/v1/invitations/by-token/${await invitationToken(t, c, n)}` }),
    expect: everyone(200),
  },
  'POST /api/v1/invitations/by-token/:token/accept': {
    request: async (t, c, n) => ({
      url: `/api/v1/invitations/by-token/${await invitationToken(t, c, n)}/accept`,
      ...json({ password: 'a perfectly fine passphrase' }),
    }),
    expect: everyone(200),
  },
  'GET /api/v1/cycles/:id/questionnaire': {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/questionnaire` }),
    expect: signedIn(200),
  },
  'PUT /api/v1/cycles/:id/questionnaire': {
    request: async (_t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/questionnaire`,
      ...json({
        topics: ['negotiation', 'leading teams'],
        weights: { topics: 50, seniority: 20, language: 10, location: 10, gender: 5, industry: 5 },
        idealSeniorityGap: 2,
        preferDifferentIndustry: true,
      }),
    }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/me/profiles/:participantId': {
    request: async (_t, c) => ({ url: `/api/v1/me/profiles/${c.menteeA.participantId}` }),
    // Only the person themselves; the mentor of the same organisation gets 404.
    expect: { ...coordinatorOnly(403), coordinator: 403, menteeA: 200, mentorA: 404 },
  },
  'PUT /api/v1/me/profiles/:participantId': {
    request: async (_t, c) => ({
      url: `/api/v1/me/profiles/${c.menteeA.participantId}`,
      ...json({
        jobTitle: 'Team Lead',
        seniority: 2,
        languages: ['de', 'en'],
        location: 'Berlin',
        gender: 'female',
        topics: ['negotiation'],
        text: 'I want to negotiate better.',
        remote: 'either',
      }),
    }),
    expect: { ...coordinatorOnly(403), coordinator: 403, menteeA: 200, mentorA: 404 },
  },
  'GET /api/v1/cycles/:id/profile-status': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Status ${n}`)}/profile-status`,
    }),
    expect: staffOwnOrganisation(200),
  },
  'POST /api/v1/cycles/:id/profile-reminders': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Remind ${n}`)}/profile-reminders`,
      ...json({}),
    }),
    expect: staffOwnOrganisation(200),
  },
  'GET /api/v1/cycles/:id/rules': {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/rules` }),
    expect: coordinatorOnly(200),
  },
  'PUT /api/v1/cycles/:id/rules': {
    request: async (_t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/rules`,
      ...json({ reciprocityTolerance: null, organisationExclusions: [], personExclusions: [] }),
    }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/cycles/:id/preflight': {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/preflight` }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/cycles/:id/match-runs': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'editing')).cycleId}/match-runs`,
      ...json({ mode: 'optimal' }),
    }),
    expect: coordinatorOnly(202),
  },
  'GET /api/v1/cycles/:id/match-runs': {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/match-runs` }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/cycles/:id/match-runs/compare': {
    request: async (t, c, n) => {
      const { cycleId } = await cycleWithDraft(t, c, n, 'editing');
      const a = await doneRun(t, cycleId, 1);
      const b = await doneRun(t, cycleId, 2);
      return { url: `/api/v1/cycles/${cycleId}/match-runs/compare?a=${a}&b=${b}` };
    },
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/match-runs/:id': {
    request: async (t, c, n) => ({ url: `/api/v1/match-runs/${await doneRun(t, c.cycleId, 1000 + n)}` }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/match-runs/:id/adopt': {
    request: async (t, c, n) => {
      const { cycleId } = await cycleWithDraft(t, c, n, 'editing');
      return { url: `/api/v1/match-runs/${await doneRun(t, cycleId, 1)}/adopt`, ...json({ version: 0 }) };
    },
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/cycles/:id/draft': {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/draft` }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/cycles/:id/draft/actions': {
    request: async (t, c, n) => {
      const { cycleId, mentee } = await cycleWithDraft(t, c, n, 'editing');
      return {
        url: `/api/v1/cycles/${cycleId}/draft/actions`,
        ...json({ version: 0, action: { type: 'unassign', menteeId: mentee.participantId } }),
      };
    },
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/cycles/:id/draft/preview': {
    request: async (_t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/draft/preview`,
      ...json({ menteeId: c.menteeA.participantId, mentorId: c.mentorA.participantId }),
    }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/cycles/:id/draft/send-for-approval': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'editing')).cycleId}/draft/send-for-approval`,
      ...json({ version: 0 }),
    }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/cycles/:id/approval': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'in_approval')).cycleId}/approval`,
    }),
    expect: { ...coordinatorOnly(403), coordinator: 403, contactA: 200, contactB: 200 },
  },
  'POST /api/v1/cycles/:id/approval/:menteeId': {
    request: async (t, c, n) => {
      const { cycleId, mentee } = await cycleWithDraft(t, c, n, 'in_approval');
      return {
        url: `/api/v1/cycles/${cycleId}/approval/${mentee.participantId}`,
        ...json({ decision: 'approve' }),
      };
    },
    // The proposal is for A's mentee: B's contact gets 404.
    expect: { ...coordinatorOnly(403), coordinator: 403, contactA: 200, contactB: 404 },
  },
  'POST /api/v1/cycles/:id/draft/publish': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'in_approval', 'approved')).cycleId}/draft/publish`,
      ...json({ version: 0 }),
    }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/tandems': { request: async () => ({ url: '/api/v1/tandems' }), expect: signedIn(200) },
  'GET /api/v1/tandems/:id': {
    request: async (t, c, n) => {
      const mentee = await freshPerson(t, c, n);
      return {
        url: `/api/v1/tandems/${await tandemOf(t, c, mentee.participantId, c.mentorA.participantId)}`,
      };
    },
    // The tandem of A's mentor with another mentee: the mentor sees it, A's mentee (not in it) does not.
    expect: { ...staffOwnOrganisation(200), mentorA: 200, menteeA: 404 },
  },
  'POST /api/v1/tandems/:id/dissolve': {
    request: async (t, c, n) => {
      const mentee = await freshPerson(t, c, n);
      const id = await tandemOf(t, c, mentee.participantId, (await freshMentorB(t, c, n)).participantId);
      return { url: `/api/v1/tandems/${id}/dissolve`, ...json({ reason: 'moved abroad' }) };
    },
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/cycles/:id/rematch/:menteeId': {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${c.cycleId}/rematch/${(await freshPerson(t, c, n)).participantId}`,
    }),
    expect: coordinatorOnly(200),
  },
  'POST /api/v1/cycles/:id/rematch/:menteeId/publish': {
    request: async (t, c, n) => {
      const mentee = await freshPerson(t, c, n);
      const mentor = await freshMentorB(t, c, n);
      return {
        url: `/api/v1/cycles/${c.cycleId}/rematch/${mentee.participantId}/publish`,
        ...json({ mentorId: mentor.participantId }),
      };
    },
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/audit-log': {
    request: async () => ({ url: '/api/v1/audit-log' }),
    expect: coordinatorOnly(200),
  },
  'GET /api/v1/outbox': { request: async () => ({ url: '/api/v1/outbox' }), expect: coordinatorOnly(200) },
  ...agreementRoutes,
  ...meetingRoutes,
  ...surveyRoutes,
  ...reminderRoutes,
};

const registered: { method: string; url: string; access: unknown }[] = [];
let t: TestApp;
let c: Consortium;

beforeAll(async () => {
  t = await buildTestApp({
    onRouteRegistered: (route) => {
      for (const method of [route.method].flat()) {
        registered.push({ method, url: route.url, access: route.config?.access });
      }
    },
  });
  c = await createConsortium(t.db, t.clock.now());
});
afterAll(() => t.close());

describe('route authorization matrix', () => {
  it('has an entry for every registered route, and every entry is a route', () => {
    const routes = registered.filter((r) => r.method !== 'HEAD').map((r) => `${r.method} ${r.url}`);
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes.filter((r) => !(r in matrix));
    expect(missing, 'routes without an entry in the authorization matrix').toEqual([]);
    expect(Object.keys(matrix).filter((k) => !routes.includes(k))).toEqual([]);
    for (const route of registered) expect(route.access, `${route.method} ${route.url}`).toBeDefined();
  });

  let n = 0;
  for (const [route, routeCase] of Object.entries(matrix)) {
    it(route, async () => {
      const [method] = route.split(' ') as [InjectOptions['method']];
      const got: Partial<Expectation> = {};
      for (const caller of callers) {
        const request = await routeCase.request(t, c, n++);
        const cookie = caller === 'anonymous' ? undefined : c.cookies[caller];
        const response = await t.app.inject({
          method,
          ...request,
          headers: { ...(cookie ? { cookie } : {}), ...request.headers },
        });
        got[caller] = response.statusCode;
        if (response.statusCode >= 400) {
          expect(response.json(), `${caller}: error shape`).toMatchObject({
            error: { code: expect.any(String), message: expect.any(String) },
          });
        }
      }
      expect(got).toEqual(routeCase.expect);
    });
  }
});

describe('another organisation changes nothing', () => {
  it("B's contact cannot change or remove A's participant, and A's data stays as it was", async () => {
    const before = await t.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', c.menteeA.personId)
      .executeTakeFirst();
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/participants/${c.menteeA.participantId}`,
      headers: { cookie: c.cookies.contactB },
      payload: { name: 'Hijacked' },
    });
    const remove = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/participants/${c.menteeA.participantId}`,
      headers: { cookie: c.cookies.contactB },
    });
    expect([patch.statusCode, remove.statusCode]).toEqual([404, 404]);
    const after = await t.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', c.menteeA.personId)
      .executeTakeFirst();
    expect(after).toEqual(before);
    const participation = await t.db
      .selectFrom('participants')
      .select('id')
      .where('id', '=', c.menteeA.participantId)
      .executeTakeFirst();
    expect(participation).toBeDefined();
  });
});
