import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createParticipant,
  sessionCookie,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { readers } from '../../../../test/ics-readers.ts';
import type { CycleEvent, EventInput, EventRegistration, MyEvent } from '../../../shared/contract/events.ts';
import { runReminderPass } from '../reminders/reminder-job.ts';

// The programme's events through the API: the default plan, places and the waiting list, calendar
// entries read back by two independent parsers, the deadline, who sees whose registrations,
// attendance, the coordinator's message and the reminder two days before. The test clock stands at
// 27 November 2026; the consortium's cycle runs through 2027.

let t: TestApp;
let c: Consortium;

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
});
afterEach(() => t.close());

const DAY = 86_400_000;

const workshop: EventInput = {
  title: 'Negotiation workshop',
  description: 'Bring a **case** of your own.',
  startsAtLocal: '2027-03-04T17:00',
  endsAtLocal: '2027-03-04T19:00',
  timeZone: 'Europe/Berlin',
  place: 'Alpha AG, room 4',
  onlineLink: '',
  audience: 'everyone',
  capacity: 2,
  registrationDeadlineLocal: '2027-02-25T17:00',
};

async function createEvent(input: Partial<EventInput> = {}) {
  const { status, body } = await callApi(
    t,
    c.cookies.coordinator,
    'POST',
    `/api/v1/cycles/${c.cycleId}/events`,
    {
      ...workshop,
      ...input,
    },
  );
  expect(status).toBe(201);
  return body as CycleEvent;
}

const register = (cookie: string, eventId: string, showToAttendees = false) =>
  callApi(t, cookie, 'POST', `/api/v1/events/${eventId}/registration`, { showToAttendees });
const unregister = (cookie: string, eventId: string) =>
  callApi(t, cookie, 'DELETE', `/api/v1/events/${eventId}/registration`);
const registrations = async (cookie: string, eventId: string) => {
  const { status, body } = await callApi(t, cookie, 'GET', `/api/v1/events/${eventId}/registrations`);
  expect(status).toBe(200);
  return body as { event: CycleEvent; registrations: EventRegistration[] };
};

/** Moves the clock, signing everyone in again (sessions end after a while without use). */
async function moveClockTo(instant: Date | number) {
  t.clock.advance(new Date(instant).getTime() - t.clock.now().getTime());
  for (const who of ['coordinator', 'contactA', 'contactB', 'mentorA', 'menteeA'] as const) {
    c.cookies[who] = await sessionCookie(t.db, c.accounts[who], t.clock.now());
  }
}

/** The mails of one kind to one address, oldest first. */
function mailsTo(email: string, kind: string) {
  return t.db
    .selectFrom('outbox')
    .select(['subject', 'body', 'calendar', 'recipient'])
    .where('recipient', '=', email)
    .where('kind', '=', kind)
    .orderBy('write_order')
    .execute();
}

function readBothWays(ics: string) {
  const a = readers['ical.js'](ics);
  const b = readers['node-ical'](ics);
  expect(b).toEqual(a);
  return a;
}

/** A participant of the consortium's cycle with an account, signed in. */
async function signedInParticipant(
  organisationId: string,
  role: 'mentor' | 'mentee',
  name: string,
  email: string,
) {
  const p = await createParticipant(t.db, { cycleId: c.cycleId, organisationId, role, name, email });
  const accountId = await createAccount(t.db, { email, name, role: 'participant', personId: p.personId });
  return { ...p, accountId, cookie: await sessionCookie(t.db, accountId, t.clock.now()) };
}

describe('the default plan', () => {
  it('gives a new cycle a kick-off, a mid-term meeting and a closing ceremony in its language', async () => {
    const created = await callApi(t, c.cookies.coordinator, 'POST', '/api/v1/cycles', {
      name: 'Programm 2028',
      startsOn: '2028-02-01',
      endsOn: '2029-01-31',
      language: 'de',
    });
    expect(created.status).toBe(201);
    const { body } = await callApi(
      t,
      c.cookies.coordinator,
      'GET',
      `/api/v1/cycles/${created.body.id}/events`,
    );
    const events = body.events as CycleEvent[];
    expect(events.map((e) => [e.title, e.startsAtLocal, e.registrationDeadlineLocal])).toEqual([
      ['Auftaktveranstaltung', '2028-02-01T16:00', '2028-01-25T16:00'],
      ['Zwischenbilanz', '2028-08-01T17:00', '2028-07-25T17:00'],
      ['Abschlussveranstaltung', '2029-01-31T17:00', '2029-01-24T17:00'],
    ]);
    expect(events.every((e) => e.audience === 'everyone' && e.capacity === null)).toBe(true);
    expect(events[0]!.description).toContain('Tandem');
    expect(body.can).toEqual({ create: true, addDefaultPlan: false });
  });

  it('keeps registration open until the start where the week before has already begun', async () => {
    // The test clock stands at 27 November 2026: the kick-off on 30 November is 3 days away.
    const created = await callApi(t, c.cookies.coordinator, 'POST', '/api/v1/cycles', {
      name: 'Short notice',
      startsOn: '2026-11-30',
      endsOn: '2027-11-29',
    });
    const { body } = await callApi(
      t,
      c.cookies.coordinator,
      'GET',
      `/api/v1/cycles/${created.body.id}/events`,
    );
    const [kickoff, midterm] = body.events as CycleEvent[];
    expect(kickoff!.registrationDeadlineLocal).toBe(kickoff!.startsAtLocal);
    expect(midterm!.registrationDeadlineLocal).toBe('2027-05-24T17:00');
  });

  it('is offered again to a cycle without events, and only then', async () => {
    const url = `/api/v1/cycles/${c.cycleId}/events/default-plan`;
    expect((await callApi(t, c.cookies.coordinator, 'POST', url)).body.error.code).toBe('conflict');
    await t.db.deleteFrom('events').where('cycle_id', '=', c.cycleId).execute();
    const { status, body } = await callApi(t, c.cookies.coordinator, 'POST', url);
    expect(status).toBe(201);
    expect(body.events.map((e: CycleEvent) => e.title)).toEqual([
      'Kick-off',
      'Mid-term meeting',
      'Closing ceremony',
    ]);
  });
});

describe('planning an event', () => {
  it('refuses an end before the start, a deadline after it, and an unknown zone, naming the field', async () => {
    const url = `/api/v1/cycles/${c.cycleId}/events`;
    const endsEarly = await callApi(t, c.cookies.coordinator, 'POST', url, {
      ...workshop,
      endsAtLocal: '2027-03-04T16:00',
    });
    expect(endsEarly.status).toBe(400);
    expect(endsEarly.body.error.details).toEqual([
      { path: 'endsAtLocal', message: 'must be after the start' },
    ]);
    const lateDeadline = await callApi(t, c.cookies.coordinator, 'POST', url, {
      ...workshop,
      registrationDeadlineLocal: '2027-03-05T09:00',
    });
    expect(lateDeadline.status).toBe(400);
    expect(lateDeadline.body.error.details[0].path).toBe('registrationDeadlineLocal');
    const zone = await callApi(t, c.cookies.coordinator, 'POST', url, {
      ...workshop,
      timeZone: 'Mars/Olympus',
    });
    expect(zone.status).toBe(400);
    expect(zone.body.error.details[0].path).toBe('timeZone');
    const { body } = await callApi(t, c.cookies.coordinator, 'GET', url);
    expect(body.events).toHaveLength(3);
  });

  it('keeps places for those already registered: fewer places than registrations answers 409', async () => {
    const event = await createEvent({ capacity: 3 });
    await register(c.cookies.menteeA, event.id);
    await register(c.cookies.mentorA, event.id);
    const { status, body } = await callApi(t, c.cookies.coordinator, 'PATCH', `/api/v1/events/${event.id}`, {
      ...workshop,
      capacity: 1,
      version: event.version,
    });
    expect(status).toBe(409);
    expect(body.error.message).toContain('2 people are already registered');
    const stale = await callApi(t, c.cookies.coordinator, 'PATCH', `/api/v1/events/${event.id}`, {
      ...workshop,
      version: event.version + 1,
    });
    expect(stale.body.error.code).toBe('stale_version');
  });
});

describe('places and the waiting list', () => {
  it('registers until the places are taken, then queues; a freed place goes to the first waiting, with a calendar entry', async () => {
    const event = await createEvent();
    const mia = await register(c.cookies.menteeA, event.id, true);
    expect(mia.status).toBe(200);
    expect((mia.body as MyEvent).myRegistration).toMatchObject({
      status: 'registered',
      waitingPosition: null,
    });
    await register(c.cookies.mentorA, event.id);
    const anke = await register(c.cookies.contactA, event.id);
    expect((anke.body as MyEvent).myRegistration).toMatchObject({ status: 'waiting', waitingPosition: 1 });
    expect((anke.body as MyEvent).placesLeft).toBe(0);

    const [confirmation] = await mailsTo('mia@alpha.example', 'event.registered');
    expect(confirmation!.subject).toBe('You are registered: Negotiation workshop');
    const request = readBothWays(confirmation!.calendar!.content);
    expect(request).toMatchObject({
      method: 'REQUEST',
      status: 'CONFIRMED',
      start: new Date('2027-03-04T16:00:00Z'),
      end: new Date('2027-03-04T18:00:00Z'),
      organizer: 'mailto:mentoring@example.org',
      attendees: ['mailto:mia@alpha.example'],
    });
    const [waiting] = await mailsTo('hr@alpha.example', 'event.waiting');
    expect(waiting!.body).toContain('in place 1');
    expect(waiting!.calendar).toBeNull();

    expect((await unregister(c.cookies.menteeA, event.id)).status).toBe(200);
    const [removal] = await mailsTo('mia@alpha.example', 'event.unregistered');
    const cancel = readBothWays(removal!.calendar!.content);
    expect(cancel).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: request.uid });
    expect(cancel.sequence).toBeGreaterThan(request.sequence);

    const promoted = await mailsTo('hr@alpha.example', 'event.promoted');
    expect(promoted).toHaveLength(1);
    expect(readBothWays(promoted[0]!.calendar!.content)).toMatchObject({
      method: 'REQUEST',
      uid: request.uid,
      attendees: ['mailto:hr@alpha.example'],
    });
    const list = await registrations(c.cookies.coordinator, event.id);
    expect(list.registrations.map((r) => [r.name, r.status])).toEqual([
      ['Mona Mentor', 'registered'],
      ['Anke Contact', 'registered'],
    ]);
    expect(list.event.counts).toEqual({ registered: 2, waiting: 0, attended: 0, unmarked: 2 });
  });

  it('sends the registered an update when the time changes, and a cancellation when the event is cancelled', async () => {
    const event = await createEvent({ capacity: 1 });
    await register(c.cookies.menteeA, event.id);
    await register(c.cookies.mentorA, event.id);
    const [first] = await mailsTo('mia@alpha.example', 'event.registered');
    const before = readBothWays(first!.calendar!.content);

    const moved = await callApi(t, c.cookies.coordinator, 'PATCH', `/api/v1/events/${event.id}`, {
      ...workshop,
      capacity: 1,
      startsAtLocal: '2027-03-11T17:30',
      endsAtLocal: '2027-03-11T19:30',
      version: event.version,
    });
    expect(moved.status).toBe(200);
    const [update] = await mailsTo('mia@alpha.example', 'event.updated');
    const updated = readBothWays(update!.calendar!.content);
    expect(updated).toMatchObject({
      method: 'REQUEST',
      uid: before.uid,
      start: new Date('2027-03-11T16:30:00Z'),
    });
    expect(updated.sequence).toBeGreaterThan(before.sequence);
    // Mona waits: she has no calendar entry to update.
    expect(await mailsTo('mona@alpha.example', 'event.updated')).toHaveLength(0);

    const cancelled = await callApi(t, c.cookies.coordinator, 'POST', `/api/v1/events/${event.id}/cancel`, {
      note: 'The trainer is ill; we look for a new date.',
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.can).toMatchObject({ edit: false, cancel: false });
    const [toMia] = await mailsTo('mia@alpha.example', 'event.cancelled');
    expect(toMia!.body).toContain('The trainer is ill');
    const removed = readBothWays(toMia!.calendar!.content);
    expect(removed).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: before.uid });
    expect(removed.sequence).toBeGreaterThan(updated.sequence);
    const [toMona] = await mailsTo('mona@alpha.example', 'event.cancelled');
    expect(toMona!.body).toContain('You were on its waiting list');
    expect(toMona!.calendar).toBeNull();
    expect((await register(c.cookies.contactA, event.id)).body.error.code).toBe('conflict');
  });

  it('closes registration and unregistering at the deadline', async () => {
    const event = await createEvent();
    await register(c.cookies.menteeA, event.id);
    await moveClockTo(new Date('2027-02-25T16:00:01Z'));
    const late = await register(c.cookies.mentorA, event.id);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('registration_closed');
    expect(late.body.error.message).toContain('Thursday, 25 February 2027');
    expect((await unregister(c.cookies.menteeA, event.id)).body.error.code).toBe('registration_closed');
    const mine = await callApi(t, c.cookies.menteeA, 'GET', '/api/v1/me/events');
    const listed = (mine.body.events as MyEvent[]).find((e) => e.id === event.id)!;
    expect(listed).toMatchObject({ registrationOpen: false, can: { register: false, unregister: false } });
  });

  it('shows an event to its audience only', async () => {
    const forMentors = await createEvent({ title: 'Mentors’ round table', audience: 'mentors' });
    const menteesEvents = (await callApi(t, c.cookies.menteeA, 'GET', '/api/v1/me/events')).body
      .events as MyEvent[];
    expect(menteesEvents.map((e) => e.title)).not.toContain('Mentors’ round table');
    expect((await register(c.cookies.menteeA, forMentors.id)).status).toBe(404);
    expect(
      (await callApi(t, c.cookies.menteeA, 'GET', `/api/v1/events/${forMentors.id}/calendar.ics`)).status,
    ).toBe(404);
    expect((await register(c.cookies.mentorA, forMentors.id)).status).toBe(200);
    const contact = await register(c.cookies.contactA, forMentors.id);
    expect(contact.status).toBe(403);
    expect(contact.body.error.message).toBe('This event is for mentors only.');
  });

  it('gives the calendar file as an entry to import, read the same by two parsers', async () => {
    const event = await createEvent();
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}/calendar.ics`,
      headers: { cookie: c.cookies.menteeA },
    });
    expect(response.headers['content-type']).toContain('text/calendar');
    const read = readBothWays(response.body);
    expect(read).toMatchObject({ method: 'PUBLISH', start: new Date('2027-03-04T16:00:00Z'), attendees: [] });
  });
});

describe('who sees whose registrations', () => {
  it('shows a contact their own people only, in the list, the counts and the CSV', async () => {
    const event = await createEvent({ capacity: null });
    const ben = await signedInParticipant(c.organisationB, 'mentee', 'Ben Braun', 'ben.braun@beta.example');
    await register(c.cookies.menteeA, event.id);
    await register(ben.cookie, event.id);
    const ofB = await registrations(c.cookies.contactB, event.id);
    expect(ofB.registrations.map((r) => r.name)).toEqual(['Ben Braun']);
    expect(ofB.event.counts.registered).toBe(1);
    const ofA = await registrations(c.cookies.contactA, event.id);
    expect(ofA.registrations.map((r) => r.name)).toEqual(['Mia Mentee']);
    const all = await registrations(c.cookies.coordinator, event.id);
    expect(all.registrations).toHaveLength(2);

    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}/registrations.csv?separator=semicolon`,
      headers: { cookie: c.cookies.contactB },
    });
    const rows = parseCsv(csv.body, { bom: true, columns: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows).toEqual([
      {
        name: 'Ben Braun',
        email: 'ben.braun@beta.example',
        organisation: 'Beta Motors',
        role: 'mentee',
        status: 'registered',
        waiting_position: '',
        registered_at: t.clock.now().toISOString(),
        attended: '',
      },
    ]);
    const listed = (await callApi(t, c.cookies.contactB, 'GET', `/api/v1/cycles/${c.cycleId}/events`)).body
      .events as CycleEvent[];
    expect(listed.find((e) => e.id === event.id)!.counts.registered).toBe(1);
  });

  it('shows registered attendees the others who agreed to be seen, and nobody to someone not registered', async () => {
    const event = await createEvent({ capacity: null });
    const ben = await signedInParticipant(c.organisationB, 'mentee', 'Ben Braun', 'ben.braun@beta.example');
    await register(c.cookies.menteeA, event.id, true);
    await register(c.cookies.mentorA, event.id, false);
    const bens = await register(ben.cookie, event.id, true);
    expect((bens.body as MyEvent).fellowAttendees).toEqual([
      { name: 'Mia Mentee', organisationName: 'Alpha Bank' },
    ]);
    const monas = (await callApi(t, c.cookies.mentorA, 'GET', '/api/v1/me/events')).body.events as MyEvent[];
    expect(monas.find((e) => e.id === event.id)!.fellowAttendees.map((f) => f.name)).toEqual([
      'Ben Braun',
      'Mia Mentee',
    ]);
    const ankes = (await callApi(t, c.cookies.contactA, 'GET', '/api/v1/me/events')).body.events as MyEvent[];
    expect(ankes.find((e) => e.id === event.id)!.fellowAttendees).toEqual([]);
  });
});

describe('after the start', () => {
  it('lets the coordinator mark attendance, which the counts and the CSV show', async () => {
    const event = await createEvent({ capacity: 2 });
    await register(c.cookies.menteeA, event.id);
    await register(c.cookies.mentorA, event.id);
    await register(c.cookies.contactA, event.id);
    const list = await registrations(c.cookies.coordinator, event.id);
    const [mia, mona, anke] = list.registrations;
    const url = `/api/v1/events/${event.id}/attendance`;
    const early = await callApi(t, c.cookies.coordinator, 'PUT', url, {
      marks: [{ registrationId: mia!.id, attended: true }],
    });
    expect(early.status).toBe(409);

    await moveClockTo(new Date('2027-03-04T16:30:00Z'));
    const waiting = await callApi(t, c.cookies.coordinator, 'PUT', url, {
      marks: [{ registrationId: anke!.id, attended: true }],
    });
    expect(waiting.status).toBe(400);
    expect(waiting.body.error.details[0].path).toBe('marks.0.registrationId');
    const marked = await callApi(t, c.cookies.coordinator, 'PUT', url, {
      marks: [
        { registrationId: mia!.id, attended: true },
        { registrationId: mona!.id, attended: false },
      ],
    });
    expect(marked.status).toBe(200);
    expect(marked.body.event.counts).toEqual({ registered: 2, waiting: 1, attended: 1, unmarked: 0 });
    const csv = await t.app.inject({
      method: 'GET',
      url: `/api/v1/events/${event.id}/registrations.csv`,
      headers: { cookie: c.cookies.coordinator },
    });
    const rows = parseCsv(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.status, r.waiting_position, r.attended])).toEqual([
      ['Mia Mentee', 'registered', '', 'yes'],
      ['Mona Mentor', 'registered', '', 'no'],
      ['Anke Contact', 'waiting', '1', ''],
    ]);
  });

  it('sends the coordinator’s message to the registered, and on request to those waiting', async () => {
    const event = await createEvent({ capacity: 1 });
    const url = `/api/v1/events/${event.id}/message`;
    expect(
      (await callApi(t, c.cookies.coordinator, 'POST', url, { subject: 'Hi', body: 'Hello' })).status,
    ).toBe(409);
    await register(c.cookies.menteeA, event.id);
    await register(c.cookies.mentorA, event.id);
    const sent = await callApi(t, c.cookies.coordinator, 'POST', url, {
      subject: 'Room change',
      body: 'We meet in room 5.',
    });
    expect(sent.body).toEqual({ recipients: 1 });
    const [toMia] = await mailsTo('mia@alpha.example', 'event.message');
    expect(toMia!.subject).toBe('Room change');
    expect(toMia!.body).toContain('We meet in room 5.');
    expect(toMia!.body).toContain('because you are registered for “Negotiation workshop”');
    const both = await callApi(t, c.cookies.coordinator, 'POST', url, {
      subject: 'Agenda',
      body: 'Attached below.',
      includeWaiting: true,
    });
    expect(both.body).toEqual({ recipients: 2 });
    expect((await mailsTo('mona@alpha.example', 'event.message'))[0]!.body).toContain(
      'on the waiting list for',
    );
  });

  it('reminds the registered two days before, once, and not those who registered within the two days', async () => {
    const event = await createEvent({ capacity: null });
    await register(c.cookies.menteeA, event.id);
    const start = new Date('2027-03-04T16:00:00Z').getTime();
    await moveClockTo(start - 1.5 * DAY);
    await t.db
      .updateTable('events')
      .set({ registration_deadline: new Date(start) })
      .where('id', '=', event.id)
      .execute();
    expect((await register(c.cookies.mentorA, event.id)).status).toBe(200);
    const options = { siteOrigin: 'https://mentoring.example.org' };
    const first = await runReminderPass(t.db, t.clock.now(), options);
    expect(first.events).toBe(1);
    const second = await runReminderPass(t.db, t.clock.now(), options);
    expect(second.events).toBe(0);
    const [reminder] = await mailsTo('mia@alpha.example', 'event.reminder');
    expect(reminder!.subject).toBe('In two days: Negotiation workshop');
    expect(await mailsTo('mona@alpha.example', 'event.reminder')).toHaveLength(0);
  });
});

describe('20 registrations at once for 10 places', () => {
  it('registers exactly 10 and queues 10 in order; each freed place promotes the first waiting once', async () => {
    const event = await createEvent({ capacity: 10 });
    const people: Awaited<ReturnType<typeof signedInParticipant>>[] = [];
    for (let i = 0; i < 20; i++) {
      people.push(
        await signedInParticipant(
          i % 2 ? c.organisationA : c.organisationB,
          i % 3 ? 'mentee' : 'mentor',
          `Person ${String(i).padStart(2, '0')}`,
          `person${i}@example.org`,
        ),
      );
    }
    const answers = await Promise.all(people.map((p) => register(p.cookie, event.id)));
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));

    const list = await registrations(c.cookies.coordinator, event.id);
    const registered = list.registrations.filter((r) => r.status === 'registered');
    const waiting = list.registrations.filter((r) => r.status === 'waiting');
    expect(registered).toHaveLength(10);
    expect(waiting.map((r) => r.waitingPosition)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Each person was told the place they hold, and the queue follows the order of arrival.
    for (const w of waiting) {
      const [mail] = await mailsTo(w.email, 'event.waiting');
      expect(mail!.body).toContain(`in place ${w.waitingPosition}`);
    }
    const queue = await t.db
      .selectFrom('event_registrations')
      .select(['id', 'status', 'queue_number'])
      .where('event_id', '=', event.id)
      .orderBy('queue_number')
      .execute();
    expect(queue.slice(0, 10).every((r) => r.status === 'registered')).toBe(true);
    expect(queue.slice(10).map((r) => r.id)).toEqual(waiting.map((w) => w.id));

    const cookieOf = (email: string) =>
      people.find((p) => `person${people.indexOf(p)}@example.org` === email)!.cookie;
    expect((await unregister(cookieOf(registered[0]!.email), event.id)).status).toBe(200);
    const afterOne = await registrations(c.cookies.coordinator, event.id);
    expect(afterOne.event.counts).toMatchObject({ registered: 10, waiting: 9 });
    expect(afterOne.registrations.find((r) => r.id === waiting[0]!.id)!.status).toBe('registered');
    expect(await mailsTo(waiting[0]!.email, 'event.promoted')).toHaveLength(1);

    // Two places freed at once go to the next two, each promoted once.
    await Promise.all([
      unregister(cookieOf(registered[1]!.email), event.id),
      unregister(cookieOf(registered[2]!.email), event.id),
    ]);
    const afterThree = await registrations(c.cookies.coordinator, event.id);
    expect(afterThree.event.counts).toMatchObject({ registered: 10, waiting: 7 });
    for (const w of waiting.slice(1, 3)) {
      expect(afterThree.registrations.find((r) => r.id === w.id)!.status).toBe('registered');
      expect(await mailsTo(w.email, 'event.promoted')).toHaveLength(1);
    }
    expect(
      afterThree.registrations.filter((r) => r.status === 'waiting').map((r) => r.waitingPosition),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const promotions = await t.db
      .selectFrom('outbox')
      .select('recipient')
      .where('kind', '=', 'event.promoted')
      .execute();
    expect(promotions).toHaveLength(3);
  });
});

describe('attendance in the cycle’s figures', () => {
  it('feeds the dashboard (a contact’s: their own people) and the reports, by organisation', async () => {
    const event = await createEvent({ capacity: null });
    const people = [];
    for (let i = 0; i < 12; i++) {
      const organisationId = i < 6 ? c.organisationA : c.organisationB;
      people.push(
        await signedInParticipant(organisationId, 'mentee', `Attendee ${i}`, `attendee${i}@example.org`),
      );
    }
    for (const p of people) expect((await register(p.cookie, event.id)).status).toBe(200);
    expect((await register(c.cookies.contactA, event.id)).status).toBe(200);
    await moveClockTo(new Date('2027-03-04T17:00:00Z'));
    const list = await registrations(c.cookies.coordinator, event.id);
    // Four of A's six and five of B's six came; A's contact did not.
    const came = new Set([0, 1, 2, 3, 6, 7, 8, 9, 10].map((i) => `attendee${i}@example.org`));
    const marks = list.registrations.map((r) => ({ registrationId: r.id, attended: came.has(r.email) }));
    expect(
      (await callApi(t, c.cookies.coordinator, 'PUT', `/api/v1/events/${event.id}/attendance`, { marks }))
        .status,
    ).toBe(200);

    const dashboard = async (cookie: string) =>
      (await callApi(t, cookie, 'GET', `/api/v1/cycles/${c.cycleId}/dashboard`)).body.events.find(
        (e: { id: string }) => e.id === event.id,
      );
    expect(await dashboard(c.cookies.coordinator)).toMatchObject({
      registered: 13,
      waiting: 0,
      attended: 9,
      unmarked: 0,
    });
    expect(await dashboard(c.cookies.contactA)).toMatchObject({ registered: 7, attended: 4 });
    expect(await dashboard(c.cookies.contactB)).toMatchObject({ registered: 6, attended: 5 });

    const report = (await callApi(t, c.cookies.coordinator, 'GET', `/api/v1/cycles/${c.cycleId}/report`))
      .body;
    const row = report.events.find((e: { eventId: string }) => e.eventId === event.id);
    expect(row.programme).toEqual({ n: 12, value: 9, hidden: null });
    const column = (id: string) =>
      row.organisations[report.organisations.findIndex((o: { id: string }) => o.id === id)];
    expect(column(c.organisationA)).toEqual({ n: 6, value: 4, hidden: null });
    expect(column(c.organisationB)).toEqual({ n: 6, value: 5, hidden: null });
  });
});
