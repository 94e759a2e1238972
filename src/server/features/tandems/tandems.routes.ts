import { tandemEndpoints as endpoints } from '../../../shared/contract/tandems.ts';
import type { Routes } from '../../http/route.ts';
import {
  dissolve,
  listVisibleTandems,
  proposeRematch,
  publishDraft,
  publishRematch,
  readTandem,
} from './tandems.service.ts';

export function registerTandemRoutes(routes: Routes) {
  routes.write(endpoints.publishDraft, (trx, { actor, params, body, now, origin }) =>
    publishDraft(trx, actor, params.id, body.version, now, origin),
  );

  routes.read(endpoints.list, async (db, { actor, query }) => ({
    tandems: await listVisibleTandems(db, actor, query.cycleId),
  }));

  routes.read(endpoints.get, (db, { actor, params }) => readTandem(db, actor, params.id));

  routes.write(endpoints.dissolve, (trx, { actor, params, body, now }) =>
    dissolve(trx, actor, params.id, body.reason, now),
  );

  routes.write(endpoints.proposeRematch, (trx, { actor, params, now }) =>
    proposeRematch(trx, actor, params.id, params.menteeId, now),
  );

  routes.write(endpoints.publishRematch, (trx, { actor, params, body, now, origin }) =>
    publishRematch(trx, actor, params.id, params.menteeId, body.mentorId, now, origin),
  );
}
