import { certificateEndpoints as endpoints } from '../../../../shared/contract/certificates.ts';
import { call, endpointUrl } from '../../../lib/api.ts';
import { activeLanguage } from '../../../lib/i18n.tsx';

/** The signed-in participant's certificates, one per participation. */
export async function listMyCertificates(signal?: AbortSignal) {
  const { certificates } = await call(endpoints.listMine, { signal });
  return certificates;
}

/** The cycle's certificates, for the coordinator. */
export async function listCycleCertificates(cycleId: string, signal?: AbortSignal) {
  const { certificates } = await call(endpoints.listForCycle, { params: { id: cycleId }, signal });
  return certificates;
}

export function withholdCertificate(participantId: string, reason: string) {
  return call(endpoints.withhold, { params: { id: participantId }, body: { reason } });
}

export function reissueCertificate(participantId: string) {
  return call(endpoints.reissue, { params: { id: participantId } });
}

/** Where a certificate downloads as a PDF, in the language of the page it is linked from. */
export function certificatePdfUrl(participantId: string): string {
  return endpointUrl(endpoints.pdf, { params: { id: participantId }, query: { language: activeLanguage() } });
}
