import type { FastifyRequest } from 'fastify';
import { reportEndpoints as endpoints } from '../../../shared/contract/reports.ts';
import { fallbackLanguage, type UiLanguage } from '../../../shared/i18n/languages.ts';
import { askedLanguage } from '../../http/request-language.ts';
import type { Routes } from '../../http/route.ts';
import { pdfFileName } from '../../pdf/document.ts';
import {
  organisationReportPdf,
  programmeReportPdf,
  readDashboard,
  readOrganisationReport,
  readProgrammeReport,
} from './reports.service.ts';

/** The reader's language: the one the link names (the page's), else the browser's, else English. */
const languageOf = (request: FastifyRequest, named: UiLanguage | undefined) =>
  named ?? askedLanguage(request) ?? fallbackLanguage;

const fileName = pdfFileName;

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
      languageOf(request, query.language),
    );
    reply.header('content-disposition', `attachment; filename="${fileName('report', report.cycle.name)}"`);
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
        languageOf(request, query.language),
      );
      const name = fileName('report', report.organisation?.name ?? '', report.cycle.name);
      reply.header('content-disposition', `attachment; filename="${name}"`);
      return pdf;
    },
  );
}
