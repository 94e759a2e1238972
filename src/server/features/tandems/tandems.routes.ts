import { tandemEndpoints as endpoints } from '../../../shared/contract/tandems.ts';
import { readerLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { explainedIn, rematchIn } from '../matching/reason-wording.service.ts';
import { exportTandems } from './tandems.export.ts';
import {
  dissolve,
  listVisibleTandems,
  proposeRematch,
  publishDraft,
  publishRematch,
  readTandem,
} from './tandems.service.ts';

export function registerTandemRoutes(routes: Routes) {
  // Why a tandem was matched, and a re-match's alternatives, are kept in the engine's English and
  // answered in the language the request asks for (matching/reason-wording.service.ts).

  routes.write(endpoints.publishDraft, (trx, { actor, params, body, now, origin }) =>
    publishDraft(trx, actor, params.id, body.version, now, origin),
  );

  routes.read(endpoints.list, async (db, { actor, query, request }) => ({
    tandems: (await listVisibleTandems(db, actor, query.cycleId)).map((t) =>
      explainedIn(t, readerLanguage(request)),
    ),
  }));

  routes.read(endpoints.get, async (db, { actor, params, request }) =>
    explainedIn(await readTandem(db, actor, params.id), readerLanguage(request)),
  );

  routes.write(endpoints.dissolve, async (trx, { actor, params, body, now, request }) =>
    explainedIn(await dissolve(trx, actor, params.id, body.reason, now), readerLanguage(request)),
  );

  routes.write(endpoints.proposeRematch, async (trx, { actor, params, now, request }) =>
    rematchIn(await proposeRematch(trx, actor, params.id, params.menteeId, now), readerLanguage(request)),
  );

  routes.write(endpoints.publishRematch, async (trx, { actor, params, body, now, origin, request }) =>
    explainedIn(
      await publishRematch(trx, actor, params.id, params.menteeId, body.mentorId, now, origin),
      readerLanguage(request),
    ),
  );

  routes.write(endpoints.exportCsv, async (trx, { actor, params, query, reply }) => {
    const csv = await exportTandems(trx, actor, params.id, query.separator);
    reply.header('content-disposition', 'attachment; filename="tandems.csv"');
    return csv;
  });
}
