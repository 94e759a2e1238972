import { reportEndpoints as endpoints } from '../../../../shared/contract/reports.ts';
import { call, endpointUrl } from '../../../lib/api.ts';
import { activeLanguage } from '../../../lib/i18n.tsx';

/** The cycle's dashboard: the programme for the coordinator, their own organisation for a contact. */
export function getDashboard(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.dashboard, { params: { id: cycleId }, signal });
}

/** The programme's evaluation report (coordinator). */
export function getProgrammeReport(cycleId: string, signal?: AbortSignal) {
  return call(endpoints.programmeReport, { params: { id: cycleId }, signal });
}

/** One organisation's confidential report beside the programme's figures. */
export function getOrganisationReport(cycleId: string, organisationId: string, signal?: AbortSignal) {
  return call(endpoints.organisationReport, { params: { cycleId, organisationId }, signal });
}

// A download link sends the browser's languages, not the page's: the PDF's links name the page's.

/** Where the programme's report downloads as a PDF, in the language of the page it is linked from. */
export function programmeReportPdfUrl(cycleId: string): string {
  return endpointUrl(endpoints.programmeReportPdf, {
    params: { id: cycleId },
    query: { language: activeLanguage() },
  });
}

/** Where an organisation's report downloads as a PDF, in the language of the page it is linked from. */
export function organisationReportPdfUrl(cycleId: string, organisationId: string): string {
  return endpointUrl(endpoints.organisationReportPdf, {
    params: { cycleId, organisationId },
    query: { language: activeLanguage() },
  });
}
