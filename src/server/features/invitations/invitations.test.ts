import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium, createParticipant } from '../../../../test/factories.ts';
import { SESSION_COOKIE } from '../../http/authenticate.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const DAY = 24 * 60 * 60 * 1000;
const GOOD_PASSWORD = 'blue harbour cranes at dawn';

function invite(cookie: string, payload: object) {
  return t.app.inject({ method: 'POST', url: '/api/v1/invitations', headers: { cookie }, payload });
}

function tokenOf(response: { json: () => { link: string } }) {
  return response.json().link.split('/invitations/')[1]!;
}

function preview(token: string) {
  return t.app.inject({ url: `/api/v1/invitations/by-token/${token}` });
}

function accept(token: string, payload: object) {
  return t.app.inject({ method: 'POST', url: `/api/v1/invitations/by-token/${token}/accept`, payload });
}

function cookieOf(response: { cookies: { name: string; value: string }[] }) {
  const cookie = response.cookies.find((x) => x.name === SESSION_COOKIE);
  return cookie ? `${SESSION_COOKIE}=${cookie.value}` : '';
}

/** The link is shown as invalid, saying why, and accepting it creates no account. */
async function expectLinkRefused(token: string, why: string, email: string) {
  const shown = await preview(token);
  expect(shown.statusCode).toBe(404);
  expect(shown.json().error).toMatchObject({
    code: 'invitation_invalid',
    message: expect.stringContaining(why),
  });
  expect((await accept(token, { password: GOOD_PASSWORD })).statusCode).toBe(404);
  expect(await t.db.selectFrom('accounts').select('id').where('email', '=', email).execute()).toEqual([]);
}

async function actions() {
  return (await t.db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((a) => a.action);
}

const contactInvitation = () => ({
  role: 'organisation_contact',
  organisationId: c.organisationA,
  name: 'Ada Second',
  email: 'Ada@Alpha.example',
});

describe('inviting an organisation contact', () => {
  it('gives a one-time link, leaves a message in the outbox and records it', async () => {
    const response = await invite(c.cookies.coordinator, contactInvitation());
    expect(response.statusCode).toBe(201);
    const { invitation, link } = response.json();
    expect(link).toMatch(/^http:\/\/localhost(:80)?\/invitations\/[A-Za-z0-9_-]{43}$/);
    expect(invitation).toMatchObject({
      email: 'ada@alpha.example',
      name: 'Ada Second',
      role: 'organisation_contact',
      organisationId: c.organisationA,
      organisationName: 'Alpha Bank',
      status: 'pending',
      createdAt: '2026-11-27T10:00:00.000Z',
      expiresAt: '2026-12-04T10:00:00.000Z',
    });
    // Only a hash of the token is kept.
    const stored = await t.db.selectFrom('invitations').select('token_hash').executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(tokenOf(response));
    const outbox = await t.db.selectFrom('outbox').selectAll().execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      recipient: 'ada@alpha.example',
      subject: expect.stringContaining('Alpha Bank'),
    });
    expect(outbox[0]!.body).toContain(link);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_email', 'target_id', 'details'])
      .where('action', '=', 'invitation.created')
      .execute();
    expect(audit).toEqual([
      {
        actor_email: 'coordinator@example.org',
        target_id: invitation.id,
        details: {
          email: 'ada@alpha.example',
          role: 'organisation_contact',
          organisationId: c.organisationA,
        },
      },
    ]);
    const list = await t.app.inject({ url: '/api/v1/invitations', headers: { cookie: c.cookies.contactA } });
    expect(list.json().invitations.map((i: { id: string }) => i.id)).toEqual([invitation.id]);
    const otherList = await t.app.inject({
      url: '/api/v1/invitations',
      headers: { cookie: c.cookies.contactB },
    });
    expect(otherList.json().invitations).toEqual([]);
  });

  it('is accepted once with an acceptable password, which creates the account and signs in', async () => {
    const token = tokenOf(await invite(c.cookies.coordinator, contactInvitation()));
    const shown = await preview(token);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({
      email: 'ada@alpha.example',
      name: 'Ada Second',
      role: 'organisation_contact',
      organisationName: 'Alpha Bank',
    });

    const common = await accept(token, { password: 'qwerty123456' });
    expect(common.statusCode).toBe(422);
    expect(common.json().error.code).toBe('password_rejected');
    expect((await preview(token)).statusCode).toBe(200);
    expect(
      await t.db.selectFrom('accounts').select('id').where('email', '=', 'ada@alpha.example').execute(),
    ).toEqual([]);

    const accepted = await accept(token, { password: GOOD_PASSWORD, name: 'Ada Zweite' });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().account).toMatchObject({
      email: 'ada@alpha.example',
      name: 'Ada Zweite',
      role: 'organisation_contact',
      organisationId: c.organisationA,
      organisationName: 'Alpha Bank',
      personId: null,
    });
    const cookie = cookieOf(accepted);
    const organisations = await t.app.inject({ url: '/api/v1/organisations', headers: { cookie } });
    expect(organisations.statusCode).toBe(200);
    expect(organisations.json().organisations.map((o: { id: string }) => o.id)).toEqual([c.organisationA]);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'ada@alpha.example', password: GOOD_PASSWORD },
    });
    expect(signIn.statusCode).toBe(200);

    const again = await accept(token, { password: 'another fine passphrase' });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('invitation_invalid');
    expect((await preview(token)).statusCode).toBe(404);
    expect(await actions()).toEqual(expect.arrayContaining(['invitation.accepted', 'account.role_granted']));
    const list = await t.app.inject({
      url: '/api/v1/invitations',
      headers: { cookie: c.cookies.coordinator },
    });
    expect(list.json().invitations[0].status).toBe('accepted');
  });

  it('expires after 7 days', async () => {
    const token = tokenOf(await invite(c.cookies.coordinator, contactInvitation()));
    t.clock.advance(7 * DAY - 60_000);
    expect((await preview(token)).statusCode).toBe(200);
    t.clock.advance(2 * 60_000);
    await expectLinkRefused(token, 'expired', 'ada@alpha.example');
  });

  it('answers an unknown token like a used one, and a malformed one with 400', async () => {
    expect((await preview('A'.repeat(43))).json().error.code).toBe('invitation_invalid');
    expect((await preview('short')).statusCode).toBe(400);
  });

  it('is refused for an email that has an account, and to a contact', async () => {
    const taken = await invite(c.cookies.coordinator, { ...contactInvitation(), email: 'HR@beta.example' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.details).toEqual([{ path: 'email', message: 'has an account already' }]);
    const byContact = await invite(c.cookies.contactA, contactInvitation());
    expect(byContact.statusCode).toBe(403);
    expect(await t.db.selectFrom('invitations').select('id').execute()).toEqual([]);
    expect(await t.db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });
});

describe('inviting a participant', () => {
  it("a contact invites their own organisation's person, who then sees their participation", async () => {
    const nina = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentee',
      name: 'Nina Neu',
      email: 'nina@alpha.example',
    });
    const response = await invite(c.cookies.contactA, { role: 'participant', personId: nina.personId });
    expect(response.statusCode).toBe(201);
    expect(response.json().invitation).toMatchObject({
      email: 'nina@alpha.example',
      name: 'Nina Neu',
      role: 'participant',
      organisationId: c.organisationA,
    });
    const accepted = await accept(tokenOf(response), { password: GOOD_PASSWORD });
    expect(accepted.json().account).toMatchObject({ role: 'participant', personId: nina.personId });
    const mine = await t.app.inject({
      url: '/api/v1/me/participations',
      headers: { cookie: cookieOf(accepted) },
    });
    expect(mine.json().participants.map((p: { id: string }) => p.id)).toEqual([nina.participantId]);
    // A participant reaches no management data.
    expect(
      (await t.app.inject({ url: '/api/v1/participants', headers: { cookie: cookieOf(accepted) } }))
        .statusCode,
    ).toBe(403);
  });

  it("another organisation's person answers 404, and a person with an account 409", async () => {
    const foreign = await invite(c.cookies.contactA, { role: 'participant', personId: c.menteeB.personId });
    expect(foreign.statusCode).toBe(404);
    const hasAccount = await invite(c.cookies.contactA, {
      role: 'participant',
      personId: c.menteeA.personId,
    });
    expect(hasAccount.statusCode).toBe(409);
    expect(
      (await invite(c.cookies.coordinator, { role: 'participant', personId: c.menteeB.personId })).statusCode,
    ).toBe(201);
    expect(await t.db.selectFrom('invitations').select('email').execute()).toEqual([
      { email: 'ben@beta.example' },
    ]);
  });
});

describe('revoking an invitation', () => {
  function revoke(cookie: string, id: string) {
    return t.app.inject({ method: 'POST', url: `/api/v1/invitations/${id}/revoke`, headers: { cookie } });
  }
  async function ninaInvited() {
    const nina = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
      role: 'mentee',
      name: 'Nina Neu',
      email: 'nina@alpha.example',
    });
    return invite(c.cookies.contactA, { role: 'participant', personId: nina.personId });
  }

  it('stops the link at once, shows as revoked, is audited, and changes nothing the second time', async () => {
    const response = await ninaInvited();
    const { invitation } = response.json();
    const token = tokenOf(response);
    const unsent = () =>
      t.db.selectFrom('outbox').select('recipient').where('kind', '=', 'invitation').execute();
    expect(await unsent()).toEqual([{ recipient: 'nina@alpha.example' }]);
    const revoked = await revoke(c.cookies.contactA, invitation.id);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ id: invitation.id, status: 'revoked' });
    // Its mail had not gone out: it is withdrawn rather than sent with a dead link.
    expect(await unsent()).toEqual([]);

    await expectLinkRefused(token, 'withdrawn', 'nina@alpha.example');
    const list = await t.app.inject({ url: '/api/v1/invitations', headers: { cookie: c.cookies.contactA } });
    expect(list.json().invitations).toMatchObject([{ id: invitation.id, status: 'revoked' }]);

    expect((await revoke(c.cookies.coordinator, invitation.id)).json()).toMatchObject({ status: 'revoked' });
    expect(await actions()).toEqual(['invitation.created', 'invitation.revoked']);
    // A new invitation brings the person in after all.
    const again = await invite(c.cookies.contactA, {
      role: 'participant',
      personId: (
        await t.db
          .selectFrom('people')
          .select('id')
          .where('email', '=', 'nina@alpha.example')
          .executeTakeFirstOrThrow()
      ).id,
    });
    expect((await accept(tokenOf(again), { password: GOOD_PASSWORD })).statusCode).toBe(200);
  });

  it('is refused once accepted, to another organisation, and to a contact for a contact', async () => {
    const response = await ninaInvited();
    const { invitation } = response.json();
    expect((await revoke(c.cookies.contactB, invitation.id)).statusCode).toBe(404);
    expect((await accept(tokenOf(response), { password: GOOD_PASSWORD })).statusCode).toBe(200);
    const late = await revoke(c.cookies.contactA, invitation.id);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('accepted');

    const contact = (await invite(c.cookies.coordinator, contactInvitation())).json().invitation;
    const byContact = await revoke(c.cookies.contactA, contact.id);
    expect(byContact.statusCode).toBe(403);
    expect((await revoke(c.cookies.coordinator, contact.id)).json()).toMatchObject({ status: 'revoked' });
    expect((await revoke(c.cookies.coordinator, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(
      404,
    );
  });

  it('tells each viewer whether they may revoke, as revoking would answer', async () => {
    const nina = (await ninaInvited()).json().invitation;
    const contact = (await invite(c.cookies.coordinator, contactInvitation())).json().invitation;
    const offered = async (cookie: string) => {
      const list = await t.app.inject({ url: '/api/v1/invitations', headers: { cookie } });
      return Object.fromEntries(
        list.json().invitations.map((i: { id: string; can: { revoke: boolean } }) => [i.id, i.can.revoke]),
      );
    };
    expect(await offered(c.cookies.coordinator)).toMatchObject({ [nina.id]: true, [contact.id]: true });
    // A contact may take back their participants' invitations, not a contact's.
    expect(await offered(c.cookies.contactA)).toMatchObject({ [nina.id]: true, [contact.id]: false });
    expect((await revoke(c.cookies.contactA, contact.id)).statusCode).toBe(403);
    const revoked = await revoke(c.cookies.contactA, nina.id);
    expect(revoked.json()).toMatchObject({ status: 'revoked', can: { revoke: false } });
  });
});

describe('inviting everyone not yet invited', () => {
  function inviteAll(cookie: string, payload: object) {
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/invite-all',
      headers: { cookie },
      payload,
    });
  }
  function previewAll(cookie: string, query: Record<string, string>) {
    return t.app.inject({
      url: `/api/v1/invitations/invite-all?${new URLSearchParams(query)}`,
      headers: { cookie },
    });
  }
  const outboxRecipients = async () =>
    (await t.db.selectFrom('outbox').select('recipient').orderBy('recipient').execute()).map(
      (m) => m.recipient,
    );

  /** Alpha: Mona and Mia have accounts, Nina and Otto do not, and Otto has a pending invitation. */
  async function alphaWithNewcomers() {
    for (const [name, email] of [
      ['Nina Neu', 'nina@alpha.example'],
      ['Otto Offen', 'otto@alpha.example'],
    ] as const) {
      await createParticipant(t.db, {
        cycleId: c.cycleId,
        organisationId: c.organisationA,
        role: 'mentee',
        name,
        email,
      });
    }
    const otto = await t.db
      .selectFrom('people')
      .select('id')
      .where('email', '=', 'otto@alpha.example')
      .executeTakeFirstOrThrow();
    expect((await invite(c.cookies.contactA, { role: 'participant', personId: otto.id })).statusCode).toBe(
      201,
    );
  }

  it("invites a contact's own newcomers once, says who was left out and why, and is audited", async () => {
    await alphaWithNewcomers();
    const before = await previewAll(c.cookies.contactA, { cycleId: c.cycleId });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ toInvite: 1, skipped: { hasAccount: 2, pendingInvitation: 1 } });

    const first = await inviteAll(c.cookies.contactA, { cycleId: c.cycleId });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ invited: 1, skipped: { hasAccount: 2, pendingInvitation: 1 } });
    expect(await outboxRecipients()).toEqual(['nina@alpha.example', 'otto@alpha.example']);
    const nina = await t.db
      .selectFrom('invitations')
      .select(['role', 'organisation_id', 'person_id'])
      .where('email', '=', 'nina@alpha.example')
      .executeTakeFirstOrThrow();
    expect(nina).toMatchObject({ role: 'participant', organisation_id: c.organisationA });
    expect(nina.person_id).not.toBeNull();

    // Running it again sends nothing new.
    const second = await inviteAll(c.cookies.contactA, { cycleId: c.cycleId });
    expect(second.json()).toEqual({ invited: 0, skipped: { hasAccount: 2, pendingInvitation: 2 } });
    expect(await outboxRecipients()).toEqual(['nina@alpha.example', 'otto@alpha.example']);
    expect(await t.db.selectFrom('invitations').select('id').execute()).toHaveLength(2);
    // Beta's newcomer was never reached by Alpha's contact.
    expect(await outboxRecipients()).not.toContain('ben@beta.example');
    expect(await actions()).toEqual([
      'invitation.created',
      'invitation.created',
      'invitation.bulk_created',
      'invitation.bulk_created',
    ]);
  });

  it("answers 404 for another organisation's people or a cycle the contact's organisation is not in", async () => {
    await alphaWithNewcomers();
    const foreign = await inviteAll(c.cookies.contactB, {
      cycleId: c.cycleId,
      organisationId: c.organisationA,
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().error.code).toBe('not_found');
    expect(
      (await previewAll(c.cookies.contactB, { cycleId: c.cycleId, organisationId: c.organisationA }))
        .statusCode,
    ).toBe(404);
    const unknownCycle = await inviteAll(c.cookies.contactA, {
      cycleId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownCycle.statusCode).toBe(404);
    // Nothing was written by the refused runs: only Otto's earlier invitation is there.
    expect((await t.db.selectFrom('invitations').select('email').execute()).map((i) => i.email)).toEqual([
      'otto@alpha.example',
    ]);
  });

  it('lets the coordinator invite one organisation, or the whole cycle', async () => {
    await alphaWithNewcomers();
    const beta = await inviteAll(c.cookies.coordinator, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
    });
    expect(beta.json()).toEqual({ invited: 1, skipped: { hasAccount: 0, pendingInvitation: 0 } });
    expect(await outboxRecipients()).toEqual(['ben@beta.example', 'otto@alpha.example']);

    expect((await previewAll(c.cookies.coordinator, { cycleId: c.cycleId })).json()).toEqual({
      toInvite: 1,
      skipped: { hasAccount: 2, pendingInvitation: 2 },
    });
    const everyone = await inviteAll(c.cookies.coordinator, { cycleId: c.cycleId });
    expect(everyone.json()).toEqual({ invited: 1, skipped: { hasAccount: 2, pendingInvitation: 2 } });
    expect(await outboxRecipients()).toEqual([
      'ben@beta.example',
      'nina@alpha.example',
      'otto@alpha.example',
    ]);
    const unknown = await inviteAll(c.cookies.coordinator, {
      cycleId: c.cycleId,
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('invites again someone whose earlier invitation was revoked', async () => {
    await alphaWithNewcomers();
    const otto = await t.db.selectFrom('invitations').select('id').executeTakeFirstOrThrow();
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${otto.id}/revoke`,
      headers: { cookie: c.cookies.contactA },
    });
    expect((await inviteAll(c.cookies.contactA, { cycleId: c.cycleId })).json()).toEqual({
      invited: 2,
      skipped: { hasAccount: 2, pendingInvitation: 0 },
    });
  });
});
