import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';

// Races need a server: PGlite runs one transaction at a time, so an accept and a revoke never
// overlap there, and a guard against their overlap (the accept's "not revoked" condition) is never
// put to the test.
const onPostgres = Boolean(process.env.DATABASE_URL);

const PASSWORD = 'blue harbour cranes at dawn';

describe.skipIf(!onPostgres)('accepting an invitation while it is revoked (PostgreSQL)', () => {
  let t: TestApp;
  let c: Consortium;
  beforeEach(async () => {
    t = await buildTestApp();
    c = await createConsortium(t.db, t.clock.now());
  });
  afterEach(() => t.close());

  async function invitation(n: number) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: { cookie: c.cookies.coordinator },
      payload: {
        role: 'organisation_contact',
        organisationId: c.organisationA,
        name: `Contact ${n}`,
        email: `contact${n}@alpha.example`,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { invitation, link } = response.json() as {
      invitation: { id: string; email: string };
      link: string;
    };
    return { id: invitation.id, email: invitation.email, token: link.split('/invitations/')[1]! };
  }

  const accept = (token: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/by-token/${token}/accept`,
      payload: { password: PASSWORD },
    });
  const revoke = (id: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/invitations/${id}/revoke`,
      headers: { cookie: c.cookies.coordinator },
    });

  /** What the database says happened to the invitation: accepted, revoked, or (wrongly) both. */
  async function outcome(invite: { id: string; email: string }) {
    const row = await t.db
      .selectFrom('invitations')
      .select(['accepted_at', 'revoked_at'])
      .where('id', '=', invite.id)
      .executeTakeFirstOrThrow();
    const accounts = await t.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', invite.email)
      .execute();
    return {
      accepted: row.accepted_at !== null,
      revoked: row.revoked_at !== null,
      accounts: accounts.length,
    };
  }

  /** Exactly one of the two won, and the answers and the data agree on which. */
  async function expectOneWinner(
    invite: { id: string; email: string },
    accepted: { statusCode: number; body: string },
    revoked: { statusCode: number; body: string },
  ) {
    const state = await outcome(invite);
    const answers = `accept ${accepted.statusCode} ${accepted.body}\nrevoke ${revoked.statusCode} ${revoked.body}`;
    if (accepted.statusCode === 200) {
      expect(revoked.statusCode, answers).toBe(409);
      expect(state, answers).toEqual({ accepted: true, revoked: false, accounts: 1 });
      return 'accepted' as const;
    }
    expect(revoked.statusCode, answers).toBe(200);
    expect([404, 409], answers).toContain(accepted.statusCode);
    expect(state, answers).toEqual({ accepted: false, revoked: true, accounts: 0 });
    return 'revoked' as const;
  }

  async function waitingOnLocks() {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
    return rows[0]?.n ?? 0;
  }

  async function untilWaiting(n: number) {
    for (let i = 0; i < 500; i++) {
      if ((await waitingOnLocks()) >= n) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`timed out waiting for ${n} transactions to wait on a lock`);
  }

  /** Holds the invitation's row lock (as a third transaction would) until the returned function is called. */
  async function holdRow(id: string) {
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked = () => {};
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const done = t.db.transaction().execute(async (trx) => {
      await sql`select 1 from invitations where id = ${id} for update`.execute(trx);
      locked();
      await released;
    });
    await Promise.race([holding, done]);
    return async () => {
      release();
      await done;
    };
  }

  it.each([
    ['the accept', 'accepted'],
    ['the revoke', 'revoked'],
  ] as const)(
    'both read it pending, then %s writes first: it wins, the other is refused',
    async (_first, winner) => {
      const invite = await invitation(1);
      // Each request reads the invitation as pending, then waits for the row this test holds; the
      // one that waits first gets the row first. Only the other's conditions can stop it then.
      const release = await holdRow(invite.id);
      let accepting: ReturnType<typeof accept>;
      let revoking: ReturnType<typeof revoke>;
      if (winner === 'accepted') {
        accepting = accept(invite.token);
        await untilWaiting(1);
        revoking = revoke(invite.id);
      } else {
        revoking = revoke(invite.id);
        await untilWaiting(1);
        accepting = accept(invite.token);
      }
      await untilWaiting(2);
      await release();
      const [accepted, revoked] = await Promise.all([accepting, revoking]);
      expect(await expectOneWinner(invite, accepted, revoked)).toBe(winner);
    },
  );

  it('sent at the same moment, twenty times: never both', async () => {
    const winners: string[] = [];
    for (let n = 0; n < 20; n++) {
      const invite = await invitation(100 + n);
      // The revoke leaves 0 to 150 ms after the accept, within the accept's password hashing.
      const [accepted, revoked] = await Promise.all([
        accept(invite.token),
        new Promise((resolve) => setTimeout(resolve, (n % 4) * 50)).then(() => revoke(invite.id)),
      ]);
      winners.push(await expectOneWinner(invite, accepted, revoked));
    }
    expect(winners).toHaveLength(20);
  });
});
