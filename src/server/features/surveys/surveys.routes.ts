import { surveyEndpoints as endpoints } from '../../../shared/contract/surveys.ts';
import type { Routes } from '../../http/route.ts';
import { exportSurveyResults } from './surveys.export.ts';
import {
  answerSurvey,
  changeSurvey,
  closeSurvey,
  extendSurvey,
  listCycleSurveys,
  listOwnSurveys,
  moveSurveyDates,
  readSurvey,
  reopenSurvey,
  surveyResults,
} from './surveys.service.ts';

export function registerSurveyRoutes(routes: Routes) {
  routes.read(endpoints.listForCycle, async (db, { actor, params, now }) => ({
    surveys: await listCycleSurveys(db, actor, params.id, now),
  }));

  routes.read(endpoints.get, (db, { actor, params, now }) => readSurvey(db, actor, params.id, now));

  routes.write(endpoints.update, (trx, { actor, params, body, now }) =>
    changeSurvey(trx, actor, params.id, body, now),
  );

  // A write: showing figures records the release that later figures are compared against.
  routes.write(endpoints.results, (trx, { actor, params, now }) => surveyResults(trx, actor, params.id, now));

  // The page's own answer, written as CSV: what it hides, the file hides (surveys.export.ts).
  routes.write(endpoints.resultsCsv, async (trx, { actor, params, query, now, reply }) => {
    const csv = await exportSurveyResults(trx, actor, params.id, now, query.separator);
    reply.header('content-disposition', `attachment; filename="survey-${params.id}-results.csv"`);
    return csv;
  });

  routes.read(endpoints.listMine, async (db, { actor, now }) => ({
    surveys: await listOwnSurveys(db, actor, now),
  }));

  routes.write(endpoints.answer, (trx, { actor, params, body, now }) =>
    answerSurvey(trx, actor, params.id, body.answers, now),
  );

  routes.write(endpoints.close, (trx, { actor, params, body, now }) =>
    closeSurvey(trx, actor, params.id, body.version, now),
  );

  routes.write(endpoints.extend, (trx, { actor, params, body, now }) =>
    extendSurvey(trx, actor, params.id, body, now),
  );

  routes.write(endpoints.reopen, (trx, { actor, params, body, now }) =>
    reopenSurvey(trx, actor, params.id, body, now),
  );

  routes.write(endpoints.moveDates, async (trx, { actor, params, body, now }) => ({
    surveys: await moveSurveyDates(trx, actor, params.id, body, now),
  }));
}
