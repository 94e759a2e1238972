import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp, testConfig } from '../../../../test/build-test-app.ts';
import {
  type Consortium,
  createAccount,
  createConsortium,
  createParticipant,
  sessionCookie,
} from '../../../../test/factories.ts';
import { callApi } from '../../../../test/http.ts';
import { readBoth } from '../../../../test/ics-readers.ts';
import { tandemOf } from '../../../../test/route-access/shared.ts';
import { buildApp } from '../../app.ts';
import { calendarOrganizer } from './meetings.service.ts';

let t: TestApp;
let c: Consortium;
/** Mia (A's mentee) and Max (B's mentor) form the tandem; Mona (A's mentor) has a tandem of her own. */
let tandemId: string;
let otherTandemId: string;
let max: { participantId: string; personId: string; cookie: string };

beforeEach(async () => {
  t = await buildTestApp();
  c = await createConsortium(t.db, t.clock.now());
  const mentorB = await createParticipant(t.db, {
    cycleId: c.cycleId,
    organisationId: c.organisationB,
    role: 'mentor',
    name: 'Max Mentor',
    email: 'max@beta.example',
  });
  const account = await createAccount(t.db, {
    email: 'max@beta.example',
    name: 'Max Mentor',
    role: 'participant',
    personId: mentorB.personId,
  });
  max = { ...mentorB, cookie: await sessionCookie(t.db, account, t.clock.now()) };
  // Max reads his mail in German.
  await t.db.updateTable('people').set({ mail_language: 'de' }).where('id', '=', mentorB.personId).execute();
  tandemId = await tandemOf(t, c, c.menteeA.participantId, mentorB.participantId);
  otherTandemId = await tandemOf(t, c, c.menteeB.participantId, c.mentorA.participantId);
});
afterEach(() => t.close());

const call = (cookie: string, method: InjectOptions['method'], url: string, payload?: unknown) =>
  callApi(t, cookie, method, url, payload);

const proposal = {
  startsAtLocal: '2027-03-04T10:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 90,
  place: 'Café Einstein, Unter den Linden',
  videoLink: '',
};

async function propose(cookie = c.cookies.menteeA, body: object = proposal) {
  const response = await call(cookie, 'POST', `/api/v1/tandems/${tandemId}/meetings`, body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string };
}

/** The outbox in the order its messages were written. */
async function outbox() {
  return t.db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'body', 'kind', 'status', 'calendar'])
    .orderBy('write_order')
    .execute();
}

/** The platform's sending address in the test configuration: every calendar entry's organiser. */
const ORGANIZER = 'mailto:mentoring@example.org';

function calendarLine(content: string, name: string) {
  return content
    .replace(/\r\n /g, '')
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
}

describe('proposing and accepting', () => {
  it('the partner accepts, and both receive a calendar invitation at the right local time', async () => {
    const created = await call(c.cookies.menteeA, 'POST', `/api/v1/tandems/${tandemId}/meetings`, proposal);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'proposed',
      startsAt: '2027-03-04T09:00:00.000Z',
      endsAt: '2027-03-04T10:30:00.000Z',
      startsAtLocal: '2027-03-04T10:00',
      proposedByMe: true,
      can: expect.objectContaining({ accept: false }),
    });
    // The partner hears of it (a notice that may wait for a digest), in German.
    const notices = await outbox();
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      recipient: 'max@beta.example',
      kind: 'meeting.proposed',
      calendar: null,
    });
    expect(notices[0]!.subject).toBe('Mia Mentee schlägt ein Treffen vor');
    expect(notices[0]!.body).toContain('Donnerstag, 4. März 2027 um 10:00');

    const own = await call(c.cookies.menteeA, 'POST', `/api/v1/meetings/${created.body.id}/accept`);
    expect(own.status).toBe(409);
    expect(own.body.error.message).toContain('You proposed this time');

    const list = await call(max.cookie, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(list.body.meetings).toHaveLength(1);
    expect(list.body.meetings[0]).toMatchObject({ proposedByMe: false, can: { accept: true } });

    const accepted = await call(max.cookie, 'POST', `/api/v1/meetings/${created.body.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const invitations = (await outbox()).filter((m) => m.kind === 'meeting.invitation');
    expect(invitations.map((m) => m.recipient).sort()).toEqual(['max@beta.example', 'mia@alpha.example']);
    for (const mail of invitations) {
      // Calendar invitations never wait for a digest.
      expect(mail.status).toBe('pending');
      expect(mail.calendar).toMatchObject({ method: 'REQUEST', filename: 'meeting.ics' });
      const ics = mail.calendar!.content;
      expect(calendarLine(ics, 'METHOD')).toBe('METHOD:REQUEST');
      expect(calendarLine(ics, 'DTSTART;TZID=Europe/Berlin')).toBe(
        'DTSTART;TZID=Europe/Berlin:20270304T100000',
      );
      expect(calendarLine(ics, 'DTEND')).toBe('DTEND;TZID=Europe/Berlin:20270304T113000');
      expect(calendarLine(ics, 'SUMMARY')).toBe('SUMMARY:Mentoring: Mia Mentee & Max Mentor');
      expect(calendarLine(ics, 'LOCATION')).toBe('LOCATION:Café Einstein\\, Unter den Linden');
      expect(calendarLine(ics, 'STATUS')).toBe('STATUS:CONFIRMED');
      expect(calendarLine(ics, 'ORGANIZER')).toBe('ORGANIZER;CN="crossmentor":mailto:mentoring@example.org');
      expect(calendarLine(ics, 'UID')).toMatch(/^UID:[0-9a-f-]{36}@crossmentor$/);
    }
    expect(invitations.find((m) => m.recipient === 'max@beta.example')!.subject).toMatch(
      /^Treffen bestätigt: /,
    );
    expect(invitations.find((m) => m.recipient === 'mia@alpha.example')!.subject).toBe(
      'Meeting confirmed: Thursday, 4 March 2027 at 10:00 (UTC+1, Europe/Berlin)',
    );
    const again = await call(max.cookie, 'POST', `/api/v1/meetings/${created.body.id}/accept`);
    expect(again.status).toBe(409);
  });

  it('keeps the calendar UID across another time, acceptance and cancellation, with a growing SEQUENCE', async () => {
    const { id } = await propose();
    await call(max.cookie, 'POST', `/api/v1/meetings/${id}/accept`);
    const moved = await call(max.cookie, 'POST', `/api/v1/meetings/${id}/counter`, {
      ...proposal,
      startsAtLocal: '2027-07-01T17:30',
      place: '',
      videoLink: 'https://meet.example.org/tandem',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      status: 'proposed',
      proposedByMe: true,
      startsAt: '2027-07-01T15:30:00.000Z',
    });
    const mia = await call(c.cookies.menteeA, 'POST', `/api/v1/meetings/${id}/accept`);
    expect(mia.status).toBe(200);
    const cancelled = await call(c.cookies.menteeA, 'POST', `/api/v1/meetings/${id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');

    const calendars = (await outbox()).filter((m) => m.calendar).map((m) => m.calendar!);
    expect(calendars.map((cal) => cal.method)).toEqual([...Array(6).fill('REQUEST'), 'CANCEL', 'CANCEL']);
    const uids = new Set(calendars.map((cal) => calendarLine(cal.content, 'UID')));
    expect(uids.size).toBe(1);
    const sequences = calendars.map((cal) => Number(calendarLine(cal.content, 'SEQUENCE')!.split(':')[1]));
    // Every version a calendar must apply is a new one: accepted, moved, accepted, cancelled.
    expect(sequences).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    // The moved time goes to both calendars at once, marked as not yet confirmed by the partner.
    const movedIcs = calendars[2]!.content;
    expect(calendarLine(movedIcs, 'STATUS')).toBe('STATUS:TENTATIVE');
    expect(calendarLine(movedIcs, 'DTSTART;TZID=Europe/Berlin')).toBe(
      'DTSTART;TZID=Europe/Berlin:20270701T173000',
    );
    expect(calendarLine(movedIcs, 'LOCATION')).toBe('LOCATION:https://meet.example.org/tandem');
    expect(calendarLine(movedIcs, 'ORGANIZER')).toBe(
      'ORGANIZER;CN="crossmentor":mailto:mentoring@example.org',
    );
    expect(movedIcs).toMatch(/ATTENDEE;CN="Mia Mentee";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION/);
    const cancelIcs = calendars[6]!.content;
    expect(calendarLine(cancelIcs, 'METHOD')).toBe('METHOD:CANCEL');
    expect(calendarLine(cancelIcs, 'STATUS')).toBe('STATUS:CANCELLED');
    const cancelMails = (await outbox()).filter((m) => m.calendar?.method === 'CANCEL');
    expect(cancelMails.map((m) => m.recipient).sort()).toEqual(['max@beta.example', 'mia@alpha.example']);
    expect(cancelMails.find((m) => m.recipient === 'max@beta.example')!.subject).toMatch(
      /^Treffen abgesagt: /,
    );
  });

  it('another time before any acceptance is a notice to the partner, and cancelling it sends no calendar', async () => {
    const { id } = await propose();
    const countered = await call(max.cookie, 'POST', `/api/v1/meetings/${id}/counter`, {
      ...proposal,
      startsAtLocal: '2027-03-05T08:00',
    });
    expect(countered.body).toMatchObject({ proposedByMe: true, can: { accept: false } });
    const miaView = await call(c.cookies.menteeA, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(miaView.body.meetings[0]).toMatchObject({
      can: { accept: true },
      startsAtLocal: '2027-03-05T08:00',
    });
    await call(c.cookies.menteeA, 'POST', `/api/v1/meetings/${id}/cancel`);
    const mails = await outbox();
    expect(mails.every((m) => m.calendar === null)).toBe(true);
    expect(mails.map((m) => [m.recipient, m.kind])).toEqual([
      ['max@beta.example', 'meeting.proposed'],
      ['mia@alpha.example', 'meeting.proposed'],
      ['max@beta.example', 'meeting.cancelled'],
    ]);
    expect(mails[1]!.subject).toBe('Max Mentor proposes another time for your meeting');
    const accept = await call(max.cookie, 'POST', `/api/v1/meetings/${id}/accept`);
    expect(accept.status).toBe(409);
    expect(accept.body.error.message).toContain('cancelled');
  });

  it('refuses times that do not exist, unknown zones, links that are not web links, and past proposals', async () => {
    const url = `/api/v1/tandems/${tandemId}/meetings`;
    const cases: [object, string][] = [
      [{ ...proposal, timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ ...proposal, startsAtLocal: '2027-03-28T02:30' }, 'startsAtLocal'],
      [{ ...proposal, startsAtLocal: '2027-02-30T10:00' }, 'startsAtLocal'],
      [{ ...proposal, videoLink: 'javascript:alert(1)' }, 'videoLink'],
      [{ ...proposal, durationMinutes: 10 }, 'durationMinutes'],
      [{ ...proposal, startsAtLocal: '2026-11-01T10:00' }, 'startsAtLocal'],
    ];
    for (const [body, path] of cases) {
      const response = await call(c.cookies.menteeA, 'POST', url, body);
      expect(response.status, path).toBe(400);
      expect(response.body.error.details[0].path).toBe(path);
    }
    expect(await outbox()).toEqual([]);
  });

  it('answers any date, time and zone with a meeting or a 400, never a server error', async () => {
    const url = `/api/v1/tandems/${tandemId}/meetings`;
    const local = fc
      .tuple(
        fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1999, max: 2101 })),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 61 }),
      )
      .map(([y, mo, d, h, mi]) =>
        [String(y).padStart(4, '0'), String(mo).padStart(2, '0'), String(d).padStart(2, '0')]
          .join('-')
          .concat(`T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`),
      );
    const zone = fc.constantFrom(
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
      'Etc/GMT+12',
      'UTC',
      'Not/AZone',
      'EST5EDT',
    );
    await fc.assert(
      fc.asyncProperty(local, zone, fc.boolean(), async (startsAtLocal, timeZone, alreadyHeld) => {
        const response = await call(c.cookies.menteeA, 'POST', url, {
          ...proposal,
          startsAtLocal,
          timeZone,
          alreadyHeld,
        });
        expect([201, 400]).toContain(response.status);
        if (response.status === 201) expect(response.body.startsAtLocal).toBe(startsAtLocal);
      }),
      { numRuns: 40 },
    );
  });

  it('a tandem that has ended keeps its meetings readable but takes no new ones', async () => {
    const { id } = await propose();
    await t.db
      .updateTable('tandems')
      .set({ dissolved_at: t.clock.now() })
      .where('id', '=', tandemId)
      .execute();
    const list = await call(max.cookie, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(list.status).toBe(200);
    expect(list.body.meetings[0]).toMatchObject({ can: { accept: false, cancel: false } });
    expect(
      (await call(c.cookies.menteeA, 'POST', `/api/v1/tandems/${tandemId}/meetings`, proposal)).status,
    ).toBe(409);
    expect((await call(max.cookie, 'POST', `/api/v1/meetings/${id}/accept`)).status).toBe(409);
    expect((await call(max.cookie, 'PUT', `/api/v1/meetings/${id}/private-note`, { body: 'x' })).status).toBe(
      409,
    );
  });
});

describe('calendar versions', () => {
  it('each member gets every version in the order written, with a rising SEQUENCE and one organiser, as two readers see them', async () => {
    const { id } = await propose();
    await call(max.cookie, 'POST', `/api/v1/meetings/${id}/accept`);
    await call(max.cookie, 'POST', `/api/v1/meetings/${id}/counter`, {
      ...proposal,
      startsAtLocal: '2027-03-05T08:00',
    });
    await call(c.cookies.menteeA, 'POST', `/api/v1/meetings/${id}/accept`);
    await call(c.cookies.menteeA, 'POST', `/api/v1/meetings/${id}/cancel`);
    const mails = (await outbox()).filter((m) => m.calendar);
    for (const recipient of ['mia@alpha.example', 'max@beta.example']) {
      const versions = mails.filter((m) => m.recipient === recipient).map((m) => m.calendar!.content);
      // Confirmed, moved (not yet confirmed), confirmed again, cancelled.
      expect(versions).toHaveLength(4);
      for (const reader of ['ical.js', 'node-ical']) {
        const seen = versions.map((ics) => readBoth(ics).find((r) => r.reader === reader)!);
        expect(
          seen.map((v) => [v.method, v.status]),
          reader,
        ).toEqual([
          ['REQUEST', 'CONFIRMED'],
          ['REQUEST', 'TENTATIVE'],
          ['REQUEST', 'CONFIRMED'],
          ['CANCEL', 'CANCELLED'],
        ]);
        // A client applies a version only over a lower SEQUENCE: the acceptance must not tie with
        // the move before it.
        const sequences = seen.map((v) => v.sequence);
        for (let i = 1; i < sequences.length; i++)
          expect(sequences[i]!, reader).toBeGreaterThan(sequences[i - 1]!);
        expect(new Set(seen.map((v) => v.uid)).size, reader).toBe(1);
        // One organiser for the meeting's life, never the recipient: both members attend.
        expect(new Set(seen.map((v) => v.organizer)), reader).toEqual(new Set([ORGANIZER]));
        for (const v of seen) {
          expect(v.attendees.sort(), reader).toEqual(['mailto:max@beta.example', 'mailto:mia@alpha.example']);
        }
      }
    }
    expect(mails.some((m) => `mailto:${m.recipient}` === ORGANIZER)).toBe(false);
  });

  it('a time the clocks show twice is one instant in the files every reader reads, and in the mails with its offset', async () => {
    // 02:30 on 4 April 2027 happens twice in Sydney: first at UTC+11, an hour later at UTC+10.
    const { id } = await propose(c.cookies.menteeA, {
      ...proposal,
      startsAtLocal: '2027-04-04T02:30',
      timeZone: 'Australia/Sydney',
      durationMinutes: 60,
    });
    const [notice] = await outbox();
    expect(notice!.body).toContain('Sonntag, 4. April 2027 um 02:30 Uhr (UTC+11, Australia/Sydney)');
    await call(max.cookie, 'POST', `/api/v1/meetings/${id}/accept`);
    const invitations = (await outbox()).filter((m) => m.calendar);
    expect(invitations.find((m) => m.recipient === 'mia@alpha.example')!.subject).toBe(
      'Meeting confirmed: Sunday, 4 April 2027 at 02:30 (UTC+11, Australia/Sydney)',
    );
    for (const mail of invitations) {
      for (const seen of readBoth(mail.calendar!.content)) {
        expect(seen.start.toISOString(), seen.reader).toBe('2027-04-03T15:30:00.000Z');
        expect(seen.end.toISOString(), seen.reader).toBe('2027-04-03T16:30:00.000Z');
      }
    }
  });

  it('whoever cancels reads that they did, in their language; the partner reads who did', async () => {
    const first = await propose();
    await call(max.cookie, 'POST', `/api/v1/meetings/${first.id}/accept`);
    await call(c.cookies.menteeA, 'POST', `/api/v1/meetings/${first.id}/cancel`);
    const second = await propose();
    await call(max.cookie, 'POST', `/api/v1/meetings/${second.id}/accept`);
    await call(max.cookie, 'POST', `/api/v1/meetings/${second.id}/cancel`);
    const cancelled = (await outbox()).filter((m) => m.kind === 'meeting.cancelled');
    const body = (recipient: string, index: number) =>
      cancelled.filter((m) => m.recipient === recipient)[index]!.body;
    // Mia cancelled the first (she reads English), Max the second (he reads German).
    expect(body('mia@alpha.example', 0)).toMatch(/^Hello Mia Mentee,\n\nYou cancelled the meeting on /);
    expect(body('mia@alpha.example', 0)).not.toContain('Mia Mentee has cancelled');
    expect(body('max@beta.example', 0)).toContain('Mia Mentee hat das Treffen am ');
    expect(body('max@beta.example', 1)).toMatch(
      /^Guten Tag Max Mentor,\n\nSie haben das Treffen am .* abgesagt\./,
    );
    expect(body('max@beta.example', 1)).not.toContain('Max Mentor hat');
    expect(body('mia@alpha.example', 1)).toContain('Max Mentor has cancelled the meeting on ');
  });

  it('sends no invitation to the organiser, were the platform’s address a member’s own', async () => {
    const app = await buildApp({
      db: t.db,
      config: { ...testConfig, mailFrom: 'Mia Mentee <MIA@alpha.example>' },
      clock: t.clock.now,
      logger: false,
    });
    try {
      const { id } = await propose();
      const accepted = await app.inject({
        method: 'POST',
        url: `/api/v1/meetings/${id}/accept`,
        headers: { cookie: max.cookie },
      });
      expect(accepted.statusCode).toBe(200);
      const invitations = (await outbox()).filter((m) => m.calendar);
      expect(invitations.map((m) => m.recipient)).toEqual(['max@beta.example']);
      expect(readBoth(invitations[0]!.calendar!.content).map((r) => r.organizer)).toEqual([
        'mailto:MIA@alpha.example',
        'mailto:MIA@alpha.example',
      ]);
    } finally {
      await app.close();
    }
  });

  it('the organiser is the platform’s sending address, or an address at the site without one', () => {
    const origin = 'https://mentoring.example.org';
    expect(calendarOrganizer('crossmentor <mentoring@example.org>', origin)).toEqual({
      name: 'crossmentor',
      email: 'mentoring@example.org',
    });
    expect(calendarOrganizer('"Mentoring, Alpha" <m@alpha.example>', origin)).toEqual({
      name: 'Mentoring, Alpha',
      email: 'm@alpha.example',
    });
    expect(calendarOrganizer('m@alpha.example', origin)).toEqual({
      name: 'crossmentor',
      email: 'm@alpha.example',
    });
    expect(calendarOrganizer(null, origin)).toEqual({
      name: 'crossmentor',
      email: 'noreply@mentoring.example.org',
    });
  });
});

describe('held meetings and notes', () => {
  it('is logged as held only once it has started, with shared notes both members read', async () => {
    // A quarter of an hour from the test clock's 10:00 UTC (11:00 in Berlin).
    const { id } = await propose(c.cookies.menteeA, { ...proposal, startsAtLocal: '2026-11-27T11:15' });
    await call(max.cookie, 'POST', `/api/v1/meetings/${id}/accept`);
    const early = await call(max.cookie, 'POST', `/api/v1/meetings/${id}/held`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('not started yet');
    t.clock.advance(20 * 60_000);
    const list = await call(max.cookie, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(list.body.meetings[0]).toMatchObject({ can: { logHeld: true, accept: false } });
    const held = await call(max.cookie, 'POST', `/api/v1/meetings/${id}/held`, {
      sharedNotes: 'We talked about **budgets**.\n- next: a plan',
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: 'held', heldAt: t.clock.now().toISOString() });
    const miaView = await call(c.cookies.menteeA, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(miaView.body.meetings[0]).toMatchObject({
      sharedNotes: 'We talked about **budgets**.\n- next: a plan',
      sharedNotesByName: 'Max Mentor',
    });
    const edited = await call(c.cookies.menteeA, 'PUT', `/api/v1/meetings/${id}/shared-notes`, {
      sharedNotes: 'Budgets, and a plan for March.',
    });
    expect(edited.body).toMatchObject({
      sharedNotes: 'Budgets, and a plan for March.',
      sharedNotesByName: 'Mia Mentee',
    });
    expect((await call(max.cookie, 'POST', `/api/v1/meetings/${id}/held`, {})).status).toBe(409);
    expect((await call(max.cookie, 'POST', `/api/v1/meetings/${id}/cancel`)).status).toBe(409);
    expect((await call(max.cookie, 'POST', `/api/v1/meetings/${id}/counter`, proposal)).status).toBe(409);
  });

  it('a meeting that already took place is logged directly as held, never in the future', async () => {
    const url = `/api/v1/tandems/${tandemId}/meetings`;
    const past = {
      ...proposal,
      startsAtLocal: '2026-11-20T18:00',
      alreadyHeld: true,
      sharedNotes: 'First chat.',
    };
    const logged = await call(c.cookies.menteeA, 'POST', url, past);
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      status: 'held',
      sharedNotes: 'First chat.',
      can: { logHeld: false },
    });
    const future = await call(c.cookies.menteeA, 'POST', url, { ...past, startsAtLocal: '2027-01-10T18:00' });
    expect(future.status).toBe(400);
    // Logging what happened is no news to the partner.
    expect(await outbox()).toEqual([]);
  });

  it('offers the meeting as a calendar file to its members', async () => {
    const { id } = await propose();
    const response = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${id}/calendar.ics`,
      headers: { cookie: max.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="meeting.ics"');
    expect(calendarLine(response.body, 'METHOD')).toBe('METHOD:PUBLISH');
    expect(calendarLine(response.body, 'STATUS')).toBe('STATUS:TENTATIVE');
    expect(response.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n');
    // An entry to import, not an invitation: the platform organises it, nobody is asked to answer.
    expect(calendarLine(response.body, 'ATTENDEE')).toBeUndefined();
    for (const seen of readBoth(response.body)) {
      expect(seen, seen.reader).toMatchObject({ method: 'PUBLISH', organizer: ORGANIZER, attendees: [] });
    }
    // Once accepted, the file downloaded again replaces the tentative one in the calendar.
    await call(max.cookie, 'POST', `/api/v1/meetings/${id}/accept`);
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${id}/calendar.ics`,
      headers: { cookie: max.cookie },
    });
    expect(calendarLine(after.body, 'STATUS')).toBe('STATUS:CONFIRMED');
    for (const [before, then] of readBoth(response.body).map(
      (r, i) => [r, readBoth(after.body)[i]!] as const,
    )) {
      expect(then.sequence, then.reader).toBeGreaterThan(before.sequence);
    }
  });
});

describe('private notes', () => {
  const secret = 'I think my mentor is burnt out. Do not share.';

  it('are read by their author alone: not the partner, the coordinator, the contacts or other tandems', async () => {
    const { id } = await propose();
    const saved = await call(c.cookies.menteeA, 'PUT', `/api/v1/meetings/${id}/private-note`, {
      body: secret,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.myPrivateNote).toBe(secret);
    const own = await call(c.cookies.menteeA, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(own.body.meetings[0].myPrivateNote).toBe(secret);

    // The partner sees the meeting, never the note, and writes a note of their own beside it.
    const partner = await call(max.cookie, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(partner.body.meetings[0].myPrivateNote).toBeNull();
    expect(JSON.stringify(partner.body)).not.toContain('burnt out');
    const maxNote = await call(max.cookie, 'PUT', `/api/v1/meetings/${id}/private-note`, {
      body: 'Max’s own',
    });
    expect(maxNote.body.myPrivateNote).toBe('Max’s own');
    expect(
      (await call(c.cookies.menteeA, 'GET', `/api/v1/tandems/${tandemId}/meetings`)).body.meetings[0]
        .myPrivateNote,
    ).toBe(secret);
    const rows = await t.db.selectFrom('meeting_private_notes').select(['author_id', 'body']).execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.author_id === c.menteeA.participantId)!.body).toBe(secret);

    // Everyone outside the tandem meets 404 on every meeting route, with the real ids.
    for (const cookie of [c.cookies.coordinator, c.cookies.contactA, c.cookies.contactB, c.cookies.mentorA]) {
      const attempts = [
        await call(cookie, 'GET', `/api/v1/tandems/${tandemId}/meetings`),
        await call(cookie, 'PUT', `/api/v1/meetings/${id}/private-note`, { body: 'overwrite' }),
        await call(cookie, 'PUT', `/api/v1/meetings/${id}/shared-notes`, { sharedNotes: 'overwrite' }),
        await call(cookie, 'POST', `/api/v1/meetings/${id}/cancel`),
        await call(cookie, 'POST', `/api/v1/meetings/${id}/accept`),
        await t.app
          .inject({ method: 'GET', url: `/api/v1/meetings/${id}/calendar.ics`, headers: { cookie } })
          .then((r) => ({
            status: r.statusCode,
            body: r.json(),
          })),
      ];
      for (const attempt of attempts) {
        expect(attempt.status).toBe(404);
        expect(JSON.stringify(attempt.body)).not.toContain('burnt out');
      }
    }
    // A member of another tandem reaching in through their own tandem's id sees only their own meetings.
    const other = await call(c.cookies.mentorA, 'GET', `/api/v1/tandems/${otherTandemId}/meetings`);
    expect(other.body.meetings).toEqual([]);
    // Guessed ids answer the same 404.
    expect(
      (await call(max.cookie, 'PUT', `/api/v1/meetings/${randomUUID()}/private-note`, { body: 'x' })).status,
    ).toBe(404);
    expect(
      (await call(c.cookies.coordinator, 'GET', `/api/v1/tandems/${randomUUID()}/meetings`)).status,
    ).toBe(404);

    // Nothing outside changed the notes, and the tandem views staff read carry none of it.
    const after = await t.db.selectFrom('meeting_private_notes').select(['author_id', 'body']).execute();
    expect(after).toEqual(rows);
    expect(
      (await t.db.selectFrom('meetings').select('shared_notes').executeTakeFirstOrThrow()).shared_notes,
    ).toBe('');
    for (const cookie of [c.cookies.coordinator, c.cookies.contactA, c.cookies.contactB]) {
      const tandem = await call(cookie, 'GET', `/api/v1/tandems/${tandemId}`);
      expect(JSON.stringify(tandem.body)).not.toContain('burnt out');
    }
    // The partner's calendar file carries none of it either.
    const ics = await t.app.inject({
      method: 'GET',
      url: `/api/v1/meetings/${id}/calendar.ics`,
      headers: { cookie: max.cookie },
    });
    // Unfolded first: a folded line could split the words across two lines.
    expect(ics.body.replace(/\r\n[ \t]/g, '')).not.toContain('burnt out');
  });

  it('an empty note removes it', async () => {
    const { id } = await propose();
    await call(c.cookies.menteeA, 'PUT', `/api/v1/meetings/${id}/private-note`, { body: secret });
    const cleared = await call(c.cookies.menteeA, 'PUT', `/api/v1/meetings/${id}/private-note`, {
      body: '  ',
    });
    expect(cleared.body.myPrivateNote).toBeNull();
    expect(await t.db.selectFrom('meeting_private_notes').selectAll().execute()).toEqual([]);
  });

  it('a NUL character pasted into a note answers 400 and leaves the notes as they were', async () => {
    const { id } = await propose();
    await call(c.cookies.menteeA, 'PUT', `/api/v1/meetings/${id}/private-note`, { body: secret });
    const privateNote = await call(c.cookies.menteeA, 'PUT', `/api/v1/meetings/${id}/private-note`, {
      body: 'pasted\u0000text',
    });
    expect(privateNote.status).toBe(400);
    expect(privateNote.body.error.code).toBe('bad_request');
    const shared = await call(max.cookie, 'PUT', `/api/v1/meetings/${id}/shared-notes`, {
      sharedNotes: 'pasted\u0000text',
    });
    expect(shared.status).toBe(400);
    const own = await call(c.cookies.menteeA, 'GET', `/api/v1/tandems/${tandemId}/meetings`);
    expect(own.body.meetings[0]).toMatchObject({ myPrivateNote: secret, sharedNotes: '' });
  });
});
