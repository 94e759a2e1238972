import type { InjectOptions } from 'fastify';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { up as forbidDissolvedPairs } from '../../db/migrations/2026-12-06T11-dissolved-pairs-forbidden.ts';

let t: TestApp;
let c: Consortium;
/** Mentors of Beta Motors, from the one who fits Mia best down. */
let bea: string;
let bruno: string;
let berta: string;
let boris: string;

async function mentorOfBeta(name: string, expertise: string) {
  const { participantId } = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name,
    email: `${name.split(' ')[0]!.toLowerCase()}@beta.example`,
  });
  await t.db.updateTable('participants').set({ expertise }).where('id', '=', participantId).execute();
  return participantId;
}

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  // Re-matching belongs to the tandem year.
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
  await t.db
    .updateTable('participants')
    .set({ goals: 'negotiation, leading teams, career planning, strategic thinking' })
    .where('id', '=', c.menteeA.participantId)
    .execute();
  bea = await mentorOfBeta('Bea Mentor', 'negotiation, leading teams, career planning, strategic thinking');
  bruno = await mentorOfBeta('Bruno Mentor', 'negotiation, leading teams, career planning');
  berta = await mentorOfBeta('Berta Mentor', 'negotiation, leading teams');
  boris = await mentorOfBeta('Boris Mentor', 'negotiation');
  // A fourth free mentor, so the three offered are a choice among more.
  await mentorOfBeta('Bodo Mentor', 'gardening');
});
afterEach(() => t.close());

const asCoordinator = (method: InjectOptions['method'], url: string, payload?: unknown) =>
  callApi(t, c.cookies.coordinator, method, url, payload);

const rematchUrl = () => `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeA.participantId}`;

/** Mia's tandem with Bea, dissolved because Bea changed jobs. */
async function dissolveMiaAndBea() {
  const tandem = await asCoordinator('POST', `${rematchUrl()}/publish`, { mentorId: bea });
  expect(tandem.status).toBe(200);
  const dissolved = await asCoordinator('POST', `/api/v1/tandems/${tandem.body.id}/dissolve`, {
    reason: 'Mentor changed jobs',
  });
  expect(dissolved.status).toBe(200);
}

type Alternative = { mentorId: string; mentorName: string; score: number; reasons: string[] };

describe('re-matching after a dissolved tandem', () => {
  it('offers up to three other mentors, best first, each with score and reasons, never the old one', async () => {
    const before = await asCoordinator('POST', rematchUrl());
    expect(before.body.alternatives.map((a: Alternative) => a.mentorId)).toEqual([bea, bruno, berta]);

    await dissolveMiaAndBea();
    const proposed = await asCoordinator('POST', rematchUrl());
    expect(proposed.status).toBe(200);
    const alternatives: Alternative[] = proposed.body.alternatives;
    expect(alternatives.map((a) => a.mentorName)).toEqual(['Bruno Mentor', 'Berta Mentor', 'Boris Mentor']);
    expect(alternatives.map((a) => a.mentorId)).not.toContain(bea);
    const scores = alternatives.map((a) => a.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(scores[0]).toBeGreaterThan(scores[2]!);
    for (const a of alternatives) expect(a.reasons.length).toBeGreaterThan(0);

    // The coordinator picks the second; the server checks it again and publishes it.
    const chosen = await asCoordinator('POST', `${rematchUrl()}/publish`, { mentorId: berta });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ status: 'active', mentor: { name: 'Berta Mentor' } });
  });

  it('refuses the old mentor when chosen by hand', async () => {
    await dissolveMiaAndBea();
    // They were a tandem before: a hard rule while the cycle keeps former tandems apart (decision 0023).
    const refused = await asCoordinator('POST', `${rematchUrl()}/publish`, { mentorId: bea });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(/they were a tandem before/);
    // With that rule off, the dissolved pair's exclusion still stands.
    const rules = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/rules`);
    const off = await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
      reciprocityTolerance: null,
      neverPairAgain: false,
      organisationExclusions: [],
      personExclusions: rules.body.personExclusions,
      version: rules.body.version,
    });
    expect(off.status).toBe(200);
    const stillRefused = await asCoordinator('POST', `${rematchUrl()}/publish`, { mentorId: bea });
    expect(stillRefused.status).toBe(409);
    expect(stillRefused.body.error.message).toMatch(/the pair is forbidden/);
  });

  it('lists the dissolved pair in the rules with its reason, and the coordinator may lift it', async () => {
    const read = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/rules`);
    await dissolveMiaAndBea();
    const rules = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/rules`);
    expect(rules.body.personExclusions).toEqual([
      { menteeId: c.menteeA.participantId, mentorId: bea, reason: 'Tandem dissolved: Mentor changed jobs' },
    ]);
    // The rules form open before the dissolution is stale: saving it would drop the new exclusion.
    expect(rules.body.version).toBeGreaterThan(read.body.version);
    const stale = await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
      reciprocityTolerance: null,
      organisationExclusions: [],
      personExclusions: [],
      version: read.body.version,
    });
    expect(stale.status).toBe(409);

    // Lifting it takes turning off "never pair again" too: they were a tandem before.
    const lifted = await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
      reciprocityTolerance: null,
      neverPairAgain: false,
      organisationExclusions: [],
      personExclusions: [],
      version: rules.body.version,
    });
    expect(lifted.status).toBe(200);
    const proposed = await asCoordinator('POST', rematchUrl());
    expect(proposed.body.alternatives[0].mentorId).toBe(bea);
  });

  it('keeps the pair apart in a full match run afterwards', async () => {
    await dissolveMiaAndBea();
    const started = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/match-runs`, {
      mode: 'optimal',
    });
    expect(started.status).toBe(202);
    let run = started.body;
    for (let i = 0; i < 100 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 20));
      run = (await asCoordinator('GET', `/api/v1/match-runs/${started.body.id}`)).body;
    }
    expect(run.status).toBe('done');
    const draft = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/draft`);
    const miasMentor = draft.body.proposals.find(
      (p: { menteeId: string }) => p.menteeId === c.menteeA.participantId,
    )?.mentorId;
    expect(miasMentor).toBe(bruno);
  });

  it('says why when no mentor is left', async () => {
    await dissolveMiaAndBea();
    // Alpha Bank and Beta Motors are kept apart: Mona is Mia's colleague, every other mentor is Beta's.
    const rules = (await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/rules`)).body;
    const saved = await asCoordinator('PUT', `/api/v1/cycles/${c.cycleId}/rules`, {
      reciprocityTolerance: null,
      organisationExclusions: [{ organisationA: c.organisationA, organisationB: c.organisationB }],
      personExclusions: rules.personExclusions,
      version: rules.version,
    });
    expect(saved.status).toBe(200);
    const proposed = await asCoordinator('POST', rematchUrl());
    expect(proposed.status).toBe(200);
    expect(proposed.body.alternatives).toEqual([]);
    expect(proposed.body.reasons.join(' ')).toMatch(/exclu/);
  });

  it('belongs to the tandem year: refused before publication and in a closed cycle, nothing created', async () => {
    for (const status of ['open', 'matching', 'closed'] as const) {
      await t.db.updateTable('cycles').set({ status }).where('id', '=', c.cycleId).execute();
      const proposed = await asCoordinator('POST', rematchUrl());
      const published = await asCoordinator('POST', `${rematchUrl()}/publish`, { mentorId: bea });
      expect([proposed.status, published.status], status).toEqual([409, 409]);
      expect(published.body.error.message).toMatch(
        status === 'closed' ? /This cycle is closed/ : /belongs to the tandem year/,
      );
    }
    const tandems = await t.db.selectFrom('tandems').select('id').where('cycle_id', '=', c.cycleId).execute();
    expect(tandems).toEqual([]);
  });

  it('leaves a mentee whose proposal is on the draft to the review board and the organisation’s approval', async () => {
    await t.db
      .insertInto('cycle_drafts')
      .values({ cycle_id: c.cycleId, run_id: null, status: 'in_approval' })
      .execute();
    await t.db
      .insertInto('draft_proposals')
      .values({
        cycle_id: c.cycleId,
        mentee_id: c.menteeA.participantId,
        mentor_id: bruno,
        score: 50,
        contributions: '[]',
        reasons: [],
        source: 'engine',
        approval: 'pending',
      })
      .execute();

    const published = await asCoordinator('POST', `${rematchUrl()}/publish`, { mentorId: bea });

    expect(published.status).toBe(409);
    expect(published.body.error.message).toMatch(
      /has a proposal on the draft; change it on the review board/,
    );
  });

  it('keeps apart the pairs of tandems dissolved before, unless the pair is together again', async () => {
    const dissolvedAt = t.clock.now();
    const tandem = (menteeId: string, mentorId: string, dissolved: boolean) => ({
      cycle_id: c.cycleId,
      mentee_id: menteeId,
      mentor_id: mentorId,
      score: 50,
      reasons: [],
      dissolved_at: dissolved ? dissolvedAt : null,
      dissolved_reason: dissolved ? 'Mentor changed jobs' : null,
    });
    await t.db
      .insertInto('tandems')
      .values([
        tandem(c.menteeA.participantId, bea, true),
        tandem(c.menteeB.participantId, c.mentorA.participantId, true),
        tandem(c.menteeB.participantId, c.mentorA.participantId, false),
      ])
      .execute();
    await forbidDissolvedPairs(t.db as unknown as Kysely<unknown>);
    const rules = await asCoordinator('GET', `/api/v1/cycles/${c.cycleId}/rules`);
    expect(rules.body.personExclusions).toEqual([
      { menteeId: c.menteeA.participantId, mentorId: bea, reason: 'Tandem dissolved: Mentor changed jobs' },
    ]);
    const proposed = await asCoordinator('POST', rematchUrl());
    expect(proposed.body.alternatives.map((a: Alternative) => a.mentorId)).toEqual([bruno, berta, boris]);
  });
});
