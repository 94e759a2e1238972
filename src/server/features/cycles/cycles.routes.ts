import { cycleEndpoints as endpoints } from '../../../shared/contract/cycles.ts';
import { readerLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import {
  changeCycle,
  changeCycleStatus,
  createCycle,
  joinCycle,
  leaveCycle,
  listVisibleCycles,
  readCycle,
  readCycleChecklist,
} from './cycles.service.ts';

export function registerCycleRoutes(routes: Routes) {
  routes.read(endpoints.list, async (db, { actor }) => ({ cycles: await listVisibleCycles(db, actor) }));

  routes.write(endpoints.create, (trx, { actor, body, now }) => createCycle(trx, actor, body, now));

  routes.read(endpoints.get, (db, { actor, params }) => readCycle(db, actor, params.id));

  routes.write(endpoints.update, (trx, { actor, params, body, now }) =>
    changeCycle(trx, actor, params.id, body, now),
  );

  routes.write(endpoints.changeStatus, (trx, { actor, params, body, now }) =>
    changeCycleStatus(trx, actor, params.id, body.status, now),
  );

  routes.write(endpoints.join, (trx, { actor, params }) =>
    joinCycle(trx, actor, params.id, params.organisationId),
  );

  routes.write(endpoints.leave, (trx, { actor, params }) =>
    leaveCycle(trx, actor, params.id, params.organisationId),
  );

  // The steps' words are in the language the request asks for (the web sends its page's).
  routes.read(endpoints.checklist, (db, { actor, params, request }) =>
    readCycleChecklist(db, actor, params.id, readerLanguage(request)),
  );
}
