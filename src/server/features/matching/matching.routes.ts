import { matchingEndpoints as endpoints } from '../../../shared/contract/matching.ts';
import { fallbackLanguage } from '../../../shared/i18n/languages.ts';
import type { AppDeps } from '../../app.ts';
import { askedLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { approveShownProposals, decideApproval, readApproval, remindApprovers } from './approval.service.ts';
import { applyDraftAction, previewDraftPair, readDraft, sendDraftForApproval } from './draft.service.ts';
import { adoptRun, compareRuns, listCycleRuns, readRun, startMatchRun } from './match-runs.service.ts';
import { changeRules, preflight, readRules } from './rules.service.ts';

export function registerMatchingRoutes(routes: Routes, deps: AppDeps) {
  routes.read(endpoints.getRules, (db, { actor, params }) => readRules(db, actor, params.id));

  routes.write(endpoints.saveRules, (trx, { actor, params, body }) =>
    changeRules(trx, actor, params.id, body),
  );

  // The reasons it reports are in the language the request asks for (the web sends its page's).
  routes.read(endpoints.preflight, (db, { actor, params, request }) =>
    preflight(db, actor, params.id, askedLanguage(request) ?? fallbackLanguage),
  );

  routes.read(endpoints.startRun, async (db, { actor, params, body, request }) => {
    const { run } = await startMatchRun(
      {
        db,
        clock: deps.clock,
        inWorker: deps.config.matchingInWorker,
        sharedDatabase: deps.config.sharedDatabase,
        log: request.log,
      },
      actor,
      params.id,
      body.mode,
    );
    return run;
  });

  routes.read(endpoints.listRuns, async (db, { actor, params, now }) => ({
    runs: await listCycleRuns(db, actor, params.id, now),
  }));

  routes.read(endpoints.compareRuns, (db, { actor, params, query }) =>
    compareRuns(db, actor, params.id, query.a, query.b),
  );

  routes.read(endpoints.getRun, (db, { actor, params, now }) => readRun(db, actor, params.id, now));

  routes.write(endpoints.adoptRun, async (trx, { actor, params, body, now }) => {
    await adoptRun(trx, actor, params.id, body.version);
    const run = await readRun(trx, actor, params.id, now);
    return readDraft(trx, actor, run.cycleId);
  });

  routes.write(endpoints.getDraft, (trx, { actor, params }) => readDraft(trx, actor, params.id));

  routes.write(endpoints.applyDraftAction, (trx, { actor, params, body }) =>
    applyDraftAction(trx, actor, params.id, body.version, body.action),
  );

  routes.read(endpoints.previewPair, (db, { actor, params, body }) =>
    previewDraftPair(db, actor, params.id, body),
  );

  routes.write(endpoints.sendForApproval, (trx, { actor, params, body, now, origin }) =>
    sendDraftForApproval(trx, actor, params.id, body.version, now, origin),
  );

  routes.write(endpoints.getApproval, (trx, { actor, params }) => readApproval(trx, actor, params.id));

  routes.write(endpoints.decideApproval, (trx, { actor, params, body, now }) =>
    decideApproval(trx, actor, params.id, params.menteeId, body, now),
  );

  routes.write(endpoints.approveShownProposals, (trx, { actor, params, body, now }) =>
    approveShownProposals(trx, actor, params.id, body.proposals, now),
  );

  routes.write(endpoints.remindApprovers, (trx, { actor, params, now, origin }) =>
    remindApprovers(trx, actor, params.id, now, origin),
  );
}
