import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { COORDINATOR, ensureDemo, signIn, tandemOfTwoAccounts } from './demo-session.ts';

// The programme around the tandems: a mentee registers for the kick-off on their programme page
// and downloads its calendar file, which an independent parser (ical.js) reads back; once the
// kick-off has begun, the coordinator ticks the mentee as attended on its attendee list.
// Screenshots in test-results/ (events-*.png).

test.describe.configure({ mode: 'serial' });

const ZONE = 'Europe/Berlin';
const MINUTE = 60_000;

/** A wall-clock time in the event's zone, as the event form sends it ("2027-03-04T17:00"). */
function local(instant: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

type EventRow = {
  id: string;
  title: string;
  description: string;
  place: string;
  onlineLink: string;
  audience: string;
  capacity: number | null;
  version: number;
};

test('a mentee registers for the kick-off and downloads its calendar file; the coordinator marks attendance', async ({
  page,
  request,
}) => {
  await ensureDemo(request);
  const tandem = await tandemOfTwoAccounts(request);
  // The request context is the coordinator's now. The demo cycle's kick-off (its default plan's
  // first event) is moved to an hour from now, so registration is open.
  const { events } = await (await request.get(`/api/v1/cycles/${tandem.cycleId}/events`)).json();
  const kickoff = (events as EventRow[])[0]!;
  const move = async (event: EventRow, start: Date, end: Date, deadline: Date) => {
    const response = await request.patch(`/api/v1/events/${event.id}`, {
      data: {
        title: event.title,
        description: event.description,
        place: 'Alpen Automotive, Forum',
        onlineLink: event.onlineLink,
        audience: 'everyone',
        capacity: event.capacity,
        timeZone: ZONE,
        startsAtLocal: local(start),
        endsAtLocal: local(end),
        registrationDeadlineLocal: local(deadline),
        version: event.version,
      },
    });
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as EventRow;
  };
  const now = Date.now();
  const planned = await move(
    kickoff,
    new Date(now + 60 * MINUTE),
    new Date(now + 180 * MINUTE),
    new Date(now + 30 * MINUTE),
  );

  // The mentee registers on their programme page, agreeing to be shown to the other attendees.
  await signIn(page, tandem.mentee.email);
  await page.goto('/my-programme');
  const item = page.locator('.event', { has: page.getByRole('heading', { name: kickoff.title }) });
  await expect(item).toBeVisible();
  await item.getByLabel('Show my name and organisation to the other registered attendees').check();
  await item.getByRole('button', { name: `Register for ${kickoff.title}` }).click();
  await expect(item.getByText('You are registered.')).toBeVisible();
  await page.screenshot({ path: 'test-results/events-registered.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('link', { name: `Calendar file for ${kickoff.title} (.ics)` }).click(),
  ]);
  const path = 'test-results/events-kickoff.ics';
  await download.saveAs(path);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  const vevent = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(vevent.summary).toBe(kickoff.title);
  expect(vevent.location).toContain('Alpen Automotive, Forum');
  expect(Math.abs(vevent.startDate.toJSDate().getTime() - (now + 60 * MINUTE))).toBeLessThan(MINUTE);

  // The kick-off begins: the coordinator moves it to now (a change the mentee's calendar gets).
  const begun = Date.now();
  await move(
    planned,
    new Date(begun - 5 * MINUTE),
    new Date(begun + 120 * MINUTE),
    new Date(begun - 5 * MINUTE),
  );

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, COORDINATOR);
  await page.goto(`/cycles/${tandem.cycleId}/events`);
  await expect(page.getByRole('link', { name: `Attendees of ${kickoff.title}` })).toBeVisible();
  await page.screenshot({ path: 'test-results/events-cycle-tab.png', fullPage: true });
  await page.getByRole('link', { name: `Attendees of ${kickoff.title}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(kickoff.title);
  await page.getByLabel(`Attended: ${tandem.mentee.name}`).check();
  await page.getByRole('button', { name: 'Save attendance' }).click();
  await expect(page.getByText('Attendance saved.')).toBeVisible();
  await page.screenshot({ path: 'test-results/events-attendance.png', fullPage: true });

  const list = await (await request.get(`/api/v1/events/${kickoff.id}/registrations`)).json();
  const mine = list.registrations.find((r: { email: string }) => r.email === tandem.mentee.email);
  expect(mine).toMatchObject({ status: 'registered', attended: true });
});
