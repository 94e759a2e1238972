import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';
import { asCaller } from '../../../../test/http.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const as = (cookie: string) => asCaller(t, cookie);

async function organisationCount() {
  const row = await t.db
    .selectFrom('organisations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('creating organisations', () => {
  it('creates one with symmetric competitor links and records it', async () => {
    const coordinator = as(c.cookies.coordinator);
    const response = await coordinator.post('/api/v1/organisations', {
      name: '  Gamma Bank ',
      industry: 'Banking',
      size: '1000-9999',
      website: 'https://gamma.example',
      competitorIds: [c.organisationA],
    });
    expect(response.statusCode).toBe(201);
    const gamma = response.json();
    expect(gamma).toMatchObject({
      name: 'Gamma Bank',
      industry: 'Banking',
      size: '1000-9999',
      website: 'https://gamma.example',
      competitorIds: [c.organisationA],
      participantCount: 0,
      contactCount: 0,
    });
    // The link holds from both sides.
    const alpha = (await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).json();
    expect(alpha.competitorIds).toEqual([gamma.id]);
    expect(alpha.participantCount).toBe(2);
    expect(alpha.contactCount).toBe(1);
    const list = (await coordinator.get('/api/v1/organisations')).json().organisations;
    expect(list.map((o: { name: string }) => o.name)).toEqual(['Alpha Bank', 'Beta Motors', 'Gamma Bank']);

    const audit = await t.db.selectFrom('audit_log').select(['action', 'target_id', 'actor_email']).execute();
    expect(audit).toContainEqual({
      action: 'organisation.created',
      target_id: gamma.id,
      actor_email: 'coordinator@example.org',
    });
  });

  it('refuses a name that exists already in any case, and unknown competitors, writing nothing', async () => {
    const coordinator = as(c.cookies.coordinator);
    const duplicate = await coordinator.post('/api/v1/organisations', { name: 'ALPHA bank' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('ALPHA bank'),
    });

    const unknown = await coordinator.post('/api/v1/organisations', {
      name: 'Gamma Bank',
      competitorIds: [c.organisationA, randomUUID()],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'competitorIds', message: expect.any(String) }],
    });

    const badFields = await coordinator.post('/api/v1/organisations', {
      name: '',
      website: 'gamma.example',
      size: 'huge',
      competitorIds: ['not-an-id'],
    });
    expect(badFields.statusCode).toBe(400);
    const paths = badFields.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'website', 'size', 'competitorIds.0']));
    expect(await organisationCount()).toBe(2);
  });

  it('is for the coordinator only', async () => {
    const response = await as(c.cookies.contactA).post('/api/v1/organisations', { name: 'Gamma Bank' });
    expect(response.statusCode).toBe(403);
    expect(await organisationCount()).toBe(2);
  });
});

describe('changing organisations', () => {
  it('updates fields and replaces competitor links on both sides', async () => {
    const coordinator = as(c.cookies.coordinator);
    const gamma = (
      await coordinator.post('/api/v1/organisations', {
        name: 'Gamma Bank',
        competitorIds: [c.organisationA],
      })
    ).json();
    const response = await coordinator.patch(`/api/v1/organisations/${gamma.id}`, {
      version: gamma.version,
      name: 'Gamma Bank AG',
      industry: 'Finance',
      competitorIds: [c.organisationB],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Gamma Bank AG',
      industry: 'Finance',
      competitorIds: [c.organisationB],
      version: gamma.version + 1,
    });
    expect((await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).json().competitorIds).toEqual(
      [],
    );
    expect((await coordinator.get(`/api/v1/organisations/${c.organisationB}`)).json().competitorIds).toEqual([
      gamma.id,
    ]);

    // A patch without competitorIds leaves the links alone.
    const website = await coordinator.patch(`/api/v1/organisations/${gamma.id}`, {
      version: response.json().version,
      website: 'https://gamma.example',
    });
    expect((await coordinator.get(`/api/v1/organisations/${gamma.id}`)).json()).toMatchObject({
      website: 'https://gamma.example',
      competitorIds: [c.organisationB],
    });

    const version = website.json().version;
    const taken = await coordinator.patch(`/api/v1/organisations/${gamma.id}`, {
      version,
      name: 'beta motors',
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.code).toBe('conflict');
    const self = await coordinator.patch(`/api/v1/organisations/${gamma.id}`, {
      version,
      competitorIds: [gamma.id],
    });
    expect(self.statusCode).toBe(400);
    expect(self.json().error.details).toEqual([{ path: 'competitorIds', message: expect.any(String) }]);
    const missing = await coordinator.patch(`/api/v1/organisations/${randomUUID()}`, {
      version: 1,
      industry: 'x',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('keeps the first of two saves made on the same version; the second answers 409 and changes nothing', async () => {
    const coordinator = as(c.cookies.coordinator);
    const read = (await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).json();
    const first = await coordinator.patch(`/api/v1/organisations/${c.organisationA}`, {
      version: read.version,
      industry: 'Insurance',
    });
    expect(first.statusCode).toBe(200);
    const second = await coordinator.patch(`/api/v1/organisations/${c.organisationA}`, {
      version: read.version,
      industry: read.industry,
      website: 'https://alpha.example',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'stale_version',
      message: expect.stringContaining('changed since you loaded it'),
      details: { currentVersion: first.json().version },
    });
    expect((await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).json()).toMatchObject({
      industry: 'Insurance',
      website: read.website,
    });
  });

  it('makes a competitor’s form stale when the organisation it lists is deleted', async () => {
    const coordinator = as(c.cookies.coordinator);
    const gamma = (
      await coordinator.post('/api/v1/organisations', {
        name: 'Gamma Bank',
        competitorIds: [c.organisationA],
      })
    ).json();
    const alphaAsRead = (await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).json();
    expect(alphaAsRead.competitorIds).toEqual([gamma.id]);
    expect((await coordinator.delete(`/api/v1/organisations/${gamma.id}`)).statusCode).toBe(200);
    const save = await coordinator.patch(`/api/v1/organisations/${c.organisationA}`, {
      version: alphaAsRead.version,
      competitorIds: alphaAsRead.competitorIds,
    });
    expect(save.statusCode).toBe(409);
    expect(save.json().error.code).toBe('stale_version');
  });

  it('makes a competitor’s form stale when its list changes from the other side', async () => {
    const coordinator = as(c.cookies.coordinator);
    const betaAsRead = (await coordinator.get(`/api/v1/organisations/${c.organisationB}`)).json();
    const alpha = (await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).json();
    const linked = await coordinator.patch(`/api/v1/organisations/${c.organisationA}`, {
      version: alpha.version,
      competitorIds: [c.organisationB],
    });
    expect(linked.statusCode).toBe(200);
    // Beta's form, read before, still shows no competitors: saving it would drop the new link.
    const betaSave = await coordinator.patch(`/api/v1/organisations/${c.organisationB}`, {
      version: betaAsRead.version,
      competitorIds: betaAsRead.competitorIds,
    });
    expect(betaSave.statusCode).toBe(409);
    expect((await coordinator.get(`/api/v1/organisations/${c.organisationB}`)).json().competitorIds).toEqual([
      c.organisationA,
    ]);
  });

  it('refuses to delete an organisation that still has people or cycles; an empty one goes with its links', async () => {
    const coordinator = as(c.cookies.coordinator);
    const refused = await coordinator.delete(`/api/v1/organisations/${c.organisationA}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/Alpha Bank still has 2 people/);
    expect((await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).statusCode).toBe(200);

    const gamma = (
      await coordinator.post('/api/v1/organisations', {
        name: 'Gamma Bank',
        competitorIds: [c.organisationA],
      })
    ).json();
    const deleted = await coordinator.delete(`/api/v1/organisations/${gamma.id}`);
    expect(deleted.statusCode).toBe(200);
    expect((await coordinator.get(`/api/v1/organisations/${gamma.id}`)).statusCode).toBe(404);
    expect((await coordinator.get(`/api/v1/organisations/${c.organisationA}`)).json().competitorIds).toEqual(
      [],
    );
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', gamma.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['organisation.created', 'organisation.deleted']);
  });
});

describe('what an organisation contact sees', () => {
  it('only their own organisation; another answers 404 as if it did not exist', async () => {
    const contact = as(c.cookies.contactA);
    const list = await contact.get('/api/v1/organisations');
    expect(list.json().organisations.map((o: { id: string }) => o.id)).toEqual([c.organisationA]);
    expect((await contact.get(`/api/v1/organisations/${c.organisationA}`)).statusCode).toBe(200);
    const other = await contact.get(`/api/v1/organisations/${c.organisationB}`);
    expect(other.statusCode).toBe(404);
    expect(other.json()).toEqual((await contact.get(`/api/v1/organisations/${randomUUID()}`)).json());
    expect((await contact.get(`/api/v1/organisations/${c.organisationB}/contacts`)).statusCode).toBe(404);
  });

  it('lists the contacts of their organisation', async () => {
    const own = await as(c.cookies.contactA).get(`/api/v1/organisations/${c.organisationA}/contacts`);
    expect(own.statusCode).toBe(200);
    expect(own.json().contacts).toEqual([
      { id: c.accounts.contactA, name: 'Anke Contact', email: 'hr@alpha.example', disabled: false },
    ]);
    const all = await as(c.cookies.coordinator).get(`/api/v1/organisations/${c.organisationB}/contacts`);
    expect(all.json().contacts.map((x: { email: string }) => x.email)).toEqual(['hr@beta.example']);
  });
});
