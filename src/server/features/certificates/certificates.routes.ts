import { certificateEndpoints as endpoints } from '../../../shared/contract/certificates.ts';
import type { Routes } from '../../http/route.ts';
import { pdfFileName } from '../../pdf/document.ts';
import {
  certificatePdf,
  listCycleCertificates,
  listMyCertificates,
  reissueCertificate,
  withholdCertificate,
} from './certificates.service.ts';

export function registerCertificateRoutes(routes: Routes) {
  routes.read(endpoints.listMine, async (db, { actor }) => ({
    certificates: await listMyCertificates(db, actor),
  }));

  routes.read(endpoints.listForCycle, async (db, { actor, params }) => ({
    certificates: await listCycleCertificates(db, actor, params.id),
  }));

  // A write: the first download gives the certificate its number, and every download is audited.
  routes.write(endpoints.pdf, async (trx, { actor, params, query, now, reply }) => {
    const { pdf, name, cycleName } = await certificatePdf(trx, actor, params.id, now, query.language);
    const file = pdfFileName('certificate', name, cycleName);
    reply.header('content-disposition', `attachment; filename="${file}"`);
    return pdf;
  });

  routes.write(endpoints.withhold, (trx, { actor, params, body, now }) =>
    withholdCertificate(trx, actor, params.id, body.reason, now),
  );

  routes.write(endpoints.reissue, (trx, { actor, params, now }) =>
    reissueCertificate(trx, actor, params.id, now),
  );
}
