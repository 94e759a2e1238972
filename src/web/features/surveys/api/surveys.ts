import {
  type MyResponseInput,
  mySurveyListSchema,
  mySurveySchema,
  type SurveyUpdate,
  surveyListSchema,
  surveyResultsSchema,
  surveySchema,
} from '../../../../shared/contract/surveys.ts';
import { request } from '../../../lib/api.ts';

export async function listCycleSurveys(cycleId: string, signal?: AbortSignal) {
  return (await request(`/cycles/${cycleId}/surveys`, surveyListSchema, { signal })).surveys;
}

export function getSurvey(id: string, signal?: AbortSignal) {
  return request(`/surveys/${id}`, surveySchema, { signal });
}

export function saveSurvey(id: string, changes: SurveyUpdate) {
  return request(`/surveys/${id}`, surveySchema, { method: 'PATCH', json: changes });
}

/** Aggregates only: no route returns anybody's individual answers to staff. */
export function getSurveyResults(id: string, signal?: AbortSignal) {
  return request(`/surveys/${id}/results`, surveyResultsSchema, { signal });
}

export async function listMySurveys(signal?: AbortSignal) {
  return (await request('/my-surveys', mySurveyListSchema, { signal })).surveys;
}

export function saveMyResponse(surveyId: string, input: MyResponseInput) {
  return request(`/surveys/${surveyId}/my-response`, mySurveySchema, { method: 'PUT', json: input });
}
