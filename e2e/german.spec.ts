import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

// A participant whose browser asks for German: the pages are German from the sign-in on, the
// header's switch turns them English and back, and the account keeps the choice. Screenshots of
// the German pages at 1280 and 390 px are kept in test-results/ (german-*.png); at both widths no
// page is wider than the window, so long German words do not break the layout.

const PASSWORD = 'mentoring-demo-2027';
const COORDINATOR = 'coordinator@demo.crossmentor.org';

test.use({ locale: 'de-DE' });

/** The address of a demo mentee who has an account (loading the demo consortium if needed). */
async function menteeWithAccount(request: APIRequestContext): Promise<string> {
  const setup = await (await request.get('/api/v1/setup')).json();
  if (setup.needsSetup) expect((await request.post('/api/v1/setup/demo')).ok()).toBe(true);
  const signIn = await request.post('/api/v1/auth/sign-in', {
    data: { email: COORDINATOR, password: PASSWORD },
  });
  expect(signIn.ok()).toBe(true);
  const { cycles } = await (await request.get('/api/v1/cycles')).json();
  const cycle = cycles.find((c: { name: string }) => /^Cross-Mentoring \d{4}$/.test(c.name));
  const { participants } = await (
    await request.get(`/api/v1/participants?cycleId=${cycle.id}&role=mentee&limit=1000`)
  ).json();
  // The last mentee with an account: the other journeys use the first ones.
  const mentee = participants.filter((p: { hasAccount: boolean }) => p.hasAccount).at(-1);
  await request.post('/api/v1/auth/sign-out');
  return mentee.email as string;
}

async function fitsTheWindow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page is wider than the window').toBeLessThanOrEqual(0);
}

async function shoot(page: Page, name: string) {
  // The page and what it loads are there: its heading, and no "Loading …" left.
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0);
  await fitsTheWindow(page);
  await page.screenshot({ path: `test-results/german-${name}.png`, fullPage: true });
}

test('a participant with a German browser reads German pages, switches to English and back', async ({
  page,
  request,
}) => {
  const email = await menteeWithAccount(request);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await shoot(page, '01-sign-in-1280');

  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mein Programm' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');
  await page.waitForLoadState('networkidle');
  await shoot(page, '02-programme-1280');

  await page.getByRole('link', { name: 'Umfragen' }).click();
  await page.waitForLoadState('networkidle');
  await shoot(page, '03-surveys-1280');
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.waitForLoadState('networkidle');
  await shoot(page, '04-settings-1280');

  // A phone: the menu opens behind its button; the switch stays in the bar.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/my-programme');
  await page.waitForLoadState('networkidle');
  await shoot(page, '05-programme-390');
  await expect(page.getByRole('link', { name: 'Umfragen' })).toBeHidden();
  await page.getByRole('button', { name: 'Menü' }).click();
  await expect(page.getByRole('link', { name: 'Umfragen' })).toBeVisible();
  await shoot(page, '06-menu-390');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The open menu stays open, now in English.
  await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: 'My programme' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  // The choice is the account's: a new visit (here, a reload) keeps English despite the browser.
  await page.reload();
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByRole('button', { name: 'Menü' }).click();
  await expect(page.getByRole('link', { name: 'Mein Programm' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/settings');
  await page.waitForLoadState('networkidle');
  await shoot(page, '07-settings-back-in-german-1280');

  // The other journeys read English pages: leave this demo account in English.
  const reset = await page.request.put('/api/v1/me/language', { data: { language: 'en' } });
  expect(reset.ok()).toBe(true);
});

test('the coordinator’s pages in German fit the window at 1280 and 390 px', async ({ page, request }) => {
  await menteeWithAccount(request);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/sign-in');
  await page.getByLabel('E-Mail-Adresse').fill(COORDINATOR);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('link', { name: 'Durchgänge' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Durchgänge' })).toBeVisible();

  const cycleLink = page.getByRole('link', { name: /^Cross-Mentoring \d{4}$/ }).first();
  const cycleUrl = await cycleLink.getAttribute('href');
  const pages = [
    ['cycles', '/cycles'],
    ['cycle', cycleUrl],
    ['matching', `${cycleUrl}/matching`],
    ['dashboard', `${cycleUrl}/dashboard`],
    ['report', `${cycleUrl}/report`],
    ['participants', '/participants'],
    ['outbox', '/outbox'],
  ] as const;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    for (const [name, path] of pages) {
      await page.goto(path!);
      await expect(page.locator('h1')).toBeVisible();
      await page.waitForLoadState('networkidle');
      await shoot(page, `coordinator-${name}-${width}`);
    }
  }
});
