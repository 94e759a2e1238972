import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';

// The board's reasons and rule breaks are kept in English and answered in the request's language.

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

const asCoordinator = (method: 'GET' | 'POST', url: string, payload?: unknown) =>
  callApi(t, c.cookies.coordinator, method, url, payload);

async function board(language?: string) {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/cycles/${c.cycleId}/draft`,
    headers: { cookie: c.cookies.coordinator, ...(language ? { 'accept-language': language } : {}) },
  });
  expect(response.statusCode).toBe(200);
  return response.json() as {
    version: number;
    proposals: { menteeId: string; mentorId: string; reasons: string[]; ruleBreaks: string[] }[];
    unmatched: { menteeId: string; reasons: string[] }[];
  };
}

async function act(action: object) {
  const { version } = await board();
  const done = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/draft/actions`, { version, action });
  expect(done.status).toBe(200);
}

describe('the review board in the language asked for', () => {
  it('says the reasons and rule breaks in German for a German request, in English without one', async () => {
    const started = await asCoordinator('POST', `/api/v1/cycles/${c.cycleId}/match-runs`, {
      mode: 'optimal',
    });
    expect(started.status).toBe(202);
    for (let i = 0; i < 100; i++) {
      const run = await asCoordinator('GET', `/api/v1/match-runs/${started.body.id}`);
      if (run.body.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const menteeA = c.menteeA.participantId;
    const menteeB = c.menteeB.participantId;
    // A's mentor is forbidden and then given back with the break accepted; B is taken off the board.
    await act({ type: 'forbid', menteeId: menteeA, mentorId: mentorB.participantId });
    await act({ type: 'assign', menteeId: menteeA, mentorId: mentorB.participantId, acceptRuleBreaks: true });
    await act({ type: 'unassign', menteeId: menteeB });

    const english = await board();
    const inEnglish = english.proposals.find((p) => p.menteeId === menteeA)!;
    expect(inEnglish.ruleBreaks).toEqual(['the pair is forbidden']);
    expect(english.unmatched.find((u) => u.menteeId === menteeB)?.reasons).toEqual([
      'Unassigned by the coordinator.',
    ]);

    const german = await board('de');
    const inGerman = german.proposals.find((p) => p.menteeId === menteeA)!;
    expect(inGerman.ruleBreaks).toEqual(['das Paar ist ausgeschlossen']);
    expect(german.unmatched.find((u) => u.menteeId === menteeB)?.reasons).toEqual([
      'Von der Koordination aus dem Vorschlag genommen.',
    ]);
    expect(inGerman.reasons).toHaveLength(inEnglish.reasons.length);
    inGerman.reasons.forEach((reason, i) => {
      expect(reason).not.toBe(inEnglish.reasons[i]);
      expect(reason).not.toMatch(/[{}]/);
    });
    expect(await board('en')).toEqual(english);
  });

  it("says a dissolved tandem's exclusion in German, and keeps it in English when the form sends it back", async () => {
    const rulesIn = async (language?: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/cycles/${c.cycleId}/rules`,
          headers: { cookie: c.cookies.coordinator, ...(language ? { 'accept-language': language } : {}) },
        })
      ).json() as {
        version: number;
        personExclusions: { menteeId: string; mentorId: string; reason: string }[];
      };
    const save = async (rules: Awaited<ReturnType<typeof rulesIn>>, language: string) => {
      const saved = await t.app.inject({
        method: 'PUT',
        url: `/api/v1/cycles/${c.cycleId}/rules`,
        headers: { cookie: c.cookies.coordinator, 'accept-language': language },
        payload: {
          version: rules.version,
          reciprocityTolerance: null,
          organisationExclusions: [],
          personExclusions: rules.personExclusions,
        },
      });
      expect(saved.statusCode).toBe(200);
      return saved.json() as Awaited<ReturnType<typeof rulesIn>>;
    };
    const pair = { menteeId: c.menteeA.participantId, mentorId: mentorB.participantId };
    await save(
      {
        ...(await rulesIn()),
        personExclusions: [{ ...pair, reason: 'Tandem dissolved: Mentor changed jobs' }],
      },
      'en',
    );
    const german = await rulesIn('de');
    expect(german.personExclusions).toEqual([{ ...pair, reason: 'Tandem aufgelöst: Mentor changed jobs' }]);
    // The German form saves what it shows: the answer is German, what is kept is English.
    expect((await save(german, 'de')).personExclusions).toEqual(german.personExclusions);
    expect((await rulesIn()).personExclusions).toEqual([
      { ...pair, reason: 'Tandem dissolved: Mentor changed jobs' },
    ]);
  });
});
