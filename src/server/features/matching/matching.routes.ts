import { matchingEndpoints as endpoints } from '../../../shared/contract/matching.ts';
import type { AppDeps } from '../../app.ts';
import { readerLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { approveShownProposals, decideApproval, readApproval, remindApprovers } from './approval.service.ts';
import { applyDraftAction, previewDraftPair, readDraft, sendDraftForApproval } from './draft.service.ts';
import { adoptRun, compareRuns, listCycleRuns, readRun, startMatchRun } from './match-runs.service.ts';
import { explainedIn, proposalsIn, rulesIn, runIn } from './reason-wording.service.ts';
import { changeRules, preflight, readRules } from './rules.service.ts';
import { exportRunComparison } from './run-comparison.export.ts';

export function registerMatchingRoutes(routes: Routes, deps: AppDeps) {
  // The matching's words (reasons, rule breaks, a dissolved tandem's exclusion, a run's error) are
  // kept in English and answered in the language the request asks for (reason-wording.service.ts).

  routes.read(endpoints.getRules, async (db, { actor, params, request }) =>
    rulesIn(await readRules(db, actor, params.id), readerLanguage(request)),
  );

  routes.write(endpoints.saveRules, async (trx, { actor, params, body, request }) =>
    rulesIn(await changeRules(trx, actor, params.id, body), readerLanguage(request)),
  );

  // The reasons it reports are in the language the request asks for (the web sends its page's).
  routes.read(endpoints.preflight, (db, { actor, params, request }) =>
    preflight(db, actor, params.id, readerLanguage(request)),
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

  routes.read(endpoints.listRuns, async (db, { actor, params, now, request }) => ({
    runs: (await listCycleRuns(db, actor, params.id, now)).map((run) => runIn(run, readerLanguage(request))),
  }));

  routes.read(endpoints.compareRuns, async (db, { actor, params, query, request }) => {
    const comparison = await compareRuns(db, actor, params.id, query.a, query.b);
    const language = readerLanguage(request);
    return { ...comparison, a: runIn(comparison.a, language), b: runIn(comparison.b, language) };
  });

  // The comparison view's own answer, as CSV: the mentees whose mentor differs between the two runs.
  // A write: the export is audited.
  routes.write(endpoints.compareRunsCsv, async (trx, { actor, params, query, reply }) => {
    const { a, b, separator } = query;
    const { csv, numbers } = await exportRunComparison(trx, actor, params.id, { a, b }, separator);
    reply.header(
      'content-disposition',
      `attachment; filename="match-runs-${numbers[0]}-vs-${numbers[1]}.csv"`,
    );
    return csv;
  });

  routes.read(endpoints.getRun, async (db, { actor, params, now, request }) =>
    runIn(await readRun(db, actor, params.id, now), readerLanguage(request)),
  );

  routes.write(endpoints.adoptRun, async (trx, { actor, params, body, now, request }) => {
    await adoptRun(trx, actor, params.id, body.version);
    const run = await readRun(trx, actor, params.id, now);
    return proposalsIn(await readDraft(trx, actor, run.cycleId), readerLanguage(request));
  });

  routes.write(endpoints.getDraft, async (trx, { actor, params, request }) =>
    proposalsIn(await readDraft(trx, actor, params.id), readerLanguage(request)),
  );

  routes.write(endpoints.applyDraftAction, async (trx, { actor, params, body, request }) =>
    proposalsIn(
      await applyDraftAction(trx, actor, params.id, body.version, body.action),
      readerLanguage(request),
    ),
  );

  routes.read(endpoints.previewPair, async (db, { actor, params, body, request }) =>
    explainedIn(await previewDraftPair(db, actor, params.id, body), readerLanguage(request)),
  );

  routes.write(endpoints.sendForApproval, async (trx, { actor, params, body, now, origin, request }) =>
    proposalsIn(
      await sendDraftForApproval(trx, actor, params.id, body.version, now, origin),
      readerLanguage(request),
    ),
  );

  routes.write(endpoints.getApproval, async (trx, { actor, params, request }) =>
    proposalsIn(await readApproval(trx, actor, params.id), readerLanguage(request)),
  );

  routes.write(endpoints.decideApproval, async (trx, { actor, params, body, now, request }) =>
    proposalsIn(
      await decideApproval(trx, actor, params.id, params.menteeId, body, now),
      readerLanguage(request),
    ),
  );

  routes.write(endpoints.approveShownProposals, async (trx, { actor, params, body, now, request }) =>
    proposalsIn(
      await approveShownProposals(trx, actor, params.id, body.proposals, now),
      readerLanguage(request),
    ),
  );

  routes.write(endpoints.remindApprovers, (trx, { actor, params, now, origin }) =>
    remindApprovers(trx, actor, params.id, now, origin),
  );
}
