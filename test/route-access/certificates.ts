import { participantsOnly } from '../../src/shared/contract/access.ts';
import type { OperationId } from '../../src/shared/contract/endpoints.ts';
import type { TestApp } from '../build-test-app.ts';
import type { Consortium } from '../factories.ts';
import { atTheDoor, coordinatorOnly, json, ownTandem, type RouteCase } from './shared.ts';

/**
 * A's mentee with a lasting tandem in a cycle of its own, closed: a completed participation, whose
 * certificate the mentee, the coordinator and A's contact download; A's mentor (another person)
 * and B's contact meet a 404.
 */
async function completedParticipation(t: TestApp, c: Consortium, n: number) {
  const own = await ownTandem(t, c, n);
  await t.db.updateTable('cycles').set({ status: 'closed' }).where('id', '=', own.cycleId).execute();
  return own;
}

/** Route matrix entries for certificates of participation. */
export const certificateRoutes = {
  listMyCertificates: {
    request: async () => ({ url: '/api/v1/me/certificates' }),
    expect: atTheDoor(participantsOnly, 200),
  },
  listCycleCertificates: {
    request: async (t, c, n) => {
      const { cycleId } = await completedParticipation(t, c, n);
      return { url: `/api/v1/cycles/${cycleId}/certificates` };
    },
    expect: coordinatorOnly(200),
  },
  getCertificatePdf: {
    request: async (t, c, n) => {
      const { menteeId } = await completedParticipation(t, c, n);
      return { url: `/api/v1/participations/${menteeId}/certificate.pdf` };
    },
    expect: {
      anonymous: 401,
      menteeA: 200,
      mentorA: 404,
      contactB: 404,
      contactA: 200,
      coordinator: 200,
    },
  },
  withholdCertificate: {
    request: async (t, c, n) => {
      const { menteeId } = await completedParticipation(t, c, n);
      return {
        url: `/api/v1/participations/${menteeId}/certificate/withhold`,
        ...json({ reason: 'Name to be checked' }),
      };
    },
    expect: coordinatorOnly(200),
  },
  reissueCertificate: {
    request: async (t, c, n) => {
      const { menteeId } = await completedParticipation(t, c, n);
      await t.db
        .insertInto('certificates')
        .values({ participant_id: menteeId, issued_at: t.clock.now() })
        .execute();
      return { url: `/api/v1/participations/${menteeId}/certificate/reissue` };
    },
    expect: coordinatorOnly(200),
  },
} satisfies Partial<Record<OperationId, RouteCase>>;
