import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import { type Consortium, createConsortium } from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { loadCycleForMatching } from '../matching/cycle-input.ts';
import { DEFAULT_TOPICS } from './questionnaire.repository.ts';

let t: TestApp;
let c: Consortium;
beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
  callApi(t, cookie, method, url, payload);

/** The version the participant's profile form would send back. */
const profileVersion = async (cookie: string, participantId: string): Promise<number> =>
  (await call(cookie, 'GET', `/api/v1/me/profiles/${participantId}`)).body.version;

const answers = {
  jobTitle: 'Team Lead Payments',
  seniority: 2,
  languages: ['de', 'en'],
  location: 'Hamburg',
  gender: 'female',
  topics: ['Negotiation', 'leading teams'],
  text: 'I lead a team of six and want to negotiate budgets with confidence.',
  remote: 'either',
  requiredLanguage: 'de',
  preferredMentorGender: 'female',
  preferredMentorGenderStrength: 'hard',
};

describe('questionnaire', () => {
  it('starts from the documented defaults and takes the coordinator’s topics and weights', async () => {
    const defaults = await call(c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}/questionnaire`);
    expect(defaults.body.weights).toEqual({
      topics: 40,
      seniority: 20,
      language: 10,
      location: 10,
      gender: 10,
      industry: 10,
    });
    const topics = ['negotiation', 'leading teams', 'career planning'];
    const saved = await call(c.cookies.coordinator, 'PUT', `/api/v1/cycles/${c.cycleId}/questionnaire`, {
      ...defaults.body,
      topics,
      weights: { ...defaults.body.weights, industry: 0 },
    });
    expect(saved.status).toBe(200);
    const read = await call(c.cookies.menteeA, 'GET', `/api/v1/cycles/${c.cycleId}/questionnaire`);
    expect(read.body).toMatchObject({ topics, weights: { industry: 0 } });
    const duplicate = await call(c.cookies.coordinator, 'PUT', `/api/v1/cycles/${c.cycleId}/questionnaire`, {
      ...defaults.body,
      topics: ['a', 'A'],
    });
    expect(duplicate.status).toBe(400);
  });

  it('keeps the first of two saves read at one version; the second answers 409 and changes nothing', async () => {
    const url = `/api/v1/cycles/${c.cycleId}/questionnaire`;
    const read = (await call(c.cookies.coordinator, 'GET', url)).body;
    expect(read.version).toBe(0);
    const first = await call(c.cookies.coordinator, 'PUT', url, { ...read, topics: ['negotiation'] });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(1);
    const second = await call(c.cookies.coordinator, 'PUT', url, {
      ...read,
      weights: { ...read.weights, industry: 0 },
    });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect((await call(c.cookies.coordinator, 'GET', url)).body).toMatchObject({
      topics: ['negotiation'],
      weights: { industry: 10 },
      version: 1,
    });
    const again = await call(c.cookies.coordinator, 'PUT', url, {
      ...first.body,
      weights: { ...read.weights, industry: 0 },
    });
    expect(again.body).toMatchObject({ topics: ['negotiation'], weights: { industry: 0 }, version: 2 });
  });
});

describe('profiles', () => {
  it('a mentee fills in their profile; topics come from the cycle’s list', async () => {
    const url = `/api/v1/me/profiles/${c.menteeA.participantId}`;
    const before = await call(c.cookies.menteeA, 'GET', url);
    expect(before.body.completedAt).toBeNull();
    const version = before.body.version;
    const unknownTopic = await call(c.cookies.menteeA, 'PUT', url, {
      ...answers,
      version,
      topics: ['juggling'],
    });
    expect(unknownTopic.status).toBe(400);
    expect(unknownTopic.body.error.details[0].path).toBe('topics');
    const saved = await call(c.cookies.menteeA, 'PUT', url, { ...answers, version });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      topics: ['negotiation', 'leading teams'],
      requiredLanguage: 'de',
      preferredMentorGenderStrength: 'hard',
      jobTitle: 'Team Lead Payments',
    });
    expect(saved.body.completedAt).not.toBeNull();
    // Nobody else reads or writes it, not even a colleague of the same organisation.
    expect((await call(c.cookies.mentorA, 'GET', url)).status).toBe(404);
    expect((await call(c.cookies.mentorA, 'PUT', url, { ...answers, version })).status).toBe(404);
  });

  it('a staff edit made while the mentee filled in the form is not overwritten, and the other way round', async () => {
    const url = `/api/v1/me/profiles/${c.menteeA.participantId}`;
    const read = await profileVersion(c.cookies.menteeA, c.menteeA.participantId);
    // The contact corrects the job title meanwhile.
    const participant = await call(
      c.cookies.contactA,
      'GET',
      `/api/v1/participants/${c.menteeA.participantId}`,
    );
    const corrected = await call(
      c.cookies.contactA,
      'PATCH',
      `/api/v1/participants/${c.menteeA.participantId}`,
      {
        jobTitle: 'Head of Payments',
        version: participant.body.version,
      },
    );
    expect(corrected.status).toBe(200);
    const stale = await call(c.cookies.menteeA, 'PUT', url, { ...answers, version: read });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await call(c.cookies.menteeA, 'GET', url)).body).toMatchObject({
      jobTitle: 'Head of Payments',
      completedAt: null,
    });

    // Loaded again, the mentee's answers go through; the contact's form read before is now stale.
    const saved = await call(c.cookies.menteeA, 'PUT', url, {
      ...answers,
      jobTitle: 'Head of Payments',
      version: await profileVersion(c.cookies.menteeA, c.menteeA.participantId),
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(corrected.body.version + 2);
    const contactAgain = await call(
      c.cookies.contactA,
      'PATCH',
      `/api/v1/participants/${c.menteeA.participantId}`,
      {
        location: 'Kiel',
        version: corrected.body.version,
      },
    );
    expect(contactAgain.status).toBe(409);
  });

  it('what a mentee asks of a mentor does not apply to a mentor', async () => {
    const saved = await call(c.cookies.mentorA, 'PUT', `/api/v1/me/profiles/${c.mentorA.participantId}`, {
      ...answers,
      version: await profileVersion(c.cookies.mentorA, c.mentorA.participantId),
    });
    expect(saved.body).toMatchObject({
      requiredLanguage: null,
      preferredMentorGender: null,
      preferredMentorGenderStrength: 'soft',
    });
  });

  it('contacts see who has not finished, and remind them through the outbox', async () => {
    await call(c.cookies.menteeA, 'PUT', `/api/v1/me/profiles/${c.menteeA.participantId}`, {
      ...answers,
      version: await profileVersion(c.cookies.menteeA, c.menteeA.participantId),
    });
    const status = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/profile-status`);
    // Only A's people: Mona (unfinished) and Mia (finished).
    expect(
      status.body.participants.map((p: { name: string; completedAt: string | null }) => [
        p.name,
        p.completedAt !== null,
      ]),
    ).toEqual([
      ['Mona Mentor', false],
      ['Mia Mentee', true],
    ]);
    const reminded = await call(
      c.cookies.contactA,
      'POST',
      `/api/v1/cycles/${c.cycleId}/profile-reminders`,
      {},
    );
    expect(reminded.body).toEqual({ sent: 1 });
    const outbox = await t.db.selectFrom('outbox').select(['recipient', 'subject']).execute();
    expect(outbox).toEqual([
      { recipient: 'mona@alpha.example', subject: expect.stringContaining('complete your profile') },
    ]);
    const after = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/profile-status`);
    expect(after.body.participants[0].lastReminderAt).not.toBeNull();
  });
});

describe('profiles from the nomination', () => {
  const profileUrl = () => `/api/v1/me/profiles/${c.menteeA.participantId}`;

  it('fills the topics with the nominated goals the cycle lists, and one save confirms them', async () => {
    await t.db
      .updateTable('participants')
      .set({ goals: 'Leading teams,  strategic thinking; public speaking' })
      .where('id', '=', c.menteeA.participantId)
      .execute();
    const read = await call(c.cookies.menteeA, 'GET', profileUrl());
    // Spelled as the cycle's list spells them; "public speaking" is not on it.
    expect(read.body).toMatchObject({
      topics: ['leading teams', 'strategic thinking'],
      languages: ['de', 'en'],
      seniority: 2,
      completedAt: null,
      answeredByParticipant: false,
    });
    const {
      participantId: _,
      role: __,
      completedAt: ___,
      answeredByParticipant: ____,
      ...confirmed
    } = read.body;
    const saved = await call(c.cookies.menteeA, 'PUT', profileUrl(), confirmed);
    expect(saved.status).toBe(200);
    expect(saved.body.topics).toEqual(['leading teams', 'strategic thinking']);
    expect(saved.body.completedAt).not.toBeNull();
    expect(saved.body.answeredByParticipant).toBe(true);
  });

  it('the engine matches on the topics the profile shows, not on words off the cycle’s list', async () => {
    await t.db
      .updateTable('participants')
      .set({ goals: 'negotiation, public speaking' })
      .where('id', '=', c.menteeA.participantId)
      .execute();
    const shown = (await call(c.cookies.menteeA, 'GET', profileUrl())).body.topics;
    const { input } = await loadCycleForMatching(t.db, c.cycleId);
    const mia = input.mentees.find((m) => m.id === c.menteeA.participantId);
    expect(shown).toEqual(['negotiation']);
    expect(mia?.profile?.topics).toEqual(shown);
  });

  it('an imported profile with every required answer counts as finished; one without a topic or with too many does not', async () => {
    const csv = [
      'email,name,organisation,role,job_title,seniority,languages,location,gender,goals,expertise,capacity',
      'nora@alpha.example,Nora Neu,Alpha Bank,mentee,Team Lead,2,de|en,Hamburg,female,"Negotiation, career planning",,1',
      'otto@alpha.example,Otto Ober,Alpha Bank,mentee,Analyst,1,de,Berlin,male,"juggling",,1',
      // Every default topic: more than a profile holds, so Pia chooses before it counts as finished.
      `pia@alpha.example,Pia Plan,Alpha Bank,mentee,Analyst,2,de,Berlin,female,"${DEFAULT_TOPICS.join(', ')}",,1`,
      '',
    ].join('\n');
    const imported = await t.app.inject({
      method: 'POST',
      url: `/api/v1/participants/import?cycleId=${c.cycleId}`,
      headers: { cookie: c.cookies.coordinator, 'content-type': 'text/csv; charset=utf-8' },
      payload: csv,
    });
    expect(imported.statusCode).toBe(200);
    const status = await call(c.cookies.contactA, 'GET', `/api/v1/cycles/${c.cycleId}/profile-status`);
    const finished = Object.fromEntries(
      status.body.participants.map((p: { name: string; completedAt: string | null }) => [
        p.name,
        p.completedAt !== null,
      ]),
    );
    expect(finished).toMatchObject({ 'Nora Neu': true, 'Otto Ober': false, 'Pia Plan': false });
    // Only the unfinished are reminded.
    const reminded = await call(
      c.cookies.contactA,
      'POST',
      `/api/v1/cycles/${c.cycleId}/profile-reminders`,
      {},
    );
    const recipients = (await t.db.selectFrom('outbox').select('recipient').execute()).map(
      (r) => r.recipient,
    );
    expect(reminded.body.sent).toBe(recipients.length);
    expect(recipients).toContain('otto@alpha.example');
    expect(recipients).not.toContain('nora@alpha.example');
  });
});
