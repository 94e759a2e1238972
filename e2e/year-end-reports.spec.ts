import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { readPdf } from '../test/pdf-text.ts';
import { COORDINATOR, ensureDemo, PASSWORD, signIn, tandemOfTwoAccounts } from './demo-session.ts';

// The cockpit and the members' evidence, after the other journeys' tandems met: the coordinator
// opens the cycle's dashboard and downloads the programme's report; an organisation's contact reads
// their home's figures, downloads their own organisation's report and cannot reach another's. Last,
// the coordinator closes the cycle and a mentee downloads their certificate of participation.
// Screenshots of the dashboard and PNG renderings of each PDF's first pages (pdftoppm) are kept in
// test-results/ (reports-*.png).

/** The demo's first member, by name, and its contact. */
const OWN = { name: 'Alpen Automotive', contact: 'hr@alpen-automotive.example' };
const OTHER = 'Nordbank';

test.describe.configure({ mode: 'serial' });

async function demoCycle(request: APIRequestContext) {
  await ensureDemo(request);
  const signIn = await request.post('/api/v1/auth/sign-in', {
    data: { email: COORDINATOR, password: PASSWORD },
  });
  expect(signIn.ok()).toBe(true);
  const { cycles } = await (await request.get('/api/v1/cycles')).json();
  const cycle = cycles.find((c: { name: string }) => /^Cross-Mentoring \d{4}$/.test(c.name));
  const { organisations } = await (await request.get('/api/v1/organisations')).json();
  await request.post('/api/v1/auth/sign-out');
  const idOf = (name: string) => organisations.find((o: { name: string }) => o.name === name).id as string;
  return { id: cycle.id as string, name: cycle.name as string, own: idOf(OWN.name), other: idOf(OTHER) };
}

async function shoot(page: Page, name: string) {
  await expect(page.locator('main h1')).toBeVisible();
  await expect(page.locator('main .loading')).toHaveCount(0);
  // Wide tables scroll in their own box; the page itself is never wider than the window.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'the page is wider than the window').toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/reports-${name}.png`, fullPage: true });
}

/** Follows a PDF link, keeps the file and PNGs of its first pages, and reads its text back. */
async function downloadPdf(page: Page, link: ReturnType<Page['getByRole']>, name: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = `test-results/reports-${name}.pdf`;
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  execFileSync('node', ['scripts/pdf-to-png.mjs', path, `test-results/reports-${name}`, '2']);
  return readPdf(new Uint8Array(bytes));
}

test('the coordinator opens the dashboard and downloads the programme’s report', async ({
  page,
  request,
}) => {
  const cycle = await demoCycle(request);
  await signIn(page, COORDINATOR);
  await page.goto(`/cycles/${cycle.id}`);
  await page
    .getByRole('navigation', { name: /sections/i })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/cycles/${cycle.id}/dashboard$`));
  // The funnel's table, for screen readers and keyboards, holds the same figures as the chart.
  const funnel = page
    .getByRole('group')
    .filter({ hasText: /Show as table/ })
    .first();
  await funnel.locator('summary').click();
  await expect(funnel.getByRole('table')).toBeVisible();
  await expect(funnel.getByRole('row', { name: /Nominated/ })).toBeVisible();
  await shoot(page, 'dashboard-coordinator');

  await page.getByRole('link', { name: 'Programme report', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(cycle.name);
  await shoot(page, 'programme-report-page');
  const pdf = await downloadPdf(page, page.getByRole('link', { name: /Download PDF/ }), 'programme');
  expect(pdf.text).toContain(cycle.name);
  expect(pdf.text).toContain(OWN.name);
  expect(pdf.text).toContain(OTHER);
  expect(pdf.pages.every((p) => Math.round(p.width) === 595 && Math.round(p.height) === 842)).toBe(true);
});

test('a contact downloads their own organisation’s report and cannot reach another’s', async ({
  page,
  request,
}) => {
  const cycle = await demoCycle(request);
  await signIn(page, OWN.contact);
  await page.goto('/my-organisation');
  await shoot(page, 'contact-home');
  await page.goto(`/cycles/${cycle.id}/dashboard`);
  await shoot(page, 'dashboard-contact');
  await expect(page.getByText(OTHER, { exact: true })).toHaveCount(0);

  await page.goto(`/cycles/${cycle.id}/organisations/${cycle.own}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(OWN.name);
  const pdf = await downloadPdf(page, page.getByRole('link', { name: /Download PDF/ }), 'organisation');
  expect(pdf.text).toContain(OWN.name);
  expect(pdf.text).not.toContain(OTHER);

  // Another organisation's report does not exist for them, in the app and at the API.
  await page.goto(`/cycles/${cycle.id}/organisations/${cycle.other}/report`);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const api = await page.request.get(`/api/v1/cycles/${cycle.id}/organisations/${cycle.other}/report.pdf`);
  expect(api.status()).toBe(404);
});

test('at the close, a mentee downloads their certificate of participation', async ({ page, request }) => {
  await ensureDemo(request);
  const tandem = await tandemOfTwoAccounts(request);
  // The coordinator closes the cycle (the journeys before left it running).
  const closed = await request.post(`/api/v1/cycles/${tandem.cycleId}/status`, {
    data: { status: 'closed' },
  });
  expect(closed.ok()).toBe(true);

  await signIn(page, tandem.mentee.email);
  await page.goto('/my-programme');
  await shoot(page, 'certificate-programme-page');
  const pdf = await downloadPdf(
    page,
    page.getByRole('link', { name: /Download your certificate/ }),
    'certificate',
  );
  expect(pdf.pages).toHaveLength(1);
  expect(pdf.text).toContain(tandem.mentee.name);
  expect(pdf.text).toContain(tandem.cycleName);
  // Nothing of the tandem: not even who the mentor was.
  expect(pdf.text).not.toContain(tandem.mentor.name);
});
