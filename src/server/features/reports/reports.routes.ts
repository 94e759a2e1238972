import { reportEndpoints as endpoints } from '../../../shared/contract/reports.ts';
import { readerLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { pdfFileName } from '../../pdf/document.ts';
import {
  organisationReportPdf,
  programmeReportPdf,
  readDashboard,
  readOrganisationReport,
  readProgrammeReport,
} from './reports.service.ts';

export function registerReportRoutes(routes: Routes) {
  routes.write(endpoints.dashboard, (trx, { actor, params, now }) =>
    readDashboard(trx, actor, params.id, now),
  );

  routes.write(endpoints.programmeReport, (trx, { actor, params, now }) =>
    readProgrammeReport(trx, actor, params.id, now),
  );

  routes.write(endpoints.organisationReport, (trx, { actor, params, now }) =>
    readOrganisationReport(trx, actor, params.cycleId, params.organisationId, now),
  );

  routes.write(endpoints.programmeReportPdf, async (trx, { actor, params, query, now, request, reply }) => {
    const { pdf, report } = await programmeReportPdf(
      trx,
      actor,
      params.id,
      now,
      readerLanguage(request, query.language),
    );
    reply.header('content-disposition', `attachment; filename="${pdfFileName('report', report.cycle.name)}"`);
    return pdf;
  });

  routes.write(
    endpoints.organisationReportPdf,
    async (trx, { actor, params, query, now, request, reply }) => {
      const { pdf, report } = await organisationReportPdf(
        trx,
        actor,
        params.cycleId,
        params.organisationId,
        now,
        readerLanguage(request, query.language),
      );
      const name = pdfFileName('report', report.organisation?.name ?? '', report.cycle.name);
      reply.header('content-disposition', `attachment; filename="${name}"`);
      return pdf;
    },
  );
}
