import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createCycle,
  createParticipant,
  sessionCookie,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';

let t: TestApp;
let c: Consortium;
let mentorB: { personId: string; participantId: string };
let mentorBCookie: string;

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
  const account = await createAccount(t.db, {
    email: 'bea@beta.example',
    name: 'Bea Mentor',
    role: 'participant',
    personId: mentorB.personId,
  });
  mentorBCookie = await sessionCookie(t.db, account, t.clock.now());
});
afterEach(() => t.close());

const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
  callApi(t, cookie, method, url, payload);

const asCoordinator = (method: InjectOptions['method'], url: string, payload?: unknown) =>
  call(c.cookies.coordinator, method, url, payload);

async function runMatching(cycleId: string, mode: 'optimal' | 'stable' = 'optimal') {
  const started = await asCoordinator('POST', `/api/v1/cycles/${cycleId}/match-runs`, { mode });
  expect(started.status).toBe(202);
  for (let i = 0; i < 100; i++) {
    const run = await asCoordinator('GET', `/api/v1/match-runs/${started.body.id}`);
    if (run.body.status !== 'running') return run.body;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the run did not finish');
}

describe('from a match run to published tandems', () => {
  it('runs, reviews, approves per organisation and publishes', async () => {
    const run = await runMatching(c.cycleId);
    expect(run).toMatchObject({ status: 'done', matched: 2, unmatched: 0, mentees: 2, mentors: 2 });
    expect(run.totalScore).toBeGreaterThan(0);

    const draft = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`);
    expect(draft.status).toBe(200);
    const byMentee = Object.fromEntries(
      draft.body.proposals.map((p: { menteeId: string; mentorId: string }) => [p.menteeId, p.mentorId]),
    );
    // Never their own organisation.
    expect(byMentee).toEqual({
      [c.menteeA.participantId]: mentorB.participantId,
      [c.menteeB.participantId]: c.mentorA.participantId,
    });
    expect(draft.body.proposals[0].reasons.length).toBeGreaterThan(0);

    const sent = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/send-for-approval`, {
      version: draft.body.version,
    });
    expect(sent.status).toBe(200);
    expect(sent.body.status).toBe('in_approval');

    // Each contact sees only the proposal for their own mentee, without scores.
    const approvalA = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(approvalA.body.proposals).toHaveLength(1);
    expect(approvalA.body.proposals[0]).toMatchObject({ menteeName: 'Mia Mentee', mentorName: 'Bea Mentor' });
    expect(JSON.stringify(approvalA.body)).not.toContain('score');
    const approvalB = await call(c.cookies.contactB, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(approvalB.body.proposals.map((p: { menteeName: string }) => p.menteeName)).toEqual(['Ben Mentee']);

    // A contact cannot decide for another organisation's mentee.
    const foreign = await call(
      c.cookies.contactA,
      'POST',
      `/api/v1/cycles/${c.cycleId}/approval/${c.menteeB.participantId}`,
      {
        decision: 'approve',
      },
    );
    expect(foreign.status).toBe(404);

    const approve = await call(
      c.cookies.contactA,
      'POST',
      `/api/v1/cycles/${c.cycleId}/approval/${c.menteeA.participantId}`,
      {
        decision: 'approve',
      },
    );
    expect(approve.status).toBe(200);
    const change = await call(
      c.cookies.contactB,
      'POST',
      `/api/v1/cycles/${c.cycleId}/approval/${c.menteeB.participantId}`,
      {
        decision: 'request_change',
        comment: 'Ben would prefer someone in Berlin',
      },
    );
    expect(change.body.proposals[0]).toMatchObject({
      approval: 'change_requested',
      approvalComment: 'Ben would prefer someone in Berlin',
    });

    const board = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`);
    const approvals = Object.fromEntries(
      board.body.approvalByOrganisation.map(
        (a: { organisationId: string; approved: number; changeRequested: number }) => [
          a.organisationId,
          [a.approved, a.changeRequested],
        ],
      ),
    );
    expect(approvals).toEqual({ [c.organisationA]: [1, 0], [c.organisationB]: [0, 1] });

    const published = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/publish`, {
      version: board.body.version,
    });
    expect(published.body).toEqual({ published: 1, remaining: 1, cycleStatus: 'running' });
    const again = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/publish`, {
      version: board.body.version,
    });
    expect(again.status).toBe(409);

    // The mentee sees the mentor's profile; the mentor sees the mentee's; others see nothing of it.
    const menteeView = await call(c.cookies.menteeA, 'GET', '/api/v1/tandems');
    expect(menteeView.body.tandems).toHaveLength(1);
    expect(menteeView.body.tandems[0].mentor).toMatchObject({
      name: 'Bea Mentor',
      email: 'bea@beta.example',
    });
    expect(JSON.stringify(menteeView.body)).not.toMatch(/"score"/);
    const mentorView = await call(mentorBCookie, 'GET', `/api/v1/tandems/${menteeView.body.tandems[0].id}`);
    expect(mentorView.body.mentee).toMatchObject({ name: 'Mia Mentee', email: 'mia@alpha.example' });
    const outsider = await call(c.cookies.mentorA, 'GET', `/api/v1/tandems/${menteeView.body.tandems[0].id}`);
    expect(outsider.status).toBe(404);
    // Contact B sees the tandem of their mentor but not the other organisation's mentee's email.
    const contactView = await call(c.cookies.contactB, 'GET', '/api/v1/tandems');
    expect(contactView.body.tandems[0].mentee).toMatchObject({ name: 'Mia Mentee', email: '' });

    const outbox = await t.db.selectFrom('outbox').select('recipient').execute();
    expect(outbox.map((m) => m.recipient)).toEqual(
      expect.arrayContaining(['mia@alpha.example', 'bea@beta.example']),
    );
  });

  it('keeps pins and forbids across re-runs, and refuses stale edits with 409', async () => {
    await runMatching(c.cycleId);
    let draft = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`)).body;
    const forbid = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/actions`, {
      version: draft.version,
      action: { type: 'forbid', menteeId: c.menteeA.participantId, mentorId: mentorB.participantId },
    });
    expect(forbid.status).toBe(200);
    expect(forbid.body.unmatched.map((u: { menteeId: string }) => u.menteeId)).toContain(
      c.menteeA.participantId,
    );
    const stale = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/actions`, {
      version: draft.version,
      action: { type: 'unassign', menteeId: c.menteeB.participantId },
    });
    expect(stale.status).toBe(409);
    draft = forbid.body;

    const rerun = await runMatching(c.cycleId);
    // Mia's only other-organisation mentor is forbidden now: she stays unmatched, with the reason.
    expect(rerun).toMatchObject({ status: 'done', matched: 1, unmatched: 1 });
    draft = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`)).body;
    const mia = draft.unmatched.find((u: { menteeId: string }) => u.menteeId === c.menteeA.participantId);
    expect(mia.reasons.join(' ')).toMatch(/forbid/i);

    const assign = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/actions`, {
      version: draft.version,
      action: { type: 'assign', menteeId: c.menteeA.participantId, mentorId: c.mentorA.participantId },
    });
    // Same organisation: a hard rule, refused with the reason; nothing is saved.
    expect(assign.status).toBe(422);
    expect(assign.body.error.message).toMatch(/same organisation/);
    const preview = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/preview`, {
      menteeId: c.menteeA.participantId,
      mentorId: c.mentorA.participantId,
    });
    expect(preview.body.ruleBreaks).toEqual(expect.arrayContaining(['same organisation']));
    expect(preview.body.score).toBeGreaterThan(0);
  });

  it('saves a failed run that names an impossible pin, and keeps the draft as it was', async () => {
    await runMatching(c.cycleId);
    const before = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`)).body;
    // Pinned earlier, then the organisations were excluded from each other: the pin cannot hold.
    await t.db
      .insertInto('cycle_pins')
      .values({ cycle_id: c.cycleId, mentee_id: c.menteeA.participantId, mentor_id: mentorB.participantId })
      .execute();
    await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
      version: 0,
      reciprocityTolerance: null,
      organisationExclusions: [{ organisationA: c.organisationA, organisationB: c.organisationB }],
      personExclusions: [],
    });
    const failed = await runMatching(c.cycleId);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/pin/i);
    const after = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`)).body;
    expect(after.runId).toBe(before.runId);
    expect(after.proposals).toHaveLength(before.proposals.length);
  });

  it('fails a run whose pins make reciprocity impossible, naming the reason', async () => {
    // Mia is pinned to Bea (of B) but Ben may not take Mona: A sends one mentee and gets no place back.
    await t.db
      .insertInto('cycle_pins')
      .values({ cycle_id: c.cycleId, mentee_id: c.menteeA.participantId, mentor_id: mentorB.participantId })
      .execute();
    await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
      version: 0,
      reciprocityTolerance: 0,
      organisationExclusions: [],
      personExclusions: [
        { menteeId: c.menteeB.participantId, mentorId: c.mentorA.participantId, reason: 'former manager' },
      ],
    });
    const run = await runMatching(c.cycleId);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/reciprocity/i);
  });

  it('saves a run where nobody can be matched, with the reason for each mentee', async () => {
    const lonely = await createCycle(t.db, [c.organisationA], 'Alpha alone');
    await createParticipant(t.db, {
      cycleId: lonely,
      organisationId: c.organisationA,
      role: 'mentee',
      name: 'Solo Mentee',
      email: 'solo@alpha.example',
    });
    await createParticipant(t.db, {
      cycleId: lonely,
      organisationId: c.organisationA,
      role: 'mentor',
      name: 'Solo Mentor',
      email: 'solo.mentor@alpha.example',
    });
    const preflight = await asCoordinator('GET', `/api/v1/cycles/${lonely}/preflight`);
    expect(preflight.body.unmatchable).toHaveLength(1);
    expect(preflight.body.unmatchable[0].reasons.join(' ')).toMatch(/same organisation/);
    const run = await runMatching(lonely);
    expect(run).toMatchObject({ status: 'done', matched: 0, unmatched: 1 });
    const draft = await asCoordinator('GET', `/api/v1/cycles/${lonely}/draft`);
    expect(draft.body.unmatched[0].reasons.length).toBeGreaterThan(0);
  });

  it('keeps the first of two rule saves read at one version; the second answers 409 and changes nothing', async () => {
    const url = `/api/v1/cycles/${c.cycleId}/rules`;
    const read = (await asCoordinator('GET', url)).body;
    expect(read.version).toBe(0);
    // Stored with the smaller id first, as the server keeps every pair.
    const [organisationA, organisationB] = [c.organisationA, c.organisationB].sort();
    const exclusion = { organisationA, organisationB };
    const first = await asCoordinator('PUT', url, { ...read, organisationExclusions: [exclusion] });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    const second = await asCoordinator('PUT', url, { ...read, reciprocityTolerance: 2 });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect((await asCoordinator('GET', url)).body).toMatchObject({
      organisationExclusions: [exclusion],
      reciprocityTolerance: null,
      version: 1,
    });
    const again = await asCoordinator('PUT', url, { ...first.body, reciprocityTolerance: 2 });
    expect(again.body).toMatchObject({
      organisationExclusions: [exclusion],
      reciprocityTolerance: 2,
      version: 2,
    });
  });

  it('enforces reciprocity exactly, also when it leaves mentees unmatched', async () => {
    const rules = await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
      version: 0,
      reciprocityTolerance: 0,
      organisationExclusions: [],
      personExclusions: [
        { menteeId: c.menteeB.participantId, mentorId: c.mentorA.participantId, reason: 'former manager' },
      ],
    });
    expect(rules.status).toBe(200);
    // Mia alone could be matched, but that would leave both organisations one place out of balance.
    const run = await runMatching(c.cycleId);
    expect(run).toMatchObject({ status: 'done', matched: 0 });
    const draft = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`);
    const ben = draft.body.unmatched.find(
      (u: { menteeId: string }) => u.menteeId === c.menteeB.participantId,
    );
    expect(ben.reasons.join(' ')).toMatch(/forbidden/);
  });
});
