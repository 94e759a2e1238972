import { idParamsSchema } from '../../../shared/contract/common.ts';
import {
  myResponseInputSchema,
  mySurveyListSchema,
  mySurveySchema,
  surveyListSchema,
  surveyResultsSchema,
  surveySchema,
  surveyUpdateSchema,
} from '../../../shared/contract/surveys.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly, staff } from '../../http/actor.ts';
import { requireActor } from '../../http/authenticate.ts';
import { errorResponses as errors } from '../../http/error-responses.ts';
import {
  answerSurvey,
  changeSurvey,
  listCycleSurveys,
  listOwnSurveys,
  readSurvey,
  surveyResults,
} from './surveys.service.ts';

const tags = ['surveys'];

export function registerSurveyRoutes(app: ApiApp, deps: AppDeps) {
  const { db, clock } = deps;

  app.get(
    '/api/v1/cycles/:id/surveys',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: surveyListSchema, ...errors } },
    },
    async (request) => ({
      surveys: await listCycleSurveys(db, requireActor(request), request.params.id, clock()),
    }),
  );

  app.get(
    '/api/v1/surveys/:id',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: surveySchema, ...errors } },
    },
    async (request) => readSurvey(db, requireActor(request), request.params.id, clock()),
  );

  app.patch(
    '/api/v1/surveys/:id',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: surveyUpdateSchema,
        response: { 200: surveySchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => changeSurvey(trx, actor, request.params.id, request.body, clock()));
    },
  );

  app.get(
    '/api/v1/surveys/:id/results',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: surveyResultsSchema, ...errors } },
    },
    async (request) => surveyResults(db, requireActor(request), request.params.id, clock()),
  );

  app.get(
    '/api/v1/my-surveys',
    {
      config: { access: ['participant'] },
      schema: { tags, response: { 200: mySurveyListSchema, ...errors } },
    },
    async (request) => ({ surveys: await listOwnSurveys(db, requireActor(request), clock()) }),
  );

  app.put(
    '/api/v1/surveys/:id/my-response',
    {
      config: { access: ['participant'] },
      schema: {
        tags,
        params: idParamsSchema,
        body: myResponseInputSchema,
        response: { 200: mySurveySchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => answerSurvey(trx, actor, request.params.id, request.body.answers, clock()));
    },
  );
}
