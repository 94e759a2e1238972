import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createCycle,
  createParticipant,
  createTandem,
  sessionCookie,
} from '../../../../test/factories.ts';
import { asCaller, callApi } from '../../../../test/http.ts';
import type {
  AlumniDirectoryEntry,
  AlumniInvitationAnswer,
  AlumniMentorList,
  MyAlumni,
} from '../../../shared/contract/alumni.ts';

// Alumni through the API: who becomes one (only once the cycle closed, with a tandem), the opt-in
// directory and what it leaves out, who reads it, and the invitations of alumni mentors to a next
// cycle (all or none, the phase, the mail, the profile carried over).

let t: TestApp;
let c: Consortium;
/** Bruno, B's mentor, in a lasting tandem with Mia (A's mentee); Mona (A's mentor) has none. */
let bruno: { personId: string; participantId: string };
let brunoCookie: string;

/** The coordinator closes the running cycle through the API. */
async function closeCycle(cycleId = c.cycleId) {
  await t.db.updateTable('cycles').set({ status: 'running' }).where('id', '=', cycleId).execute();
  const { status } = await callApi(t, c.cookies.coordinator, 'POST', `/api/v1/cycles/${cycleId}/status`, {
    status: 'closed',
  });
  expect(status).toBe(200);
}

const myAlumni = async (cookie: string) =>
  (await callApi(t, cookie, 'GET', '/api/v1/me/alumni')).body as MyAlumni;

async function directory(cookie: string, q?: string) {
  const response = await asCaller(t, cookie).get(`/api/v1/alumni${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  return {
    status: response.statusCode,
    raw: response.payload,
    alumni: (response.json() as { alumni?: AlumniDirectoryEntry[] }).alumni ?? [],
  };
}

const join = (cookie: string, showOrganisation: boolean, showTopics: boolean) =>
  callApi(t, cookie, 'PUT', '/api/v1/me/alumni/directory-entry', { showOrganisation, showTopics });

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  bruno = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Bruno Bärtschi',
    email: 'bruno@beta.example',
  });
  const account = await createAccount(t.db, {
    email: 'bruno@beta.example',
    name: 'Bruno Bärtschi',
    role: 'participant',
    personId: bruno.personId,
  });
  brunoCookie = await sessionCookie(t.db, account, t.clock.now());
  await t.db
    .updateTable('participants')
    .set({
      expertise: 'Negotiation, budgets',
      capacity: 2,
      topics: ['negotiation', 'Underwater basket weaving'],
      remote: 'remote',
      goals: 'Pass on what I learnt',
    })
    .where('id', '=', bruno.participantId)
    .execute();
  await t.db
    .updateTable('participants')
    .set({ topics: ['leading teams'] })
    .where('id', '=', c.menteeA.participantId)
    .execute();
  await createTandem(t.db, {
    cycleId: c.cycleId,
    menteeId: c.menteeA.participantId,
    mentorId: bruno.participantId,
    publishedAt: new Date('2027-01-20T09:00:00Z'),
  });
});

afterEach(async () => {
  await t.close();
});

describe('becoming an alumna or alumnus', () => {
  it('happens only once the cycle closed, to those who had a tandem', async () => {
    expect(await myAlumni(c.cookies.menteeA)).toMatchObject({
      cycles: [],
      directoryEntry: null,
      can: { readDirectory: false, joinDirectory: false },
    });
    expect((await directory(c.cookies.menteeA)).status).toBe(404);
    expect((await join(c.cookies.menteeA, true, true)).status).toBe(404);

    await closeCycle();
    const mia = await myAlumni(c.cookies.menteeA);
    expect(mia.cycles).toEqual([
      {
        cycleId: c.cycleId,
        cycleName: 'Cycle 2027',
        role: 'mentee',
        startsOn: '2027-01-15',
        endsOn: '2027-12-15',
      },
    ]);
    expect(mia.can).toEqual({ readDirectory: true, joinDirectory: true });
    expect((await myAlumni(brunoCookie)).cycles).toEqual([expect.objectContaining({ role: 'mentor' })]);
    // Mona took part in the closed cycle without a tandem: no alumna, no directory.
    expect((await myAlumni(c.cookies.mentorA)).cycles).toEqual([]);
    expect((await directory(c.cookies.mentorA)).status).toBe(404);
    expect((await join(c.cookies.mentorA, false, false)).status).toBe(404);
  });

  it('counts a dissolved tandem too', async () => {
    await createTandem(t.db, {
      cycleId: c.cycleId,
      menteeId: c.menteeB.participantId,
      mentorId: c.mentorA.participantId,
      publishedAt: new Date('2027-01-20T09:00:00Z'),
      dissolvedAt: new Date('2027-02-01T09:00:00Z'),
      dissolvedReason: 'Moved away',
    });
    await closeCycle();
    expect((await myAlumni(c.cookies.mentorA)).cycles).toEqual([expect.objectContaining({ role: 'mentor' })]);
  });
});

describe('the alumni directory', () => {
  beforeEach(async () => {
    await closeCycle();
  });

  it('lists nobody by default: joining is each person’s choice', async () => {
    const { status, alumni } = await directory(c.cookies.coordinator);
    expect(status).toBe(200);
    expect(alumni).toEqual([]);
  });

  it('shows name and cycles always, and a hidden organisation or topics not at all', async () => {
    expect((await join(c.cookies.menteeA, false, false)).status).toBe(200);
    const hidden = await directory(brunoCookie);
    expect(hidden.status).toBe(200);
    expect(hidden.alumni).toHaveLength(1);
    expect(Object.keys(hidden.alumni[0]!).sort()).toEqual(['cycles', 'name', 'personId']);
    expect(hidden.alumni[0]).toMatchObject({ name: 'Mia Mentee', cycles: [{ role: 'mentee' }] });
    expect(hidden.raw).not.toContain('organisationName');
    expect(hidden.raw).not.toContain('Alpha Bank');
    expect(hidden.raw).not.toContain('topics');
    expect(hidden.raw).not.toContain('leading teams');
    // A search never finds what is hidden.
    expect((await directory(brunoCookie, 'alpha')).alumni).toEqual([]);
    expect((await directory(brunoCookie, 'leading')).alumni).toEqual([]);
    expect((await directory(brunoCookie, 'mia')).alumni).toHaveLength(1);

    const changed = await join(c.cookies.menteeA, true, false);
    expect((changed.body as MyAlumni).directoryEntry).toMatchObject({
      showOrganisation: true,
      showTopics: false,
    });
    const withOrganisation = await directory(brunoCookie);
    expect(withOrganisation.alumni[0]).toMatchObject({ organisationName: 'Alpha Bank' });
    expect(withOrganisation.raw).not.toContain('topics');
    expect((await directory(brunoCookie, 'alpha')).alumni).toHaveLength(1);

    await join(c.cookies.menteeA, false, true);
    const withTopics = await directory(brunoCookie);
    expect(withTopics.alumni[0]!.topics).toEqual(['leading teams']);
    expect(withTopics.raw).not.toContain('Alpha Bank');
    expect((await directory(brunoCookie, 'LEADING')).alumni).toHaveLength(1);
  });

  it('shows the topics of the latest participation, in name order', async () => {
    await join(c.cookies.menteeA, false, true);
    await join(brunoCookie, true, true);
    const next = await createCycle(t.db, [c.organisationA, c.organisationB], 'Cycle 2028');
    await t.db
      .updateTable('cycles')
      .set({ starts_on: '2028-01-15', ends_on: '2028-12-15' })
      .where('id', '=', next)
      .execute();
    await t.db
      .insertInto('participants')
      .values({
        cycle_id: next,
        person_id: c.menteeA.personId,
        role: 'mentee',
        goals: 'strategic thinking',
        expertise: '',
      })
      .execute();
    const { alumni } = await directory(c.cookies.coordinator);
    expect(alumni.map((a) => a.name)).toEqual(['Bruno Bärtschi', 'Mia Mentee']);
    // Mia's latest participation names its topic in her nomination; Bruno's answers are his own.
    expect(alumni[1]!.topics).toEqual(['strategic thinking']);
    expect(alumni[0]).toMatchObject({
      organisationName: 'Beta Motors',
      topics: ['negotiation', 'Underwater basket weaving'],
    });
  });

  it('is read by the coordinator and alumni, audited, and closed to contacts at the door', async () => {
    await join(c.cookies.menteeA, false, false);
    expect((await directory(c.cookies.coordinator)).alumni).toHaveLength(1);
    expect((await directory(c.cookies.contactA)).status).toBe(403);
    expect((await directory(c.cookies.contactB)).status).toBe(403);
    const reads = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_email'])
      .where('action', '=', 'alumni.directory_read')
      .execute();
    expect(reads).toEqual([{ action: 'alumni.directory_read', actor_email: 'coordinator@example.org' }]);
  });

  it('forgets an entry when its person leaves', async () => {
    await join(c.cookies.menteeA, true, true);
    const left = await callApi(t, c.cookies.menteeA, 'DELETE', '/api/v1/me/alumni/directory-entry');
    expect(left.status).toBe(200);
    expect((left.body as MyAlumni).directoryEntry).toBeNull();
    expect(await t.db.selectFrom('alumni_directory_entries').selectAll().execute()).toEqual([]);
    expect((await directory(c.cookies.coordinator)).alumni).toEqual([]);
    // Leaving again is no error.
    expect((await callApi(t, c.cookies.menteeA, 'DELETE', '/api/v1/me/alumni/directory-entry')).status).toBe(
      200,
    );
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'alumni.directory_%')
      .where('action', '!=', 'alumni.directory_read')
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['alumni.directory_joined', 'alumni.directory_left']);
  });
});

describe('inviting alumni mentors to the next cycle', () => {
  let next: string;

  const mentorsOf = async (cycleId = next) =>
    (await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/cycles/${cycleId}/alumni-mentors`))
      .body as AlumniMentorList;
  const invite = (personIds: string[], cycleId = next) =>
    callApi(t, c.cookies.coordinator, 'POST', `/api/v1/cycles/${cycleId}/alumni-invitations`, { personIds });
  const invitations = () => t.db.selectFrom('alumni_invitations').selectAll().execute();

  beforeEach(async () => {
    await closeCycle();
    // The next cycle; Beta Motors has not joined it yet.
    next = await createCycle(t.db, [c.organisationA], 'Cycle 2028');
    await t.db
      .updateTable('cycles')
      .set({ starts_on: '2028-01-15', ends_on: '2028-12-15' })
      .where('id', '=', next)
      .execute();
  });

  it('lists alumni mentors, and refuses one whose organisation does not take part: all or none', async () => {
    const before = await mentorsOf();
    expect(before.can.invite).toBe(true);
    expect(before.mentors).toEqual([
      expect.objectContaining({
        personId: bruno.personId,
        name: 'Bruno Bärtschi',
        organisationName: 'Beta Motors',
        lastCycle: { cycleId: c.cycleId, cycleName: 'Cycle 2027', endsOn: '2027-12-15' },
        organisationTakesPart: false,
        hasAccount: true,
        invitation: null,
        can: { invite: false },
        notInvitableBecause: 'organisation_not_taking_part',
      }),
    ]);
    const refused = await invite([bruno.personId]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'conflict', details: { personIds: [bruno.personId] } },
    });
    expect(await invitations()).toEqual([]);

    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: next, organisation_id: c.organisationB })
      .execute();
    // A mentee of a closed cycle is no alumni mentor: naming her spoils the whole request.
    const mixed = await invite([bruno.personId, c.menteeA.personId]);
    expect(mixed.status).toBe(409);
    expect(mixed.body).toMatchObject({ error: { details: { personIds: [c.menteeA.personId] } } });
    expect(await invitations()).toEqual([]);
    expect(await t.db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });

  it('invites by mail with a link to the programme page, audited, once', async () => {
    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: next, organisation_id: c.organisationB })
      .execute();
    const { status, body } = await invite([bruno.personId]);
    expect(status).toBe(200);
    expect((body as AlumniMentorList).mentors[0]).toMatchObject({
      invitation: { state: 'pending', answeredAt: null },
      can: { invite: false },
      notInvitableBecause: 'invited',
    });
    expect(await invitations()).toEqual([
      expect.objectContaining({
        cycle_id: next,
        person_id: bruno.personId,
        invited_by: c.accounts.coordinator,
        answer: null,
      }),
    ]);
    const mail = await t.db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'body', 'kind'])
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ recipient: 'bruno@beta.example', kind: 'alumni.invitation' });
    expect(mail.subject).toBe('You are invited back: Cycle 2028');
    expect(mail.body).toContain('Thank you for mentoring in Cycle 2027');
    expect(mail.body).toContain('from 15 January 2028 to 15 December 2028');
    expect(mail.body).toContain('/my-programme');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'alumni.invited')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ personIds: [bruno.personId] });
    expect((await invite([bruno.personId])).status).toBe(409);

    const pending = await myAlumni(brunoCookie);
    expect(pending.invitations).toEqual([
      expect.objectContaining({
        cycleId: next,
        cycleName: 'Cycle 2028',
        can: { accept: true, decline: true },
      }),
    ]);
  });

  it('invites only to a cycle in draft or open phase', async () => {
    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: next, organisation_id: c.organisationB })
      .execute();
    await t.db.updateTable('cycles').set({ status: 'matching' }).where('id', '=', next).execute();
    const list = await mentorsOf();
    expect(list.can.invite).toBe(false);
    expect(list.mentors[0]).toMatchObject({ notInvitableBecause: 'cycle_phase' });
    const refused = await invite([bruno.personId]);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'conflict', details: { cycleStatus: 'matching' } } });
    expect(await invitations()).toEqual([]);
  });

  it('accepting makes a mentor participation with the last mentor profile carried over', async () => {
    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: next, organisation_id: c.organisationB })
      .execute();
    await invite([bruno.personId]);
    const [invitation] = await invitations();
    // Someone else's invitation does not exist for them.
    expect(
      (await callApi(t, c.cookies.menteeA, 'POST', `/api/v1/alumni-invitations/${invitation!.id}/accept`))
        .status,
    ).toBe(404);

    const { status, body } = await callApi(
      t,
      brunoCookie,
      'POST',
      `/api/v1/alumni-invitations/${invitation!.id}/accept`,
    );
    expect(status).toBe(200);
    const answer = body as AlumniInvitationAnswer;
    expect(answer).toMatchObject({ invitationId: invitation!.id, answer: 'accepted' });
    const created = await t.db
      .selectFrom('participants')
      .selectAll()
      .where('id', '=', answer.participantId!)
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({
      cycle_id: next,
      person_id: bruno.personId,
      role: 'mentor',
      goals: 'Pass on what I learnt',
      expertise: 'Negotiation, budgets',
      capacity: 2,
      remote: 'remote',
      // A topic the new cycle does not list is left out.
      topics: ['negotiation'],
    });
    // Seniority, a language and a topic: a complete profile counts as finished.
    expect(created.profile_completed_at).not.toBeNull();
    expect(await invitations()).toEqual([expect.objectContaining({ answer: 'accepted' })]);
    expect((await myAlumni(brunoCookie)).invitations).toEqual([]);
    expect((await mentorsOf()).mentors[0]).toMatchObject({ invitation: { state: 'accepted' } });
    const again = await callApi(
      t,
      brunoCookie,
      'POST',
      `/api/v1/alumni-invitations/${invitation!.id}/decline`,
    );
    expect(again.status).toBe(409);
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['alumni.invitation_accepted', 'participant.created'])
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['participant.created', 'alumni.invitation_accepted']);
  });

  it('is declined once; accepting is refused once the cycle moved on', async () => {
    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: next, organisation_id: c.organisationB })
      .execute();
    await invite([bruno.personId]);
    const [invitation] = await invitations();
    await t.db.updateTable('cycles').set({ status: 'matching' }).where('id', '=', next).execute();
    expect((await myAlumni(brunoCookie)).invitations[0]!.can).toEqual({ accept: false, decline: true });
    const late = await callApi(t, brunoCookie, 'POST', `/api/v1/alumni-invitations/${invitation!.id}/accept`);
    expect(late.status).toBe(409);
    const declined = await callApi(
      t,
      brunoCookie,
      'POST',
      `/api/v1/alumni-invitations/${invitation!.id}/decline`,
    );
    expect(declined.status).toBe(200);
    expect(declined.body).toEqual({ invitationId: invitation!.id, answer: 'declined', participantId: null });
    expect(await t.db.selectFrom('participants').select('id').where('cycle_id', '=', next).execute()).toEqual(
      [],
    );
    expect((await mentorsOf()).mentors[0]).toMatchObject({ invitation: { state: 'declined' } });
    expect(
      await t.db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'alumni.invitation_declined')
        .execute(),
    ).toHaveLength(1);
  });

  it('leaves out alumni mentors who take part already, and refuses a person without an account', async () => {
    await t.db
      .insertInto('cycle_organisations')
      .values({ cycle_id: next, organisation_id: c.organisationB })
      .execute();
    // Bianca mentored in the closed cycle too, but never signed up.
    const bianca = await createParticipant(t.db, {
      cycleId: c.cycleId,
      organisationId: c.organisationB,
      role: 'mentor',
      name: 'Bianca Berg',
      email: 'bianca@beta.example',
    });
    await createTandem(t.db, {
      cycleId: c.cycleId,
      menteeId: c.menteeB.participantId,
      mentorId: bianca.participantId,
      publishedAt: new Date('2027-01-20T09:00:00Z'),
    });
    const list = await mentorsOf();
    expect(list.mentors.map((m) => [m.name, m.notInvitableBecause])).toEqual([
      ['Bianca Berg', 'no_account'],
      ['Bruno Bärtschi', null],
    ]);
    expect((await invite([bianca.personId])).status).toBe(409);
    await t.db
      .insertInto('participants')
      .values({ cycle_id: next, person_id: bruno.personId, role: 'mentor', goals: '', expertise: '' })
      .execute();
    expect((await mentorsOf()).mentors.map((m) => m.name)).toEqual(['Bianca Berg']);
  });
});
