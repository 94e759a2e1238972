import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';

let t: TestApp;
let c: Consortium;
let mentorB: { participantId: string };
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

describe('dissolving and re-matching', () => {
  it('ends a tandem, keeps it as history, and re-matches the mentee over the remaining places', async () => {
    const coordinator = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      call(c.cookies.coordinator, method, url, payload);
    // Mia is re-matched to Bea (the only mentor of another organisation).
    const proposal = await coordinator(
      'POST',
      `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeA.participantId}`,
    );
    expect(proposal.body.proposal).toMatchObject({
      mentorId: mentorB.participantId,
      mentorName: 'Bea Mentor',
    });
    const tandem = await coordinator(
      'POST',
      `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeA.participantId}/publish`,
      {
        mentorId: mentorB.participantId,
      },
    );
    expect(tandem.status).toBe(200);
    expect(tandem.body).toMatchObject({
      status: 'active',
      mentee: { name: 'Mia Mentee' },
      mentor: { name: 'Bea Mentor' },
    });

    // Ben (of B) gets Mona (of A); then every place is taken and a new mentee of A hears why.
    const ben = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeB.participantId}`);
    expect(ben.body.proposal?.mentorId).toBe(c.mentorA.participantId);
    const late = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentee',
      name: 'Lara Late',
      email: 'lara@alpha.example',
    });
    const none = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/rematch/${late.participantId}`);
    expect(none.body.proposal).toBeNull();
    expect(none.body.reasons.length).toBeGreaterThan(0);

    const twice = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeA.participantId}`);
    expect(twice.status).toBe(409);

    const dissolved = await coordinator('POST', `/api/v1/tandems/${tandem.body.id}/dissolve`, {
      reason: 'Mia changed jobs',
    });
    expect(dissolved.body).toMatchObject({ status: 'dissolved', dissolvedReason: 'Mia changed jobs' });
    expect(
      (await coordinator('POST', `/api/v1/tandems/${tandem.body.id}/dissolve`, { reason: 'again' })).status,
    ).toBe(409);

    // After dissolving, the place is free again and Mia can be re-matched; the old tandem stays listed.
    const again = await coordinator(
      'POST',
      `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeA.participantId}/publish`,
      {
        mentorId: mentorB.participantId,
      },
    );
    expect(again.status).toBe(200);
    const list = await call(c.cookies.menteeA, 'GET', '/api/v1/tandems');
    expect(list.body.tandems.map((x: { status: string }) => x.status)).toEqual(['active', 'dissolved']);

    // A same-organisation mentor is refused with the rule named.
    const sameOrganisation = await coordinator(
      'POST',
      `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeB.participantId}/publish`,
      {
        mentorId: mentorB.participantId,
      },
    );
    expect(sameOrganisation.status).toBe(409);
    expect(sameOrganisation.body.error.message).toMatch(/same organisation/);
  });
});
