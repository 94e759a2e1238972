import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import { createCycle } from '../factories.ts';
import { coordinatorOnly, type RouteCase, staffOwnOrganisation } from './shared.ts';

/** Route matrix entries for the dashboard and the reports. */
export const reportRoutes = {
  // A cycle only A takes part in: B's contact must meet a 404.
  getCycleDashboard: {
    request: async (t, c, n) => {
      const cycleId = await createCycle(t.db, [c.organisationA], `Dashboard cycle ${n}`);
      return { url: `/api/v1/cycles/${cycleId}/dashboard` };
    },
    expect: staffOwnOrganisation(200),
  },
  getProgrammeReport: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/report` }),
    expect: coordinatorOnly(200),
  },
  getProgrammeReportPdf: {
    request: async (_t, c) => ({ url: `/api/v1/cycles/${c.cycleId}/report.pdf` }),
    expect: coordinatorOnly(200),
  },
  // A's report in a cycle both A and B take part in: B's contact sees the cycle, not A's report.
  getOrganisationReport: {
    request: async (_t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/organisations/${c.organisationA}/report`,
    }),
    expect: staffOwnOrganisation(200),
  },
  getOrganisationReportPdf: {
    request: async (_t, c) => ({
      url: `/api/v1/cycles/${c.cycleId}/organisations/${c.organisationA}/report.pdf?language=de`,
    }),
    expect: staffOwnOrganisation(200),
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
