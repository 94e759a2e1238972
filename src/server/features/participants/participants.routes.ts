import { participantEndpoints as endpoints } from '../../../shared/contract/participants.ts';
import type { Routes } from '../../http/route.ts';
import { exportParticipants } from './participants.export.ts';
import { importParticipants } from './participants.import.ts';
import {
  changeParticipant,
  createParticipant,
  listVisibleParticipants,
  ownParticipations,
  readParticipant,
  removeParticipant,
} from './participants.service.ts';

export function registerParticipantRoutes(routes: Routes) {
  routes.read(endpoints.list, (db, { actor, query }) => listVisibleParticipants(db, actor, query));

  routes.write(endpoints.create, (trx, { actor, body, now }) => createParticipant(trx, actor, body, now));

  routes.write(endpoints.importCsv, (trx, { actor, query, body, now }) =>
    importParticipants(trx, actor, { cycleId: query.cycleId, csv: body, dryRun: query.dryRun }, now),
  );

  routes.write(endpoints.exportCsv, async (trx, { actor, query: { separator, ...filter }, reply }) => {
    const csv = await exportParticipants(trx, actor, filter, separator);
    reply.header('content-disposition', 'attachment; filename="participants.csv"');
    return csv;
  });

  routes.read(endpoints.get, (db, { actor, params }) => readParticipant(db, actor, params.id));

  routes.write(endpoints.update, (trx, { actor, params, body, now }) =>
    changeParticipant(trx, actor, params.id, body, now),
  );

  routes.write(endpoints.remove, async (trx, { actor, params }) => {
    await removeParticipant(trx, actor, params.id);
    return { ok: true as const };
  });

  routes.read(endpoints.listMine, async (db, { actor }) => ({
    participants: await ownParticipations(db, actor),
  }));
}
