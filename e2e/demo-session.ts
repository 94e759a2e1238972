import { type APIRequestContext, expect, type Page } from '@playwright/test';

// The demo consortium's sign-ins (src/server/features/setup/demo-consortium.ts), shared by the
// journeys of the `demo` project.

export const PASSWORD = 'mentoring-demo-2027';
export const COORDINATOR = 'coordinator@demo.crossmentor.org';

/** Signs in through the English sign-in page and waits until the app shows the account. */
export async function signIn(page: Page, email: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Loads the demo consortium when the installation is still empty. */
export async function ensureDemo(request: APIRequestContext) {
  const setup = await (await request.get('/api/v1/setup')).json();
  if (setup.needsSetup) expect((await request.post('/api/v1/setup/demo')).ok()).toBe(true);
}
