import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../src/server/features/auth/auth.service.ts';
import { allows } from '../src/shared/contract/access.ts';
import { matchPath } from '../src/shared/contract/endpoint.ts';
import { allEndpoints, endpointById, type OperationId } from '../src/shared/contract/endpoints.ts';
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
import { alumniRoutes } from './route-access/alumni.ts';
import { certificateRoutes } from './route-access/certificates.ts';
import { eventRoutes } from './route-access/events.ts';
import { meetingRoutes } from './route-access/meetings.ts';
import { reminderRoutes } from './route-access/reminders.ts';
import { reportRoutes } from './route-access/reports.ts';
import {
  callers,
  coordinatorOnly,
  type Expectation,
  everyone,
  freshEmail,
  freshMentorB,
  freshPerson,
  json,
  participantVersion,
  questionnaireVersion,
  type RouteCase,
  roleOf,
  signedIn,
  staff,
  staffOwnOrganisation,
  tandemOf,
  versionOf,
} from './route-access/shared.ts';
import { surveyRoutes } from './route-access/surveys.ts';

// The route authorization matrix, keyed by the contract's declarations: every declared endpoint
// must have an entry (the type and the test fail without one), and every request an entry makes
// must be a path of its declaration. The expectations and the caller kinds are explained in ./route-access/shared.ts;
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

/** A cycle of its own with A's mentee and B's mentor in it, named after what the case needs of it. */
async function cycleWithPair(t: TestApp, c: Consortium, n: number, label: string) {
  const cycleId = await createCycle(t.db, [c.organisationA, c.organisationB], `${label} cycle ${n}`);
  const person = (role: 'mentee' | 'mentor', organisationId: string, domain: string) =>
    createParticipant(t.db, {
      cycleId,
      organisationId,
      role,
      name: `${label} ${role === 'mentee' ? 'Mentee' : 'Mentor'} ${n}`,
      email: `${label.toLowerCase()}.${role}${n}@${domain}`,
    });
  return {
    cycleId,
    mentee: await person('mentee', c.organisationA, 'alpha.example'),
    mentor: await person('mentor', c.organisationB, 'beta.example'),
  };
}

/** A mentee and a free mentor in a cycle in its tandem year, where re-matching belongs. */
async function runningCyclePair(t: TestApp, c: Consortium, n: number) {
  const pair = await cycleWithPair(t, c, n, 'Rematch');
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', pair.cycleId).execute();
  return pair;
}

/** A cycle of A and B whose draft proposes A's fresh mentee to B's fresh mentor, in the given state. */
async function cycleWithDraft(
  t: TestApp,
  c: Consortium,
  n: number,
  status: 'editing' | 'in_approval',
  approval: 'pending' | 'approved' = 'pending',
) {
  const { cycleId, mentee, mentor } = await cycleWithPair(t, c, n, 'Draft');
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

const matrix = {
  getOpenApiDocument: { request: async () => ({ url: '/api/openapi.json' }), expect: everyone(200) },
  getHealth: { request: async () => ({ url: '/api/v1/health' }), expect: everyone(200) },
  getReadiness: { request: async () => ({ url: '/api/v1/health/ready' }), expect: everyone(200) },
  getSetupStatus: { request: async () => ({ url: '/api/v1/setup' }), expect: everyone(200) },
  createFirstCoordinator: {
    request: async () => ({
      url: '/api/v1/setup/coordinator',
      ...json({ name: 'Late Comer', email: 'late@example.org', password: 'a long enough password' }),
    }),
    expect: everyone(409),
  },
  loadDemoConsortium: { request: async () => ({ url: '/api/v1/setup/demo' }), expect: everyone(409) },
  signIn: {
    request: async () => ({
      url: '/api/v1/auth/sign-in',
      ...json({ email: 'hr@alpha.example', password: TEST_PASSWORD }),
    }),
    expect: everyone(200),
  },
  signOut: {
    // Signs out a session of its own, so the callers' sessions live on for the other routes.
    request: async (t, c) => ({
      url: '/api/v1/auth/sign-out',
      headers: { cookie: await sessionCookie(t.db, c.accounts.contactA, t.clock.now()) },
    }),
    expect: everyone(200),
  },
  getSession: {
    request: async () => ({ url: '/api/v1/auth/session' }),
    expect: signedIn(200),
  },
  requestPasswordReset: {
    // An address per caller, so the per-address rate limit never answers instead of the door.
    request: async (_t, _c, n) => ({
      url: '/api/v1/auth/password-reset',
      ...json({ email: `forgot${n}@alpha.example` }),
    }),
    expect: everyone(202),
  },
  resetPassword: {
    // A fresh account per caller: a reset ends the account's sessions, which the callers keep.
    request: async (t, c, n) => {
      const accountId = await createAccount(t.db, {
        email: `reset${n}@alpha.example`,
        name: 'Rena Reset',
        role: 'organisation_contact',
        organisationId: c.organisationA,
      });
      const token = newToken();
      await t.db
        .insertInto('password_reset_tokens')
        .values({
          token_hash: hashToken(token),
          account_id: accountId,
          created_at: t.clock.now(),
          expires_at: new Date(t.clock.now().getTime() + 30 * 60_000),
        })
        .execute();
      return {
        url: '/api/v1/auth/password-reset/confirm',
        ...json({ token, password: 'a perfectly fine passphrase' }),
      };
    },
    expect: everyone(200),
  },
  listAccounts: {
    request: async () => ({ url: '/api/v1/accounts' }),
    expect: coordinatorOnly(200),
  },
  updateAccount: {
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
  listOrganisations: {
    request: async () => ({ url: '/api/v1/organisations' }),
    expect: staff(200),
  },
  createOrganisation: {
    request: async (_t, _c, n) => ({ url: '/api/v1/organisations', ...json({ name: `New Member ${n}` }) }),
    expect: coordinatorOnly(201),
  },
  getOrganisation: {
    request: async (_t, c) => ({ url: `/api/v1/organisations/${c.organisationA}` }),
    expect: staffOwnOrganisation(200),
  },
  updateOrganisation: {
    request: async (t, c) => ({
      url: `/api/v1/organisations/${c.organisationA}`,
      ...json({ industry: 'Insurance', version: await versionOf(t, 'organisations', c.organisationA) }),
    }),
    expect: coordinatorOnly(200),
  },
  deleteOrganisation: {
    request: async (t, _c, n) => ({
      url: `/api/v1/organisations/${await createOrganisation(t.db, `Leaving ${n}`)}`,
    }),
    expect: coordinatorOnly(200),
  },
  listOrganisationContacts: {
    request: async (_t, c) => ({ url: `/api/v1/organisations/${c.organisationA}/contacts` }),
    expect: staffOwnOrganisation(200),
  },
  listCycles: { request: async () => ({ url: '/api/v1/cycles' }), expect: staff(200) },
  createCycle: {
    request: async (_t, _c, n) => ({
      url: '/api/v1/cycles',
      ...json({ name: `Cycle ${n}`, startsOn: '2028-01-01', endsOn: '2028-12-31' }),
    }),
    expect: coordinatorOnly(201),
  },
  getCycle: {
    // A cycle that only organisation A takes part in.
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `A only ${n}`)}`,
    }),
    expect: staffOwnOrganisation(200),
  },
  updateCycle: {
    request: async (t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}`,
      ...json({ name: 'Renamed cycle', version: await versionOf(t, 'cycles', c.cycleId) }),
    }),
    expect: coordinatorOnly(200),
  },
  changeCycleStatus: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Draft ${n}`)}/status`,
      ...json({ status: 'open' }),
    }),
    expect: coordinatorOnly(200),
  },
  addCycleOrganisation: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [], `Joining ${n}`)}/organisations/${c.organisationA}`,
    }),
    expect: coordinatorOnly(200),
  },
  removeCycleOrganisation: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Leaving ${n}`)}/organisations/${c.organisationA}`,
    }),
    expect: coordinatorOnly(200),
  },
  getCycleChecklist: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Checklist ${n}`)}/checklist`,
    }),
    expect: coordinatorOnly(200),
  },
  listParticipants: { request: async () => ({ url: '/api/v1/participants' }), expect: staff(200) },
  createParticipant: {
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
  importParticipantsCsv: {
    request: async (_t, c, n) => ({
      url: `/api/v1/participants/import?cycleId=${c.cycleId}`,
      headers: { 'content-type': 'text/csv' },
      payload: `email,name,organisation,role\n${freshEmail(n)},Imported Person,Alpha Bank,mentee\n`,
    }),
    // B's contact may import, but not into A: the line is refused (422) and nothing is written.
    expect: { ...staff(200), contactB: 422 },
  },
  exportParticipantsCsv: {
    request: async () => ({ url: '/api/v1/participants/export.csv' }),
    expect: staff(200),
  },
  getParticipant: {
    request: async (_t, c) => ({ url: `/api/v1/participants/${c.menteeA.participantId}` }),
    expect: staffOwnOrganisation(200),
  },
  updateParticipant: {
    request: async (t, c) => ({
      url: `/api/v1/participants/${c.menteeA.participantId}`,
      ...json({
        jobTitle: 'Senior Team Lead',
        version: await participantVersion(t, c.menteeA.participantId),
      }),
    }),
    expect: staffOwnOrganisation(200),
  },
  deleteParticipant: {
    request: async (t, c, n) => ({
      url: `/api/v1/participants/${(await freshPerson(t, c, n)).participantId}`,
    }),
    expect: staffOwnOrganisation(200),
  },
  listMyParticipations: {
    request: async () => ({ url: '/api/v1/me/participations' }),
    expect: signedIn(200),
  },
  listInvitations: { request: async () => ({ url: '/api/v1/invitations' }), expect: staff(200) },
  createInvitation: {
    request: async (t, c, n) => ({
      url: '/api/v1/invitations',
      ...json({ role: 'participant', personId: (await freshPerson(t, c, n)).personId }),
    }),
    expect: staffOwnOrganisation(201),
  },
  revokeInvitation: {
    request: async (t, c, n) => ({
      url: `/api/v1/invitations/${await participantInvitation(t, c, n)}/revoke`,
    }),
    expect: staffOwnOrganisation(200),
  },
  previewInvitation: {
    request: async (t, c, n) => ({ url: `/api/v1/invitations/by-token/${await invitationToken(t, c, n)}` }),
    expect: everyone(200),
  },
  acceptInvitation: {
    request: async (t, c, n) => ({
      url: `/api/v1/invitations/by-token/${await invitationToken(t, c, n)}/accept`,
      ...json({ password: 'a perfectly fine passphrase' }),
    }),
    expect: everyone(200),
  },
  previewInviteAll: {
    request: async (_t, c) => ({
      url: `/api/v1/invitations/invite-all?cycleId=${c.cycleId}&organisationId=${c.organisationA}`,
    }),
    expect: staffOwnOrganisation(200),
  },
  inviteAll: {
    request: async (t, c, n) => {
      await freshPerson(t, c, n);
      return {
        url: '/api/v1/invitations/invite-all',
        ...json({ cycleId: c.cycleId, organisationId: c.organisationA }),
      };
    },
    expect: staffOwnOrganisation(200),
  },
  getQuestionnaire: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/questionnaire` }),
    expect: signedIn(200),
  },
  saveQuestionnaire: {
    request: async (t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/questionnaire`,
      ...json({
        topics: ['negotiation', 'leading teams'],
        weights: { topics: 50, seniority: 20, language: 10, location: 10, gender: 5, industry: 5 },
        idealSeniorityGap: 2,
        preferDifferentIndustry: true,
        version: await questionnaireVersion(t, c.cycleId),
      }),
    }),
    expect: coordinatorOnly(200),
  },
  getMyProfile: {
    request: async (_t, c) => ({ url: `/api/v1/me/profiles/${c.menteeA.participantId}` }),
    // Only the person themselves; the mentor of the same organisation gets 404.
    expect: { ...coordinatorOnly(403), coordinator: 403, menteeA: 200, mentorA: 404 },
  },
  saveMyProfile: {
    request: async (t, c) => ({
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
        version: await participantVersion(t, c.menteeA.participantId),
      }),
    }),
    expect: { ...coordinatorOnly(403), coordinator: 403, menteeA: 200, mentorA: 404 },
  },
  getProfileStatus: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Status ${n}`)}/profile-status`,
    }),
    expect: staffOwnOrganisation(200),
  },
  sendProfileReminders: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${await createCycle(t.db, [c.organisationA], `Remind ${n}`)}/profile-reminders`,
      ...json({}),
    }),
    expect: staffOwnOrganisation(200),
  },
  getMatchingRules: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/rules` }),
    expect: coordinatorOnly(200),
  },
  saveMatchingRules: {
    request: async (t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/rules`,
      ...json({
        reciprocityTolerance: null,
        organisationExclusions: [],
        personExclusions: [],
        version:
          (
            await t.db
              .selectFrom('cycle_rules')
              .select('version')
              .where('cycle_id', '=', c.cycleId)
              .executeTakeFirst()
          )?.version ?? 0,
      }),
    }),
    expect: coordinatorOnly(200),
  },
  getMatchingPreflight: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/preflight` }),
    expect: coordinatorOnly(200),
  },
  startMatchRun: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'editing')).cycleId}/match-runs`,
      ...json({ mode: 'optimal' }),
    }),
    expect: coordinatorOnly(202),
  },
  listMatchRuns: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/match-runs` }),
    expect: coordinatorOnly(200),
  },
  compareMatchRuns: {
    request: async (t, c, n) => {
      const { cycleId } = await cycleWithDraft(t, c, n, 'editing');
      const a = await doneRun(t, cycleId, 1);
      const b = await doneRun(t, cycleId, 2);
      return { url: `/api/v1/cycles/${cycleId}/match-runs/compare?a=${a}&b=${b}` };
    },
    expect: coordinatorOnly(200),
  },
  exportMatchRunComparisonCsv: {
    request: async (t, c, n) => {
      const { cycleId } = await cycleWithDraft(t, c, n, 'editing');
      const a = await doneRun(t, cycleId, 1);
      const b = await doneRun(t, cycleId, 2);
      return { url: `/api/v1/cycles/${cycleId}/match-runs/compare.csv?a=${a}&b=${b}` };
    },
    // The comparison view's door: the coordinator's alone (scores and every organisation's people).
    expect: coordinatorOnly(200),
  },
  getMatchRun: {
    request: async (t, c, n) => ({ url: `/api/v1/match-runs/${await doneRun(t, c.cycleId, 1000 + n)}` }),
    expect: coordinatorOnly(200),
  },
  adoptMatchRun: {
    request: async (t, c, n) => {
      const { cycleId } = await cycleWithDraft(t, c, n, 'editing');
      return { url: `/api/v1/match-runs/${await doneRun(t, cycleId, 1)}/adopt`, ...json({ version: 0 }) };
    },
    expect: coordinatorOnly(200),
  },
  getMatchingDraft: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/draft` }),
    expect: coordinatorOnly(200),
  },
  applyDraftAction: {
    request: async (t, c, n) => {
      const { cycleId, mentee } = await cycleWithDraft(t, c, n, 'editing');
      return {
        url: `/api/v1/cycles/${cycleId}/draft/actions`,
        ...json({ version: 0, action: { type: 'unassign', menteeId: mentee.participantId } }),
      };
    },
    expect: coordinatorOnly(200),
  },
  previewDraftPair: {
    request: async (_t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/draft/preview`,
      ...json({ menteeId: c.menteeA.participantId, mentorId: c.mentorA.participantId }),
    }),
    expect: coordinatorOnly(200),
  },
  sendDraftForApproval: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'editing')).cycleId}/draft/send-for-approval`,
      ...json({ version: 0 }),
    }),
    expect: coordinatorOnly(200),
  },
  getDraftApproval: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'in_approval')).cycleId}/approval`,
    }),
    expect: { ...coordinatorOnly(403), coordinator: 403, contactA: 200, contactB: 200 },
  },
  decideDraftApproval: {
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
  approveShownProposals: {
    request: async (t, c, n) => {
      const { cycleId, mentee, mentor } = await cycleWithDraft(t, c, n, 'in_approval');
      return {
        url: `/api/v1/cycles/${cycleId}/approve-shown`,
        ...json({
          proposals: [
            { menteeId: mentee.participantId, mentorId: mentor.participantId, approval: 'pending' },
          ],
        }),
      };
    },
    // The proposal is for A's mentee: B's contact gets 404.
    expect: { ...coordinatorOnly(403), coordinator: 403, contactA: 200, contactB: 404 },
  },
  remindApprovers: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'in_approval')).cycleId}/approval-reminders`,
    }),
    expect: coordinatorOnly(200),
  },
  publishMatchingDraft: {
    request: async (t, c, n) => ({
      url: `/api/v1/cycles/${(await cycleWithDraft(t, c, n, 'in_approval', 'approved')).cycleId}/draft/publish`,
      ...json({ version: 0 }),
    }),
    expect: coordinatorOnly(200),
  },
  listTandems: { request: async () => ({ url: '/api/v1/tandems' }), expect: signedIn(200) },
  getTandem: {
    request: async (t, c, n) => {
      const mentee = await freshPerson(t, c, n);
      return {
        url: `/api/v1/tandems/${await tandemOf(t, c, mentee.participantId, c.mentorA.participantId)}`,
      };
    },
    // The tandem of A's mentor with another mentee: the mentor sees it, A's mentee (not in it) does not.
    expect: { ...staffOwnOrganisation(200), mentorA: 200, menteeA: 404 },
  },
  dissolveTandem: {
    request: async (t, c, n) => {
      const mentee = await freshPerson(t, c, n);
      const id = await tandemOf(t, c, mentee.participantId, (await freshMentorB(t, c, n)).participantId);
      return { url: `/api/v1/tandems/${id}/dissolve`, ...json({ reason: 'moved abroad' }) };
    },
    expect: coordinatorOnly(200),
  },
  proposeTandemRematch: {
    request: async (t, c, n) => {
      const { cycleId, mentee } = await runningCyclePair(t, c, n);
      return { url: `/api/v1/cycles/${cycleId}/rematch/${mentee.participantId}` };
    },
    expect: coordinatorOnly(200),
  },
  publishTandemRematch: {
    request: async (t, c, n) => {
      const { cycleId, mentee, mentor } = await runningCyclePair(t, c, n);
      return {
        url: `/api/v1/cycles/${cycleId}/rematch/${mentee.participantId}/publish`,
        ...json({ mentorId: mentor.participantId }),
      };
    },
    expect: coordinatorOnly(200),
  },
  // A cycle only A takes part in: B's contact must meet a 404, participants a 403.
  exportTandemsCsv: {
    request: async (t, c, n) => {
      const cycleId = await createCycle(t.db, [c.organisationA], `Tandem export cycle ${n}`);
      return { url: `/api/v1/cycles/${cycleId}/tandems.csv` };
    },
    expect: staffOwnOrganisation(200),
  },
  changeLanguage: {
    request: async () => ({ url: '/api/v1/me/language', ...json({ language: 'de' }) }),
    expect: signedIn(200),
  },
  listAuditEntries: {
    request: async () => ({ url: '/api/v1/audit-log' }),
    expect: coordinatorOnly(200),
  },
  listOutboxMessages: { request: async () => ({ url: '/api/v1/outbox' }), expect: coordinatorOnly(200) },
  ...agreementRoutes,
  ...meetingRoutes,
  ...surveyRoutes,
  ...reminderRoutes,
  ...reportRoutes,
  // Before the certificates', which make A's mentor an alumnus: the alumni entries need him none.
  ...alumniRoutes,
  ...certificateRoutes,
  ...eventRoutes,
} satisfies Record<OperationId, RouteCase>;

const registered: { method: string; url: string; operationId: string | undefined }[] = [];
let t: TestApp;
let c: Consortium;

beforeAll(async () => {
  t = await buildTestApp({
    onRouteRegistered: (route) => {
      for (const method of [route.method].flat()) {
        registered.push({ method, url: route.url, operationId: route.config?.operationId });
      }
    },
  });
  c = await createConsortium(t.db, t.clock.now());
});
afterAll(() => t.close());

describe('route authorization matrix', () => {
  it('registers every declared endpoint once, from its declaration, and no API route without one', () => {
    const api = registered.filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/'));
    expect(api.filter((r) => r.operationId === undefined).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    const routes = api.map((r) => `${r.operationId} ${r.method} ${r.url}`).sort();
    const declared = allEndpoints.map((e) => `${e.operationId} ${e.method} ${e.path}`).sort();
    expect(routes).toEqual(declared);
    expect(new Set(allEndpoints.map((e) => e.operationId)).size).toBe(allEndpoints.length);
  });

  it('has an entry for every declared endpoint, and every entry is one', () => {
    const ids = allEndpoints.map((e) => e.operationId).sort();
    expect(Object.keys(matrix).sort()).toEqual(ids);
  });

  let n = 0;
  for (const [operationId, routeCase] of Object.entries(matrix) as [OperationId, RouteCase][]) {
    const declared = endpointById(operationId);
    it(`${operationId}: ${declared.method} ${declared.path}`, async () => {
      // Callers the declaration keeps out at the door must be kept out, whatever the object.
      for (const caller of callers) {
        if (!allows(declared.access, roleOf[caller])) {
          expect(routeCase.expect[caller], caller).toBe(caller === 'anonymous' ? 401 : 403);
        }
      }
      const got: Partial<Expectation> = {};
      for (const caller of callers) {
        const request = await routeCase.request(t, c, n++);
        const path = String(request.url).split('?')[0]!;
        expect(matchPath(declared, path), `${path} is a path of ${declared.path}`).not.toBeNull();
        const cookie = caller === 'anonymous' ? undefined : c.cookies[caller];
        const response = await t.app.inject({
          method: declared.method,
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
      payload: { name: 'Hijacked', version: await participantVersion(t, c.menteeA.participantId) },
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
