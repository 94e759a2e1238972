import { issueUnsubscribeLink } from '../../src/server/features/outbox/outbox.service.ts';
import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import type { TestApp } from '../build-test-app.ts';
import { type Consortium, createCycle } from '../factories.ts';
import { everyone, freshPerson, json, type RouteCase, signedIn, staffOwnOrganisation } from './shared.ts';

/** The path of a fresh person's one-click link for meeting reminders: the token is all it needs. */
async function unsubscribePath(t: TestApp, c: Consortium, n: number) {
  const { personId } = await freshPerson(t, c, n);
  const link = await issueUnsubscribeLink(t.db, personId, ['meeting'], 'https://mentoring.example.org');
  return new URL(link).pathname;
}

/** Route matrix entries for mail preferences, reminders and the tandem health list. */
export const reminderRoutes = {
  getMailPreferences: {
    request: async () => ({ url: '/api/v1/me/mail-preferences' }),
    expect: signedIn(200),
  },
  changeMailPreferences: {
    request: async () => ({ url: '/api/v1/me/mail-preferences', ...json({ language: 'de', digest: false }) }),
    expect: signedIn(200),
  },
  // A cycle only A takes part in: B's contact must meet a 404.
  listTandemHealth: {
    request: async (t, c, n) => {
      const cycleId = await createCycle(t.db, [c.organisationA], `Health cycle ${n}`);
      return { url: `/api/v1/cycles/${cycleId}/tandem-health` };
    },
    expect: staffOwnOrganisation(200),
  },
  exportTandemHealthCsv: {
    request: async (t, c, n) => {
      const cycleId = await createCycle(t.db, [c.organisationA], `Health export cycle ${n}`);
      return { url: `/api/v1/cycles/${cycleId}/tandem-health.csv` };
    },
    expect: staffOwnOrganisation(200),
  },
  // Public: anyone holding a mail's link, signed in or not, sees the page and can turn it off.
  getUnsubscribePage: {
    request: async (t, c, n) => ({ url: await unsubscribePath(t, c, n) }),
    expect: everyone(200),
  },
  unsubscribeOneClick: {
    request: async (t, c, n) => ({
      url: await unsubscribePath(t, c, n),
      ...json({ 'List-Unsubscribe': 'One-Click' }),
    }),
    expect: everyone(200),
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
