// Same organisation and excluded organisations are hard rules: no acceptance on any path passes
// them; soft rule breaks stay acceptable on purpose, and contacts see every rule a proposal breaks.
import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';

let t: TestApp;
let c: Consortium;
let mentorB: { personId: string; participantId: string };

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
});
afterEach(() => t.close());

const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
  callApi(t, cookie, method, url, payload);
const asCoordinator = (method: InjectOptions['method'], url: string, payload?: unknown) =>
  call(c.cookies.coordinator, method, url, payload);
const draftUrl = () => `/api/v1/cycles/${c.cycleId}/draft`;

/** Runs the engine: Mia (A) gets Bea (B), Ben (B) gets Mona (A). */
async function matched() {
  const started = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/match-runs`, { mode: 'optimal' });
  for (let i = 0; i < 100; i++) {
    const run = await asCoordinator('GET', `/api/v1/match-runs/${started.body.id}`);
    if (run.body.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return (await asCoordinator('GET', draftUrl())).body;
}

const mentorsByMentee = (draft: { proposals: { menteeId: string; mentorId: string }[] }) =>
  Object.fromEntries(draft.proposals.map((p) => [p.menteeId, p.mentorId]));

async function excludeAFromB() {
  const rules = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/rules`);
  const saved = await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
    version: rules.body.version,
    reciprocityTolerance: null,
    organisationExclusions: [{ organisationA: c.organisationA, organisationB: c.organisationB }],
    personExclusions: [],
  });
  expect(saved.status).toBe(200);
}

describe('hard rules on the board', () => {
  it('refuses a same-organisation hand-assignment even with the rule breaks accepted (422)', async () => {
    const draft = await matched();
    const assign = await asCoordinator('POST', `${draftUrl()}/actions`, {
      version: draft.version,
      action: {
        type: 'assign',
        menteeId: c.menteeA.participantId,
        mentorId: c.mentorA.participantId,
        acceptRuleBreaks: true,
      },
    });
    expect(assign.status).toBe(422);
    expect(assign.body.error.code).toBe('hard_rule_broken');
    expect(assign.body.error.message).toMatch(/same organisation/);
    const after = (await asCoordinator('GET', draftUrl())).body;
    expect(mentorsByMentee(after)).toEqual(mentorsByMentee(draft));
    expect(after.version).toBe(draft.version);
  });

  it('refuses a hand-assignment across excluded organisations even with the rule breaks accepted', async () => {
    await matched();
    await excludeAFromB();
    const draft = (await asCoordinator('GET', draftUrl())).body;
    const assign = await asCoordinator('POST', `${draftUrl()}/actions`, {
      version: draft.version,
      action: {
        type: 'assign',
        menteeId: c.menteeB.participantId,
        mentorId: c.mentorA.participantId,
        acceptRuleBreaks: true,
      },
    });
    expect(assign.status).toBe(422);
    expect(assign.body.error.code).toBe('hard_rule_broken');
    expect(assign.body.error.message).toMatch(/excluded/);
  });

  it('refuses a swap that makes same-organisation pairs, accepted or not, naming each pair', async () => {
    const draft = await matched();
    for (const acceptRuleBreaks of [false, true]) {
      const swap = await asCoordinator('POST', `${draftUrl()}/actions`, {
        version: draft.version,
        action: {
          type: 'swap',
          menteeA: c.menteeA.participantId,
          menteeB: c.menteeB.participantId,
          acceptRuleBreaks,
        },
      });
      expect(swap.status).toBe(422);
      expect(swap.body.error.code).toBe('hard_rule_broken');
      expect(swap.body.error.message).toContain('Mia Mentee with Mona Mentor: same organisation');
      expect(swap.body.error.message).toContain('Ben Mentee with Bea Mentor: same organisation');
    }
    expect(mentorsByMentee((await asCoordinator('GET', draftUrl())).body)).toEqual(mentorsByMentee(draft));
  });

  it('refuses to pin a same-organisation pair', async () => {
    const draft = await matched();
    const pin = await asCoordinator('POST', `${draftUrl()}/actions`, {
      version: draft.version,
      action: { type: 'pin', menteeId: c.menteeA.participantId, mentorId: c.mentorA.participantId },
    });
    expect(pin.status).toBe(422);
    expect(pin.body.error.code).toBe('hard_rule_broken');
    expect((await asCoordinator('GET', draftUrl())).body.pins).toEqual([]);
  });

  it('previews which of a pair’s rule breaks no acceptance passes', async () => {
    await matched();
    const preview = await asCoordinator('POST', `${draftUrl()}/preview`, {
      menteeId: c.menteeA.participantId,
      mentorId: c.mentorA.participantId,
    });
    expect(preview.body.hardRuleBreaks).toEqual(['same organisation']);
    // Bea leaves Mia's place for Ben in a swap: that place counts as free.
    const swapped = await asCoordinator('POST', `${draftUrl()}/preview`, {
      menteeId: c.menteeB.participantId,
      mentorId: mentorB.participantId,
      replacing: c.menteeA.participantId,
    });
    expect(swapped.body.ruleBreaks).toEqual(['same organisation']);
  });

  it('keeps a soft rule break (a forbidden pair) acceptable on purpose', async () => {
    let draft = await matched();
    const forbid = await asCoordinator('POST', `${draftUrl()}/actions`, {
      version: draft.version,
      action: { type: 'forbid', menteeId: c.menteeA.participantId, mentorId: mentorB.participantId },
    });
    draft = forbid.body;
    const assign = (acceptRuleBreaks: boolean) =>
      asCoordinator('POST', `${draftUrl()}/actions`, {
        version: draft.version,
        action: {
          type: 'assign',
          menteeId: c.menteeA.participantId,
          mentorId: mentorB.participantId,
          acceptRuleBreaks,
        },
      });
    expect((await assign(false)).status).toBe(400);
    const accepted = await assign(true);
    expect(accepted.status).toBe(200);
    const mia = accepted.body.proposals.find(
      (p: { menteeId: string }) => p.menteeId === c.menteeA.participantId,
    );
    expect(mia.ruleBreaks).toEqual(['the pair is forbidden']);
  });
});

describe('hard rules at approval and publication', () => {
  it('shows contacts the rule a proposal breaks, refuses its approval and its publication', async () => {
    let draft = await matched();
    draft = (await asCoordinator('POST', `${draftUrl()}/send-for-approval`, { version: draft.version })).body;
    // The organisations became excluded while the draft was with them: it holds pairs no rule allows now.
    await excludeAFromB();

    const view = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(view.body.proposals[0].ruleBreaks).toEqual(['their organisations are excluded from each other']);
    const approve = await call(
      c.cookies.contactA,
      'POST',
      `/api/v1/cycles/${c.cycleId}/approval/${c.menteeA.participantId}`,
      { decision: 'approve' },
    );
    expect(approve.status).toBe(422);
    expect(approve.body.error.code).toBe('hard_rule_broken');

    // Approved before the exclusion was known: publication still refuses it.
    await t.db.updateTable('draft_proposals').set({ approval: 'approved' }).execute();
    const published = await asCoordinator('POST', `${draftUrl()}/publish`, { version: draft.version });
    expect(published.status).toBe(422);
    expect(published.body.error.code).toBe('hard_rule_broken');
    expect(await t.db.selectFrom('tandems').select('id').execute()).toEqual([]);
  });
});

describe('hard rules found after the run', () => {
  it('shows them on the board and keeps the draft from the organisations until they are resolved', async () => {
    await matched();
    await excludeAFromB();
    const draft = (await asCoordinator('GET', draftUrl())).body;
    const mia = draft.proposals.find((p: { menteeId: string }) => p.menteeId === c.menteeA.participantId);
    expect(mia.ruleBreaks).toContain('their organisations are excluded from each other');

    const sent = await asCoordinator('POST', `${draftUrl()}/send-for-approval`, { version: draft.version });

    expect(sent.status).toBe(422);
    expect(sent.body.error.code).toBe('hard_rule_broken');
    expect(sent.body.error.message).toMatch(/Mia .* with Bea Mentor: their organisations are excluded/);
    expect((await asCoordinator('GET', draftUrl())).body.status).toBe('editing');
  });
});

describe('competitors named on the organisations', () => {
  it('keep their pairs off the board’s way to the organisations and out of publication', async () => {
    let draft = await matched();
    draft = (await asCoordinator('POST', `${draftUrl()}/send-for-approval`, { version: draft.version })).body;
    // Alpha Bank and Beta Motors are named competitors after the draft went out (a link is stored
    // once, smaller id first).
    const [first, second] = [c.organisationA, c.organisationB].sort();
    await t.db
      .insertInto('organisation_competitors')
      .values({ organisation_id: first!, competitor_id: second! })
      .execute();
    const board = (await asCoordinator('GET', draftUrl())).body;
    const mia = board.proposals.find((p: { menteeId: string }) => p.menteeId === c.menteeA.participantId);
    expect(mia.ruleBreaks).toContain('their organisations are excluded from each other');
    await t.db.updateTable('draft_proposals').set({ approval: 'approved' }).execute();
    const published = await asCoordinator('POST', `${draftUrl()}/publish`, { version: draft.version });
    expect(published.status).toBe(422);
    expect(published.body.error.code).toBe('hard_rule_broken');
    expect(await t.db.selectFrom('tandems').select('id').execute()).toEqual([]);
  });
});

describe('approving the proposals shown at once', () => {
  async function inApproval() {
    const mentee2 = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentee',
      name: 'Max Mentee',
      email: 'max@alpha.example',
    });
    await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
      role: 'mentor',
      name: 'Bo Mentor',
      email: 'bo@beta.example',
    });
    const draft = await matched();
    await asCoordinator('POST', `${draftUrl()}/send-for-approval`, { version: draft.version });
    const view = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(view.body.proposals).toHaveLength(2);
    return { mentee2, view: view.body };
  }
  const shown = (view: { proposals: { menteeId: string; mentorId: string; approval: string }[] }) =>
    view.proposals.map(({ menteeId, mentorId, approval }) => ({ menteeId, mentorId, approval }));

  it('approves every proposal shown in one go', async () => {
    const { view } = await inApproval();
    const all = await call(c.cookies.contactA, 'POST', `/api/v1/cycles/${c.cycleId}/approve-shown`, {
      proposals: shown(view),
    });
    expect(all.status).toBe(200);
    expect(all.body.proposals.map((p: { approval: string }) => p.approval)).toEqual(['approved', 'approved']);
  });

  it('approves none when one changed since it was shown (409)', async () => {
    const { mentee2, view } = await inApproval();
    // A colleague asked for a change meanwhile.
    await call(c.cookies.contactA, 'POST', `/api/v1/cycles/${c.cycleId}/approval/${mentee2.participantId}`, {
      decision: 'request_change',
      comment: 'Max wants someone in Munich',
    });
    const all = await call(c.cookies.contactA, 'POST', `/api/v1/cycles/${c.cycleId}/approve-shown`, {
      proposals: shown(view),
    });
    expect(all.status).toBe(409);
    expect(all.body.error.code).toBe('stale_version');
    const after = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(after.body.proposals.map((p: { approval: string }) => p.approval).sort()).toEqual([
      'change_requested',
      'pending',
    ]);
  });

  it('refuses a list naming one mentee twice (400), approving nothing', async () => {
    const { view } = await inApproval();
    const twice = [shown(view)[0]!, shown(view)[0]!];
    const all = await call(c.cookies.contactA, 'POST', `/api/v1/cycles/${c.cycleId}/approve-shown`, {
      proposals: twice,
    });
    expect(all.status).toBe(400);
    expect(all.body.error.message).toMatch(/must name each mentee once/);
    const after = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(after.body.proposals.map((p: { approval: string }) => p.approval)).toEqual(['pending', 'pending']);
  });

  it('approves none when the coordinator gave one of them another mentor since it was shown', async () => {
    const { mentee2, view } = await inApproval();
    const cai = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
      role: 'mentor',
      name: 'Cai Mentor',
      email: 'cai@beta.example',
    });
    const draft = (await asCoordinator('GET', draftUrl())).body;
    const reassigned = await asCoordinator('POST', `${draftUrl()}/actions`, {
      version: draft.version,
      action: {
        type: 'assign',
        menteeId: mentee2.participantId,
        mentorId: cai.participantId,
        acceptRuleBreaks: true,
      },
    });
    expect(reassigned.status).toBe(200);
    // Both still wait for a decision: only the mentor differs from what the contact saw.
    const all = await call(c.cookies.contactA, 'POST', `/api/v1/cycles/${c.cycleId}/approve-shown`, {
      proposals: shown(view),
    });
    expect(all.status).toBe(409);
    expect(all.body.error.message).toBe(
      'One of these proposals changed since you loaded it. Nothing was approved; reload to see the proposals as they are now.',
    );
    const after = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(after.body.proposals.map((p: { approval: string }) => p.approval)).toEqual(['pending', 'pending']);
  });

  it('answers 404 for another organisation’s proposal and approves nothing', async () => {
    const { view } = await inApproval();
    const all = await call(c.cookies.contactB, 'POST', `/api/v1/cycles/${c.cycleId}/approve-shown`, {
      proposals: shown(view),
    });
    expect(all.status).toBe(404);
  });
});
