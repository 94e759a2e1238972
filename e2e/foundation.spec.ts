import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** The last name of the example file's first participant, to look for after the import. */
function firstImportedLastName(): string {
  const [header, first] = readFileSync('examples/participants.csv', 'utf8').split(/\r?\n/);
  const delimiter = header!.includes(';') ? ';' : ',';
  const name = first!.split(delimiter)[header!.split(delimiter).indexOf('name')]!.replaceAll('"', '');
  return name.split(' ').at(-1)!;
}

// The journeys share one installation and run in order: the first sets it up.
test.describe.configure({ mode: 'serial' });

// The foundation's smoke journey: an empty installation is set up with the demo, the coordinator
// signs in, imports the example CSV and finds the imported people in the participant list.
test('set up, sign in, import the example CSV, see the participants', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load demo consortium' }).click();
  await expect(page.getByRole('heading', { name: 'Demo consortium loaded' })).toBeVisible({
    timeout: 30_000,
  });

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('coordinator@demo.crossmentor.org');
  await page.getByLabel('Password').fill('mentoring-demo-2027');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Participants' }).first()).toBeVisible();

  await page.goto('/participants/import');
  await page.getByLabel('CSV file').setInputFiles('examples/participants.csv');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/created/i).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/foundation-import.png', fullPage: true });

  await page.goto('/participants');
  const lastName = firstImportedLastName();
  await page.getByLabel('Search').fill(lastName);
  await expect(page.getByRole('cell', { name: new RegExp(lastName) }).first()).toBeVisible();
  await page.screenshot({ path: 'test-results/foundation-participants.png', fullPage: true });
});

test('a bad CSV shows every error with its line and writes nothing', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('coordinator@demo.crossmentor.org');
  await page.getByLabel('Password').fill('mentoring-demo-2027');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('link', { name: 'Participants' }).first()).toBeVisible();

  await page.goto('/participants/import');
  await page.getByLabel('CSV file').setInputFiles({
    name: 'broken.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'email,name,organisation,role\nnot-an-email,Someone,Nordbank,mentee\nok@nordbank.example,Other,Nordbank,boss\n',
    ),
  });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/nothing was imported/i)).toBeVisible();
  await expect(page.getByRole('cell', { name: '2', exact: true }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: '3', exact: true }).first()).toBeVisible();
});
