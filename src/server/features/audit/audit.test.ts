import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';
import { markSent } from '../outbox/outbox.repository.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

function auditLog(cookie: string, query = '') {
  return t.app.inject({ url: `/api/v1/audit-log${query}`, headers: { cookie } });
}

async function readParticipant(times: number) {
  for (let i = 0; i < times; i++) {
    await t.app.inject({
      url: `/api/v1/participants/${c.menteeA.participantId}`,
      headers: { cookie: c.cookies.contactA },
    });
  }
}

describe('the audit log', () => {
  it('is append-only in the database itself', async () => {
    await readParticipant(1);
    await expect(sql`update audit_log set action = 'nothing happened'`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
    const rows = await t.db.selectFrom('audit_log').select('action').execute();
    expect(rows).toEqual([{ action: 'participant.read' }]);
  });

  it('is read newest first, page by page with before, and filtered by action', async () => {
    await readParticipant(5);
    // The version read from the tables, not the API: a read through the API is audited too.
    const { version } = await t.db
      .selectFrom('participants as p')
      .innerJoin('people as pe', 'pe.id', 'p.person_id')
      .select(sql<number>`p.version + pe.version`.as('version'))
      .where('p.id', '=', c.menteeA.participantId)
      .executeTakeFirstOrThrow();
    const updated = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/participants/${c.menteeA.participantId}`,
      headers: { cookie: c.cookies.coordinator },
      payload: { jobTitle: 'Group Lead', version },
    });
    expect(updated.statusCode).toBe(200);
    const first = await auditLog(c.cookies.coordinator, '?limit=4');
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.entries.map((e: { action: string }) => e.action)).toEqual([
      'participant.updated',
      'participant.read',
      'participant.read',
      'participant.read',
    ]);
    expect(page1.entries[0]).toMatchObject({
      actorEmail: 'coordinator@example.org',
      targetType: 'participant',
      targetId: c.menteeA.participantId,
      details: { fields: ['jobTitle'] },
      occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const ids = page1.entries.map((e: { id: number }) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(page1.nextBefore).toBe(ids.at(-1));

    const page2 = (await auditLog(c.cookies.coordinator, `?limit=4&before=${page1.nextBefore}`)).json();
    expect(page2.entries.map((e: { action: string }) => e.action)).toEqual([
      'participant.read',
      'participant.read',
    ]);
    expect(page2.entries[0].id).toBeLessThan(page1.nextBefore);
    expect(page2.nextBefore).toBeNull();

    const reads = (await auditLog(c.cookies.coordinator, '?action=participant.read&limit=500')).json();
    expect(reads.entries).toHaveLength(5);
    expect(reads.entries.every((e: { actorEmail: string }) => e.actorEmail === 'hr@alpha.example')).toBe(
      true,
    );
    expect((await auditLog(c.cookies.coordinator, '?action=nothing.like.this')).json()).toEqual({
      entries: [],
      nextBefore: null,
    });
    expect((await auditLog(c.cookies.coordinator, '?limit=501')).statusCode).toBe(400);
  });

  it('is for the coordinator only', async () => {
    expect((await auditLog(c.cookies.contactA)).statusCode).toBe(403);
    expect((await auditLog(c.cookies.mentorA)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/v1/audit-log' })).statusCode).toBe(401);
  });
});

describe('the outbox page', () => {
  it('shows a waiting message in full, and only the subject and delivery of a delivered one', async () => {
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations',
      headers: { cookie: c.cookies.coordinator },
      payload: {
        role: 'organisation_contact',
        organisationId: c.organisationA,
        name: 'Ada',
        email: 'ada@alpha.example',
      },
    });
    const link: string = invited.json().link;
    const outbox = async () =>
      (await t.app.inject({ url: '/api/v1/outbox', headers: { cookie: c.cookies.coordinator } })).json()
        .messages as { subject: string; body: string | null; status: string }[];
    const [waiting] = await outbox();
    expect(waiting!.status).toBe('pending');
    expect(waiting!.body).toContain(link);

    await markSent(
      t.db,
      (await t.db.selectFrom('outbox').select('id').executeTakeFirstOrThrow()).id,
      t.clock.now(),
    );
    const [delivered] = await outbox();
    expect(delivered).toMatchObject({ status: 'sent', body: null });
    expect(delivered!.subject).toContain('invited');
    expect(JSON.stringify(await outbox())).not.toContain(link.split('/invitations/')[1]!);
  });
});
