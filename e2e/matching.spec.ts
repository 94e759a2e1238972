import { type Browser, expect, test } from '@playwright/test';
import { COORDINATOR, ensureDemo, signIn } from './demo-session.ts';

// From nominations to published tandems: the coordinator configures and runs the matching, pins a
// pair, re-runs, sends the draft to approval; every organisation contact approves their mentees'
// proposals; the coordinator publishes; a mentee sees their mentor.

// The demo's organisation contacts are hr@<domain> (src/server/features/setup/demo-consortium.ts).
const contactDomains = [
  'nordbank.example',
  'rhein-sparkasse.example',
  'alpen-automotive.example',
  'medisan.example',
  'stadtwerke-lindenau.example',
  'pixelhafen.example',
  'gruenfeld-foods.example',
  'kulturstiftung-elbe.example',
  'velox-logistics.example',
  'suedlicht.example',
];

test.describe.configure({ mode: 'serial' });

async function asNewUser(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test('from nominations to published tandems', async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  // Run alone (`npx playwright test e2e/matching.spec.ts`) the installation is empty: load the demo.
  await ensureDemo(request);

  await signIn(page, COORDINATOR);
  await page.goto('/cycles');
  await page
    .getByRole('region', { name: 'Cycles' })
    .getByRole('link', { name: /^Cross-Mentoring \d{4}$/ })
    .click();
  const cycleId = new URL(page.url()).pathname.split('/')[2]!;

  // Questionnaire: keep the defaults, raise the topics weight a little, save.
  await page
    .getByRole('navigation', { name: 'Cycle sections' })
    .getByRole('link', { name: 'Questionnaire' })
    .click();
  await page.getByLabel('Goals and expertise topics', { exact: true }).waitFor();
  await page
    .getByLabel('Goals and expertise topics', { exact: true })
    .fill((await page.getByLabel('Goals and expertise topics', { exact: true }).inputValue()).trim());
  await page.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(page.getByText('Questionnaire saved.')).toBeVisible();

  // Run the matching and watch it finish.
  await page
    .getByRole('navigation', { name: 'Cycle sections' })
    .getByRole('link', { name: 'Matching' })
    .click();
  await page.getByRole('button', { name: 'Run matching' }).click();
  await expect(page.getByText(/Run 1 finished/)).toBeVisible({ timeout: 60_000 });
  const board = page.getByRole('region', { name: 'Proposed tandems' });
  await expect(board.getByRole('article').first()).toBeVisible();

  // Pin the first proposal; the pin survives a re-run.
  const first = board.getByRole('article').first();
  const pairName = (await first.getByRole('heading').textContent())!.replace(/\s+/g, ' ').trim();
  await first.getByRole('button', { name: /^Pin / }).click();
  await expect(page.getByText(/^Pinned .* re-runs keep this pair\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Run matching' }).click();
  await expect(page.getByText(/Run 2 finished/)).toBeVisible({ timeout: 60_000 });
  await page.getByLabel('Show').selectOption('pinned');
  await expect(board.getByRole('article')).toHaveCount(1);
  await expect(board.getByRole('article').first().getByRole('heading')).toHaveText(pairName);
  await page.getByLabel('Show').selectOption('');
  await page.screenshot({ path: 'test-results/board.png', fullPage: true });

  await page.getByRole('button', { name: 'Send to approval' }).click();
  await expect(page.getByText('With the organisations for approval').first()).toBeVisible();

  // Every organisation contact approves the proposals for their own mentees (no scores shown).
  for (const domain of contactDomains) {
    const contact = await asNewUser(browser, `hr@${domain}`);
    await contact.page.goto(`/approval/${cycleId}`);
    await expect(contact.page.getByRole('heading', { level: 1 })).toContainText('Approvals');
    await contact.page
      .getByRole('status')
      .filter({ hasText: /wait for your decision|approved every/ })
      .first()
      .waitFor();
    if (domain === 'nordbank.example') {
      await expect(contact.page.getByText(/score/i)).toHaveCount(0);
      await contact.page.screenshot({ path: 'test-results/approval.png', fullPage: true });
    }
    // One card at a time; "Approve all shown" has its own tests.
    const approve = contact.page.getByRole('button', { name: /^Approve (?!all shown|\d+ proposals?$)/ });
    while ((await approve.count()) > 0) {
      const before = await approve.count();
      await approve.first().click();
      await expect(approve).toHaveCount(before - 1);
    }
    await expect(contact.page.getByText('You approved every proposal. Thank you!')).toBeVisible();
    await contact.context.close();
  }

  // The coordinator publishes what is approved.
  await page.reload();
  await page.getByRole('button', { name: 'Publish approved tandems' }).click();
  await page.getByRole('button', { name: 'Publish and start the tandem year' }).click();
  await expect(
    page.getByText(/^Published \d+ tandems; the tandem year has started\. Every proposal is published\.$/),
  ).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Cycle sections' })
    .getByRole('link', { name: 'Tandems' })
    .click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/tandems.png', fullPage: true });

  // A mentee signs in and sees their mentor.
  const tandems = await (await page.request.get(`/api/v1/tandems?cycleId=${cycleId}`)).json();
  // People imported from CSV have no account yet; take a mentee who can sign in.
  const mentees = await (
    await page.request.get(`/api/v1/participants?cycleId=${cycleId}&role=mentee&limit=1000`)
  ).json();
  const canSignIn = new Set(
    mentees.participants
      .filter((p: { hasAccount: boolean }) => p.hasAccount)
      .map((p: { email: string }) => p.email),
  );
  const tandem = tandems.tandems.find((t: { mentee: { email: string } }) => canSignIn.has(t.mentee.email));
  const mentee = await asNewUser(browser, tandem.mentee.email);
  await expect(mentee.page.getByRole('heading', { name: 'My programme' })).toBeVisible();
  await mentee.page.getByRole('link', { name: /^My tandem/ }).click();
  await expect(mentee.page.getByRole('heading', { name: 'My tandem' })).toBeVisible();
  await expect(mentee.page.getByText(`Your mentor is ${tandem.mentor.name}`)).toBeVisible();
  // A word, not a substring: the time zone list offers America/Scoresbysund.
  await expect(mentee.page.getByText(/\bscores?\b/i)).toHaveCount(0);
  await mentee.page.screenshot({ path: 'test-results/my-tandem.png', fullPage: true });
  await mentee.context.close();
});
