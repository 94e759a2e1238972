import {
  type APIRequestContext,
  type Browser,
  expect,
  type Locator,
  type Page,
  test,
} from '@playwright/test';

// A coordinator's year from an empty installation, guided by the setup checklist: organisations,
// a cycle, contacts invited by mail, participants imported, matching, every contact approving all
// their proposals at once, publication (the tandem year starts), a dissolved tandem re-matched to
// one of the alternatives (never the old mentor), and a forgotten password set anew through the
// mailed link. Mail goes over SMTP to a catcher (e2e/mail-catcher.ts) and is read back from there.

const basePort = Number(process.env.E2E_PORT ?? 3999);
const catcher = `http://127.0.0.1:${basePort - 2}`;
const PASSWORD = 'a long year of tandems';
const COORDINATOR = { name: 'Clara Brandt', email: 'clara.brandt@consortium.test' };
const CONTACTS = [
  { organisation: 'Nordwind Bank', name: 'Hanna Wolf', email: 'hanna.wolf@nordwind.test' },
  { organisation: 'Hafen Logistik', name: 'Malte Reich', email: 'malte.reich@hafenlogistik.test' },
  { organisation: 'Stadtwerke Lindenau', name: 'Doris Albers', email: 'doris.albers@lindenau.test' },
];
const CYCLE = 'Cross-Mentoring 2027';

test.describe.configure({ mode: 'serial' });

type CaughtMail = { to: string[]; subject: string; text: string };

/** The newest mail to an address whose subject matches, waiting for the app's outbox to send it. */
async function mailTo(request: APIRequestContext, address: string, subject: RegExp): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(`${catcher}/messages`)).json()) as CaughtMail[];
        found = mails.filter((m) => m.to.includes(address) && subject.test(m.subject)).at(-1);
        return Boolean(found);
      },
      { timeout: 45_000, intervals: [500, 1000, 2000] },
    )
    .toBe(true);
  return found!;
}

/** The link into this installation that a mail carries. */
function linkIn(mail: CaughtMail, baseURL: string): string {
  const link = mail.text.match(new RegExp(`${baseURL.replaceAll('.', '\\.')}/\\S+`))?.[0];
  expect(link, `a link in “${mail.subject}”`).toBeTruthy();
  return link!;
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

async function inNewContext(browser: Browser) {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

const cycleSection = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Cycle sections' }).getByRole('link', { name, exact: true });

const nextStep = (page: Page) => page.locator('.checklist__next');

/** On how many lines a word inside the element is laid out: more than one means it was broken. */
function linesOfWord(element: Locator, word: string) {
  return element.evaluate((el, w) => {
    const text = el.firstChild?.nodeType === Node.TEXT_NODE ? el.firstChild : null;
    const at = text?.textContent?.indexOf(w) ?? -1;
    if (!text || at < 0) return 0;
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + w.length);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  }, word);
}

/** Table cells whose content is cut off: wider than the cell shows. */
function clippedCells(table: Locator) {
  return table.evaluate((t) =>
    [...t.querySelectorAll('td')]
      .filter((td) => td.scrollWidth > td.clientWidth + 1)
      .map((td) => td.textContent),
  );
}

let cycleId = '';

test('a new coordinator sets up the consortium and the cycle by the checklist', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  // An empty installation opens the setup, whatever the address.
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await page.getByLabel('Your name').fill(COORDINATOR.name);
  await page.getByLabel('Email').fill(COORDINATOR.email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create coordinator account' }).click();

  // The setup checklist leads: organisations first, the later steps named.
  const setup = page.getByRole('region', { name: 'Set up your programme' });
  await expect(setup).toBeVisible();
  await expect(setup.getByRole('list', { name: 'Steps of setting up' })).toContainText('Organisations');
  await expect(setup.getByRole('list', { name: 'Steps of setting up' })).toContainText('Matching rules');
  await page.screenshot({ path: 'test-results/year-01-setup-checklist.png', fullPage: true });

  for (const [i, { organisation }] of CONTACTS.entries()) {
    if (i < 2) {
      await setup
        .getByRole('link', {
          name: i === 0 ? 'Add the organisations of your consortium' : 'Add another organisation',
        })
        .click();
    } else {
      await page.goto('/organisations/new');
    }
    await page.getByLabel('Name', { exact: true }).fill(organisation);
    await page.getByRole('button', { name: 'Add organisation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: organisation })).toBeVisible();
    await page.getByRole('link', { name: 'Cycles', exact: true }).first().click();
  }

  // With organisations in place the checklist asks for the cycle.
  await expect(setup.getByText('3 organisations added')).toBeVisible();
  await setup.getByRole('link', { name: 'Create the first cycle' }).click();
  await page.getByLabel('Name').fill(CYCLE);
  await page.getByLabel('Start date').fill('2027-01-15');
  await page.getByLabel('End date').fill('2027-12-15');
  await page.getByRole('button', { name: 'Create cycle' }).click();
  await expect(page.getByRole('heading', { level: 1, name: CYCLE })).toBeVisible();
  cycleId = new URL(page.url()).pathname.split('/')[2]!;

  // The cycle's checklist takes over and counts from the data.
  const checklist = page.getByRole('region', { name: 'Next steps' });
  for (const { organisation } of CONTACTS) {
    await page.getByRole('button', { name: `Add ${organisation} to cycle` }).click();
    await expect(page.getByRole('button', { name: `Remove ${organisation} from cycle` })).toBeVisible();
  }
  await expect(checklist.getByRole('list', { name: 'Steps of the cycle' })).toContainText(
    '0 of 3 organisations with a contact',
  );
  await expect(nextStep(page)).toContainText('Invite a contact for 3 organisations');
  await page.screenshot({ path: 'test-results/year-02-cycle-checklist.png', fullPage: true });

  // Contacts: invited from the invitations page; each accepts through the mailed link.
  await nextStep(page).getByRole('link', { name: 'Invite a contact for 3 organisations' }).click();
  const inviteForm = page.getByRole('form', { name: 'Invite an organisation contact' });
  for (const contact of CONTACTS) {
    await inviteForm.getByLabel('Organisation').selectOption({ label: contact.organisation });
    await inviteForm.getByLabel('Contact name').fill(contact.name);
    await inviteForm.getByLabel('Contact email').fill(contact.email);
    await inviteForm.getByRole('button', { name: 'Invite contact' }).click();
    await expect(page.getByText(contact.email).first()).toBeVisible();
  }
  for (const contact of CONTACTS) {
    const invitation = await mailTo(request, contact.email, /invit|einlad/i);
    const { context, page: contactPage } = await inNewContext(browser);
    await contactPage.goto(linkIn(invitation, baseURL!));
    await contactPage.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await contactPage.getByLabel('Repeat password').fill(PASSWORD);
    await contactPage.getByRole('button', { name: 'Accept invitation' }).click();
    await expect(contactPage.getByRole('heading', { level: 1, name: contact.organisation })).toBeVisible();
    // The contact's home says what waits for them: nothing yet.
    await expect(contactPage.getByText('Nothing waits for your approval right now.')).toBeVisible();
    await context.close();
  }

  // Nominations open: the checklist says why before the phase moves.
  await page.goto(`/cycles/${cycleId}`);
  await expect(nextStep(page)).toContainText(
    'participants are reminded to finish their profiles once it is open',
  );
  await page.getByRole('button', { name: 'Move to open for nominations' }).click();
  await expect(nextStep(page)).toContainText('Nominate or import mentees');

  // Participants: the consortium's CSV, imported into the cycle.
  await page.goto('/participants/import');
  await page.getByLabel('Cycle').selectOption({ label: CYCLE });
  await page.getByLabel('CSV file').setInputFiles('e2e/fixtures/coordinator-year.csv');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Created 18 participants')).toBeVisible();
  await page.screenshot({ path: 'test-results/year-03-import.png', fullPage: true });

  // Imported profiles that answer the questionnaire count as finished; the questionnaire and the
  // rules are reviewed next.
  await page.goto(`/cycles/${cycleId}`);
  const steps = checklist.getByRole('list', { name: 'Steps of the cycle' });
  await expect(steps).toContainText('6 mentees and 12 mentors nominated');
  await expect(steps).toContainText('18 of 18 profiles finished');
  await expect(nextStep(page)).toContainText('Review the questionnaire');
  await nextStep(page).getByRole('link', { name: 'Review the questionnaire' }).click();
  await page.getByRole('button', { name: 'Save questionnaire' }).click();
  await expect(page.getByText('Questionnaire saved.')).toBeVisible();
  await page.goto(`/cycles/${cycleId}`);
  await expect(nextStep(page)).toContainText('Review the matching rules');
  await nextStep(page).getByRole('link', { name: 'Review the matching rules' }).click();
  await page.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText(/^Rules saved\./)).toBeVisible();
  await page.goto(`/cycles/${cycleId}`);
  await expect(nextStep(page)).toContainText('Run the matching');
});

test('matching, approval of all shown proposals at once, and publication start the tandem year', async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  await signIn(page, COORDINATOR.email);
  await page.goto(`/cycles/${cycleId}`);
  await nextStep(page).getByRole('link', { name: 'Run the matching' }).click();
  await page.getByRole('button', { name: 'Run matching' }).click();
  await expect(page.getByText(/Run 1 finished/)).toBeVisible({ timeout: 60_000 });
  const board = page.getByRole('region', { name: 'Proposed tandems' });
  await expect(board.getByRole('article')).toHaveCount(6);
  // At 1280 px the runs table keeps the engine's name whole.
  expect(await linesOfWord(page.locator('td[data-label="Engine"]').first(), 'crossmentor')).toBe(1);
  await page.screenshot({ path: 'test-results/year-04-board.png', fullPage: true });
  await page.getByRole('button', { name: 'Send to approval' }).click();
  await expect(page.getByText('With the organisations for approval').first()).toBeVisible();
  await expect(page.getByText(/The cycle is now in its matching phase/)).toBeVisible();

  // The checklist counts the organisations still to approve and reminds them by mail.
  await cycleSection(page, 'Overview').click();
  await expect(nextStep(page)).toContainText('3 organisations have not approved — remind them');
  await page.getByRole('button', { name: 'Remind 3 organisations that have not approved' }).click();
  await expect(page.getByText(/^Reminded 3 organisations/)).toBeVisible();
  await mailTo(request, CONTACTS[0]!.email, /approv|freigabe|genehmig/i);

  // Each contact finds the proposals on their home page and approves them all at once.
  for (const contact of CONTACTS) {
    const { context, page: contactPage } = await inNewContext(browser);
    await signIn(contactPage, contact.email);
    const waiting = contactPage.getByRole('region', { name: 'Waiting for you' });
    await expect(waiting).toContainText(`2 proposals wait for your approval in ${CYCLE}`);
    await waiting.getByRole('link', { name: 'Review the proposals' }).click();
    await contactPage.getByRole('button', { name: 'Approve all shown (2)' }).click();
    if (contact === CONTACTS[0]) {
      await contactPage.screenshot({ path: 'test-results/year-05-approve-all.png', fullPage: true });
    }
    await contactPage.getByRole('button', { name: 'Approve 2 proposals' }).click();
    await expect(contactPage.getByText('You approved every proposal. Thank you!')).toBeVisible();
    // The approvals hub names the cycle, then its links: no colon stranded by the layout.
    await contactPage
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Approvals' })
      .click();
    const hubItem = contactPage.getByRole('listitem').filter({ hasText: CYCLE });
    await expect(hubItem.getByRole('link', { name: 'Approve proposals' })).toBeVisible();
    expect(await hubItem.textContent()).not.toMatch(/2027\s*:/);
    await context.close();
  }

  // Publication starts the tandem year, and the confirmation says so before it happens.
  await page.reload();
  await expect(nextStep(page)).toContainText('Publish 6 approved tandems');
  await nextStep(page).getByRole('link', { name: 'Publish 6 approved tandems' }).click();
  await page.getByRole('button', { name: 'Publish approved tandems' }).click();
  await page.screenshot({ path: 'test-results/year-06-publish-confirmation.png', fullPage: true });
  await page.getByRole('button', { name: 'Publish and start the tandem year' }).click();
  await expect(
    page.getByText(/^Published 6 tandems; the tandem year has started\. Every proposal is published\.$/),
  ).toBeVisible();
  await cycleSection(page, 'Overview').click();
  await expect(page.getByText('Running', { exact: true }).first()).toBeVisible();
  await expect(nextStep(page)).toContainText('6 agreements unsigned');

  // The tandems' health table fits at 1280 px: no cell is cut off.
  await cycleSection(page, 'Tandems').click();
  const health = page.getByRole('table').first();
  await expect(health.getByRole('row')).toHaveCount(7);
  expect(await clippedCells(health)).toEqual([]);
  await page.screenshot({ path: 'test-results/year-07-tandems.png', fullPage: true });
});

test('a dissolved tandem is re-matched with one of the alternatives, never the old mentor', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, COORDINATOR.email);
  await page.goto(`/cycles/${cycleId}`);
  await cycleSection(page, 'Tandems').click();
  const firstTandem = page.getByRole('table').first().getByRole('link').first();
  await firstTandem.click();
  await expect(page.getByRole('heading', { name: 'Dissolve this tandem' })).toBeVisible();
  const tandemApi = await (
    await page.request.get(`/api/v1/tandems/${new URL(page.url()).pathname.split('/')[2]}`)
  ).json();
  const oldMentor: string = tandemApi.mentor.name;
  const mentee: string = tandemApi.mentee.name;

  await page.getByRole('button', { name: 'Dissolve…' }).click();
  await page.getByLabel('Reason').fill('Mentor changed jobs');
  await page.getByRole('button', { name: 'Dissolve tandem' }).click();
  await page.getByRole('button', { name: 'Propose a new mentor' }).click();
  const alternatives = page.getByRole('list', { name: `Mentors for ${mentee}` }).getByRole('listitem');
  await expect(alternatives.first()).toBeVisible();
  const offered = await alternatives.count();
  expect(offered).toBeGreaterThan(1);
  expect(offered).toBeLessThanOrEqual(3);
  await expect(alternatives.filter({ hasText: oldMentor })).toHaveCount(0);
  await expect(alternatives.first()).toContainText(/score \d/);
  await page.screenshot({ path: 'test-results/year-08-alternatives.png', fullPage: true });

  // The coordinator takes the second-best: the choice is theirs.
  const chosen = (await alternatives.nth(1).getByRole('strong').textContent())!;
  await alternatives
    .nth(1)
    .getByRole('button', { name: `Make a tandem with ${chosen}` })
    .click();
  await expect(page.getByText(chosen).first()).toBeVisible();
  await expect(page.getByText(`Your mentor is ${oldMentor}`)).toHaveCount(0);

  // The dissolved pair stands in the rules, with its reason.
  await page.goto(`/cycles/${cycleId}/rules`);
  await expect(page.getByText('Tandem dissolved: Mentor changed jobs')).toBeVisible();
  await page.screenshot({ path: 'test-results/year-09-rules.png', fullPage: true });
});

test('a contact who forgot the password sets a new one through the mailed link', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  const contact = CONTACTS[1]!;
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('Email').fill(contact.email);
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByText(`If an account exists for ${contact.email}`)).toBeVisible();

  const mail = await mailTo(request, contact.email, /password|passwort/i);
  const link = linkIn(mail, baseURL!);
  expect(link).toContain('/password-reset/confirm#');
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
  await page.getByLabel('Repeat new password').fill('a brand new passphrase');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByText('Your new password is set and you are signed in.')).toBeVisible();
  await page.screenshot({ path: 'test-results/year-10-password-set.png', fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: contact.organisation })).toBeVisible();

  // The link works once; the old password no longer signs in, the new one does.
  const second = await inNewContext(browser);
  await second.page.goto(link);
  await expect(second.page.getByRole('alert')).toBeVisible();
  await second.page.goto('/sign-in');
  await second.page.getByLabel('Email').fill(contact.email);
  await second.page.getByLabel('Password').fill(PASSWORD);
  await second.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(second.page.getByRole('alert')).toBeVisible();
  await signIn(second.page, contact.email, 'a brand new passphrase');
  await second.context.close();
});
