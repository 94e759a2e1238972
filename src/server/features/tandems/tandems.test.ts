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
  // Re-matching belongs to the tandem year.
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', c.cycleId).execute();
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
    expect(proposal.body.alternatives).toMatchObject([
      { mentorId: mentorB.participantId, mentorName: 'Bea Mentor' },
    ]);
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
    expect(ben.body.alternatives[0]?.mentorId).toBe(c.mentorA.participantId);
    const late = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentee',
      name: 'Lara Late',
      email: 'lara@alpha.example',
    });
    const none = await coordinator('POST', `/api/v1/cycles/${c.cycleId}/rematch/${late.participantId}`);
    expect(none.body.alternatives).toEqual([]);
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

    // After dissolving, Bea's place is free again, but never for Mia: they were a tandem before, which
    // the cycle's rules keep apart (and the pair is forbidden now).
    const again = await coordinator(
      'POST',
      `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeA.participantId}/publish`,
      {
        mentorId: mentorB.participantId,
      },
    );
    expect(again.status).toBe(422);
    expect(again.body.error.message).toMatch(/they were a tandem before/);
    const laraWithBea = await coordinator(
      'POST',
      `/api/v1/cycles/${c.cycleId}/rematch/${late.participantId}/publish`,
      { mentorId: mentorB.participantId },
    );
    expect(laraWithBea.status).toBe(200);
    // The old tandem stays listed.
    const list = await call(c.cookies.menteeA, 'GET', '/api/v1/tandems');
    expect(list.body.tandems.map((x: { status: string }) => x.status)).toEqual(['dissolved']);

    // A same-organisation mentor is refused with the rule named.
    const sameOrganisation = await coordinator(
      'POST',
      `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeB.participantId}/publish`,
      {
        mentorId: mentorB.participantId,
      },
    );
    // Organisations are a hard rule here as on the review board.
    expect(sameOrganisation.status).toBe(422);
    expect(sameOrganisation.body.error.code).toBe('hard_rule_broken');
    expect(sameOrganisation.body.error.message).toMatch(/same organisation/);
  });
});

describe('what the tandem offers', () => {
  it('flags exactly the actions the coordinator’s requests then get through, and nothing to anyone else', async () => {
    const coordinator = (method: InjectOptions['method'], url: string, payload?: unknown) =>
      call(c.cookies.coordinator, method, url, payload);
    const rematchUrl = `/api/v1/cycles/${c.cycleId}/rematch/${c.menteeA.participantId}`;
    const created = await coordinator('POST', `${rematchUrl}/publish`, { mentorId: mentorB.participantId });
    const id = created.body.id;
    expect(created.body.can).toEqual({ dissolve: true, proposeRematch: false });

    // Active: dissolving goes through, re-matching the mentee is refused.
    const active = await coordinator('GET', `/api/v1/tandems/${id}`);
    expect(active.body).toMatchObject({ viewerSide: null, can: { dissolve: true, proposeRematch: false } });
    expect((await coordinator('POST', rematchUrl)).status).toBe(409);

    // Mia, her contact and the other organisation's contact may do neither; Mia sees her side.
    const mia = await call(c.cookies.menteeA, 'GET', `/api/v1/tandems/${id}`);
    expect(mia.body).toMatchObject({ viewerSide: 'mentee', can: { dissolve: false, proposeRematch: false } });
    for (const cookie of [c.cookies.contactA, c.cookies.contactB]) {
      const seen = await call(cookie, 'GET', `/api/v1/tandems/${id}`);
      expect(seen.body).toMatchObject({ viewerSide: null, can: { dissolve: false, proposeRematch: false } });
      expect((await call(cookie, 'POST', `/api/v1/tandems/${id}/dissolve`, { reason: 'x' })).status).toBe(
        403,
      );
    }

    // Dissolved: dissolving again is refused, re-matching goes through.
    const dissolved = await coordinator('POST', `/api/v1/tandems/${id}/dissolve`, { reason: 'Mia moved' });
    expect(dissolved.body.can).toEqual({ dissolve: false, proposeRematch: true });
    expect((await coordinator('POST', `/api/v1/tandems/${id}/dissolve`, { reason: 'again' })).status).toBe(
      409,
    );
    expect((await coordinator('POST', rematchUrl)).status).toBe(200);

    // Once Mia has a new tandem (not with Bea again), the old one offers no re-match, and the request is refused.
    const bruno = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
      role: 'mentor',
      name: 'Bruno Mentor',
      email: 'bruno@beta.example',
    });
    expect(
      (await coordinator('POST', `${rematchUrl}/publish`, { mentorId: bruno.participantId })).status,
    ).toBe(200);
    const list = await coordinator('GET', `/api/v1/tandems?cycleId=${c.cycleId}`);
    const old = list.body.tandems.find((x: { id: string }) => x.id === id);
    expect(old.can).toEqual({ dissolve: false, proposeRematch: false });
    expect((await coordinator('GET', `/api/v1/tandems/${id}`)).body.can.proposeRematch).toBe(false);
    const refused = await coordinator('POST', rematchUrl);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe('This mentee has an active tandem; dissolve it first.');
  });
});
