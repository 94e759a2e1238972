import {
  surveyEndpoints as endpoints,
  type MyResponseInput,
  type SurveyUpdate,
} from '../../../../shared/contract/surveys.ts';
import { call } from '../../../lib/api.ts';

export async function listCycleSurveys(cycleId: string, signal?: AbortSignal) {
  return (await call(endpoints.listForCycle, { params: { id: cycleId }, signal })).surveys;
}

export function getSurvey(id: string, signal?: AbortSignal) {
  return call(endpoints.get, { params: { id }, signal });
}

export function saveSurvey(id: string, changes: SurveyUpdate) {
  return call(endpoints.update, { params: { id }, body: changes });
}

/** Aggregates only: no route returns anybody's individual answers to staff. */
export function getSurveyResults(id: string, signal?: AbortSignal) {
  return call(endpoints.results, { params: { id }, signal });
}

export async function listMySurveys(signal?: AbortSignal) {
  return (await call(endpoints.listMine, { signal })).surveys;
}

export function saveMyResponse(surveyId: string, input: MyResponseInput) {
  return call(endpoints.answer, { params: { id: surveyId }, body: input });
}
