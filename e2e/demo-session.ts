import { type APIRequestContext, expect, type Page } from '@playwright/test';
import type { Tandem } from '../src/shared/contract/tandems.ts';

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

/** A tandem as the API answers it (the contract's type, not a copy). */
type TandemSummary = Tandem;

/**
 * A published tandem whose two members can sign in: one from an earlier journey when there is
 * one, otherwise the coordinator re-matches a demo mentee over the free places and publishes it.
 */
export async function tandemOfTwoAccounts(request: APIRequestContext): Promise<TandemSummary> {
  await ensureDemo(request);
  const signIn = await request.post('/api/v1/auth/sign-in', {
    data: { email: COORDINATOR, password: PASSWORD },
  });
  expect(signIn.ok()).toBe(true);
  const { cycles } = await (await request.get('/api/v1/cycles')).json();
  const cycle = cycles.find((c: { name: string }) => /^Cross-Mentoring \d{4}$/.test(c.name));
  const mentees = await (
    await request.get(`/api/v1/participants?cycleId=${cycle.id}&role=mentee&limit=1000`)
  ).json();
  const withAccount = new Set<string>(
    mentees.participants
      .filter((p: { hasAccount: boolean }) => p.hasAccount)
      .map((p: { email: string }) => p.email),
  );
  const { tandems } = await (await request.get(`/api/v1/tandems?cycleId=${cycle.id}`)).json();
  const existing = (tandems as TandemSummary[]).find(
    (t) => t.status === 'active' && withAccount.has(t.mentee.email),
  );
  if (existing) return existing;
  // Re-matching belongs to the tandem year: a demo cycle still open is moved on to it, a phase at a time.
  const phases = ['open', 'matching', 'running'];
  for (const status of phases.slice(phases.indexOf(cycle.status) + 1)) {
    expect((await request.post(`/api/v1/cycles/${cycle.id}/status`, { data: { status } })).ok()).toBe(true);
  }
  const taken = new Set((tandems as TandemSummary[]).map((t) => t.mentee.participantId));
  for (const mentee of mentees.participants.filter(
    (p: { id: string; hasAccount: boolean }) => p.hasAccount && !taken.has(p.id),
  )) {
    const rematch = await (await request.post(`/api/v1/cycles/${cycle.id}/rematch/${mentee.id}`)).json();
    const best = rematch.alternatives[0];
    if (!best) continue;
    const published = await request.post(`/api/v1/cycles/${cycle.id}/rematch/${mentee.id}/publish`, {
      data: { mentorId: best.mentorId },
    });
    expect(published.ok()).toBe(true);
    return (await published.json()) as TandemSummary;
  }
  throw new Error('No demo mentee could be matched');
}
