import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import { createCycle } from '../factories.ts';
import { json, type RouteCase, signedIn, staffOwnOrganisation } from './shared.ts';

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
} satisfies Partial<Record<OperationId, RouteCase>>;
