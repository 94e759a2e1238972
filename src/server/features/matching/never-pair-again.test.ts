// "Never pair two people who were a tandem before": a rule of the cycle, on by default. Mia (Alpha)
// and Bea (Beta) were a tandem in last year's cycle; in this one Bea is the only mentor Mia may
// have (Mona is of her own organisation), so the rule decides whether they meet again.
import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createConsortium,
  createCycle,
  createParticipant,
} from '../../../../test/factories.ts';

let t: TestApp;
let c: Consortium;
let bea: { personId: string; participantId: string };

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  bea = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Bea Mentor',
    email: 'bea@beta.example',
  });
  await lastYearsTandem();
});
afterEach(() => t.close());

/** Last year's cycle: Mia mentee, Bea mentor, a tandem that ran its year. */
async function lastYearsTandem() {
  const earlier = await createCycle(t.db, [c.organisationA, c.organisationB], 'Cycle 2026');
  const [miaThen, beaThen] = await t.db
    .insertInto('participants')
    .values([
      { cycle_id: earlier, person_id: c.menteeA.personId, role: 'mentee', goals: 'negotiation' },
      { cycle_id: earlier, person_id: bea.personId, role: 'mentor', capacity: 1 },
    ])
    .returning('id')
    .execute();
  await t.db
    .insertInto('tandems')
    .values({ cycle_id: earlier, mentee_id: miaThen!.id, mentor_id: beaThen!.id, score: 10, reasons: [] })
    .execute();
}

async function call(
  cookie: string,
  method: InjectOptions['method'],
  url: string,
  payload?: unknown,
  language?: string,
) {
  const response = await t.app.inject({
    method,
    url,
    headers: { cookie, ...(language ? { 'accept-language': language } : {}) },
    ...(payload !== undefined ? { payload: payload as InjectOptions['payload'] } : {}),
  });
  return { status: response.statusCode, body: response.json() };
}
const asCoordinator = (method: InjectOptions['method'], url: string, payload?: unknown, language?: string) =>
  call(c.cookies.coordinator, method, url, payload, language);
const rulesUrl = () => `/api/v1/cycles/${c.cycleId}/rules`;
const draftUrl = () => `/api/v1/cycles/${c.cycleId}/draft`;

async function setRule(neverPairAgain: boolean) {
  const rules = (await asCoordinator('GET', rulesUrl())).body;
  const saved = await asCoordinator('PUT', rulesUrl(), {
    version: rules.version,
    reciprocityTolerance: null,
    neverPairAgain,
    organisationExclusions: [],
    personExclusions: [],
  });
  expect(saved.status).toBe(200);
  expect(saved.body.neverPairAgain).toBe(neverPairAgain);
}

type Board = {
  version: number;
  proposals: { menteeId: string; mentorId: string; ruleBreaks: string[] }[];
  unmatched: { menteeId: string; reasons: string[] }[];
};

/** Runs the engine and answers the board it leaves. */
async function matched(): Promise<Board> {
  const started = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/match-runs`, { mode: 'optimal' });
  expect(started.status).toBe(202);
  for (let i = 0; i < 100; i++) {
    const run = await asCoordinator('GET', `/api/v1/match-runs/${started.body.id}`);
    if (run.body.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 20));
  }
  return (await asCoordinator('GET', draftUrl())).body;
}

const mentorOf = (board: Board, menteeId: string) =>
  board.proposals.find((p) => p.menteeId === menteeId)?.mentorId;

describe('never pair again, on by default', () => {
  it('keeps a pair of an earlier cycle out of every match run', async () => {
    expect((await asCoordinator('GET', rulesUrl())).body.neverPairAgain).toBe(true);
    const board = await matched();
    expect(mentorOf(board, c.menteeA.participantId)).toBeUndefined();
    expect(mentorOf(board, c.menteeB.participantId)).toBe(c.mentorA.participantId);
    expect(board.unmatched.map((u) => u.menteeId)).toEqual([c.menteeA.participantId]);
  });

  it('pairs them again once the coordinator turns it off, and audits the change', async () => {
    await setRule(false);
    const board = await matched();
    expect(mentorOf(board, c.menteeA.participantId)).toBe(bea.participantId);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'rules.changed')
      .execute();
    expect(audit.map((a) => (a.details as { neverPairAgain?: boolean }).neverPairAgain)).toEqual([false]);
  });

  it('counts the pairs it keeps apart in the pre-flight, in the reader’s language', async () => {
    const english = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/preflight`)).body;
    expect(english.formerTandemPairs).toBe(1);
    const mia = english.unmatchable.find((u: { menteeId: string }) => u.menteeId === c.menteeA.participantId);
    expect(mia.reasons).toContain('1 mentor excluded: a tandem with this mentee before');
    const german = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/preflight`, undefined, 'de'))
      .body;
    const miaDe = german.unmatchable.find(
      (u: { menteeId: string }) => u.menteeId === c.menteeA.participantId,
    );
    expect(miaDe.reasons).toContain(
      '1 Mentorin oder Mentor ausgeschlossen: bereits ein Tandem mit dieser Person',
    );

    await setRule(false);
    const off = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/preflight`)).body;
    expect(off.formerTandemPairs).toBe(0);
    expect(off.unmatchable).toEqual([]);
  });
});

describe('a hand-made proposal of a former tandem', () => {
  it('is not possible on the board whatever is accepted, and says why in German', async () => {
    const board = await matched();
    const pair = { menteeId: c.menteeA.participantId, mentorId: bea.participantId };
    const preview = await asCoordinator('POST', `${draftUrl()}/preview`, pair, 'de');
    expect(preview.body.hardRuleBreaks).toEqual(['die beiden haben bereits ein Tandem gebildet']);
    const previewEn = await asCoordinator('POST', `${draftUrl()}/preview`, pair);
    expect(previewEn.body.hardRuleBreaks).toEqual(['they were a tandem before']);

    const assign = await asCoordinator(
      'POST',
      `${draftUrl()}/actions`,
      { version: board.version, action: { type: 'assign', ...pair, acceptRuleBreaks: true } },
      'de',
    );
    expect(assign.status).toBe(422);
    expect(assign.body.error.code).toBe('hard_rule_broken');
    expect(assign.body.error.message).toContain('Dieses Paar: die beiden haben bereits ein Tandem gebildet.');
    expect(mentorOf((await asCoordinator('GET', draftUrl())).body, c.menteeA.participantId)).toBeUndefined();
  });
});

describe('a proposal made while the rule was off', () => {
  it('shows the break on the board once it is on, and is refused at approval and publication', async () => {
    await setRule(false);
    let board = await matched();
    board = (await asCoordinator('POST', `${draftUrl()}/send-for-approval`, { version: board.version })).body;
    expect(board.proposals).toHaveLength(2);
    await setRule(true);

    const german = (await asCoordinator('GET', draftUrl(), undefined, 'de')).body as Board;
    const mia = german.proposals.find((p) => p.menteeId === c.menteeA.participantId)!;
    expect(mia.ruleBreaks).toContain('die beiden haben bereits ein Tandem gebildet');

    const view = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/approval`);
    expect(view.body.proposals[0].ruleBreaks).toEqual(['they were a tandem before']);
    const approve = await call(
      c.cookies.contactA,
      'POST',
      `/api/v1/cycles/${c.cycleId}/approval/${c.menteeA.participantId}`,
      { decision: 'approve' },
    );
    expect(approve.status).toBe(422);
    expect(approve.body.error.code).toBe('hard_rule_broken');

    // Approved before the rule was turned on: publication still refuses it.
    await t.db.updateTable('draft_proposals').set({ approval: 'approved' }).execute();
    const published = await asCoordinator('POST', `${draftUrl()}/publish`, { version: board.version });
    expect(published.status).toBe(422);
    expect(published.body.error.code).toBe('hard_rule_broken');
    expect(await t.db.selectFrom('tandems').select('id').where('cycle_id', '=', c.cycleId).execute()).toEqual(
      [],
    );
  });

  it('sends nothing to the organisations while the board holds one', async () => {
    await setRule(false);
    const board = await matched();
    await setRule(true);
    const sent = await asCoordinator('POST', `${draftUrl()}/send-for-approval`, { version: board.version });
    expect(sent.status).toBe(422);
    expect(sent.body.error.message).toMatch(/Mia Mentee with Bea Mentor: they were a tandem before/);
  });
});
