import { type Browser, expect, type Page, test } from '@playwright/test';
import { signIn, tandemOfTwoAccounts } from './demo-session.ts';

// The tandem's year in the browser: the mentor proposes a meeting, the mentee accepts and both see
// it; the mentor logs shared notes and a private note, which the mentee never sees; the mentee
// updates a goal and the mentor sees the change.

test.describe.configure({ mode: 'serial' });

async function asNewUser(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

const isoDate = (daysFromToday: number) =>
  new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

test('a tandem meets, keeps notes and tracks a goal', async ({ browser, request }) => {
  test.setTimeout(150_000);
  const tandem = await tandemOfTwoAccounts(request);
  const mentor = await asNewUser(browser, tandem.mentor.email);
  const mentee = await asNewUser(browser, tandem.mentee.email);
  await mentor.page.goto(`/tandems/${tandem.id}`);
  await mentee.page.goto(`/tandems/${tandem.id}`);
  await expect(mentor.page.getByRole('heading', { name: 'My tandem' })).toBeVisible();
  await expect(mentee.page.getByRole('heading', { name: 'My tandem' })).toBeVisible();
  const meetingsOf = (page: Page) => page.getByRole('region', { name: 'Meetings' });
  const meetingAt = (page: Page, place: string) =>
    meetingsOf(page).getByRole('listitem').filter({ hasText: place });

  // The mentor proposes a meeting next week.
  const place = `Café Lindenau ${Date.now()}`;
  await meetingsOf(mentor.page).getByLabel('Date', { exact: true }).fill(isoDate(7));
  await meetingsOf(mentor.page).getByLabel('Time', { exact: true }).fill('10:00');
  await meetingsOf(mentor.page).getByLabel('Duration (minutes)').fill('60');
  await meetingsOf(mentor.page).getByLabel('Place or video link').fill(place);
  await meetingsOf(mentor.page).getByRole('button', { name: 'Propose meeting' }).click();
  await expect(
    meetingAt(mentor.page, place).getByText('Proposed by you, waiting for your partner'),
  ).toBeVisible();

  // The mentee accepts; both see the accepted meeting.
  await mentee.page.reload();
  await expect(meetingAt(mentee.page, place).getByText('Proposed to you')).toBeVisible();
  await meetingAt(mentee.page, place).getByRole('button', { name: 'Accept' }).click();
  await expect(meetingAt(mentee.page, place).getByText('Accepted')).toBeVisible();
  await mentor.page.reload();
  await expect(meetingAt(mentor.page, place).getByText('Accepted')).toBeVisible();

  // The mentor logs last week's kick-off as held, with shared notes and a private note.
  const kickOff = `Kick-off ${Date.now()}`;
  const privateNote = 'Seems unsure about applying for the promotion; ask again next time.';
  await meetingsOf(mentor.page).getByLabel('This meeting has already taken place').check();
  await meetingsOf(mentor.page).getByLabel('Date', { exact: true }).fill(isoDate(-5));
  await meetingsOf(mentor.page).getByLabel('Time', { exact: true }).fill('09:00');
  await meetingsOf(mentor.page).getByLabel('Place or video link').fill(kickOff);
  await meetingsOf(mentor.page).getByRole('button', { name: 'Log as held' }).click();
  const held = meetingAt(mentor.page, kickOff);
  await expect(held.getByText('Held', { exact: true })).toBeVisible();
  await held.getByLabel('Shared notes').fill('We agreed to work on **negotiation** first.');
  await held.getByLabel('Private note').fill(privateNote);
  await held.getByRole('button', { name: 'Save notes' }).click();
  await expect(held.getByText('Notes saved.')).toBeVisible();
  await expect(held.getByRole('paragraph').filter({ hasText: privateNote })).toBeVisible();
  await mentor.page.screenshot({ path: 'test-results/tandem-mentor.png', fullPage: true });

  // The mentee sees the shared notes (Markdown rendered) and never the private note.
  await mentee.page.reload();
  const heldForMentee = meetingAt(mentee.page, kickOff);
  await expect(heldForMentee.locator('strong', { hasText: 'negotiation' })).toBeVisible();
  await expect(mentee.page.getByText(privateNote)).toHaveCount(0);
  const menteeApi = await (await mentee.page.request.get(`/api/v1/tandems/${tandem.id}/meetings`)).text();
  expect(menteeApi).toContain('negotiation');
  expect(menteeApi).not.toContain(privateNote);

  // The mentee writes the first goal into the agreement, then updates its progress.
  const goal = 'Negotiate my next salary';
  const agreement = mentee.page.getByRole('region', { name: 'Our agreement' });
  await agreement.getByLabel('Goal 1', { exact: true }).fill(goal);
  await agreement.getByLabel('Success measure of goal 1').fill('A raise agreed by June');
  await agreement.getByRole('button', { name: 'Save the agreement' }).click();
  await expect(agreement.getByText('Saved. Now both of you sign it.')).toBeVisible();
  const goals = mentee.page.getByRole('region', { name: 'Our goals' });
  await goals.getByLabel(`Progress of ${goal}`).selectOption({ label: 'On track' });
  await goals.getByLabel(`Comment on ${goal}`).fill('First talk with my manager is booked');
  await goals.getByRole('button', { name: 'Save progress' }).click();
  await expect(goals.getByText('Progress saved.')).toBeVisible();
  await mentee.page.screenshot({ path: 'test-results/tandem-mentee.png', fullPage: true });

  // The mentor sees the change in the goals' timeline.
  await mentor.page.reload();
  const mentorGoals = mentor.page.getByRole('region', { name: 'Our goals' });
  await expect(mentorGoals.getByText('First talk with my manager is booked').first()).toBeVisible();
  await expect(mentorGoals.getByLabel(`Progress of ${goal}`)).toHaveValue('on_track');

  await mentor.context.close();
  await mentee.context.close();
});
