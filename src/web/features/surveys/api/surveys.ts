import type { CsvSeparator } from '../../../../shared/contract/participants.ts';
import {
  surveyEndpoints as endpoints,
  type MyResponseInput,
  type SurveyDateMove,
  type SurveyUpdate,
} from '../../../../shared/contract/surveys.ts';
import { call, endpointUrl } from '../../../lib/api.ts';

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

/** The link that downloads the same aggregates as CSV, hidden where the results page hides them. */
export function surveyResultsCsvUrl(id: string, separator: CsvSeparator = 'comma'): string {
  return endpointUrl(endpoints.resultsCsv, {
    params: { id },
    query: { separator: separator === 'comma' ? undefined : separator },
  });
}

export async function listMySurveys(signal?: AbortSignal) {
  return (await call(endpoints.listMine, { signal })).surveys;
}

export function saveMyResponse(surveyId: string, input: MyResponseInput) {
  return call(endpoints.answer, { params: { id: surveyId }, body: input });
}

/** Closes an open survey today: answers stop. */
export function closeSurvey(id: string, version: number) {
  return call(endpoints.close, { params: { id }, body: { version } });
}

/** A later closing date for a survey that has not closed. */
export function extendSurvey(id: string, version: number, closesOn: string) {
  return call(endpoints.extend, { params: { id }, body: { version, closesOn } });
}

/** Opens a closed survey again until `closesOn`. */
export function reopenSurvey(id: string, version: number, closesOn: string) {
  return call(endpoints.reopen, { params: { id }, body: { version, closesOn } });
}

/** Moves the offered surveys to their proposed dates, all or none. */
export async function moveSurveyDates(cycleId: string, offer: readonly SurveyDateMove[]) {
  const surveys = offer.map((m) => ({
    id: m.surveyId,
    version: m.version,
    opensOn: m.proposedOpensOn,
    closesOn: m.proposedClosesOn,
  }));
  return (await call(endpoints.moveDates, { params: { id: cycleId }, body: { surveys } })).surveys;
}
