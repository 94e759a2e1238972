import { z } from 'zod';
import { uiLanguages } from '../i18n/languages.ts';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, participantsOnly, signedIn } from './access.ts';
import { idParamsSchema, idSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';
import { participantRoles } from './participants.ts';

const says = messageKeys(validationMessages);
const tag = 'certificates';

// Certificates of participation (decision 0024): when a cycle closes, each mentor and mentee who
// completed it downloads a one-page PDF naming them, their role, the programme, its period, their
// organisation and the coordinator; never anything of their tandem. The coordinator withholds one
// or reissues it with a new number.

/**
 * Where a participation's certificate stands: `pending` while the cycle has not closed,
 * `not_completed` when it closed without the participation completing it (no tandem that lasted
 * to the cycle's midpoint), `withheld` by the coordinator, else `available`.
 */
export const certificateStates = ['pending', 'not_completed', 'withheld', 'available'] as const;
export type CertificateState = (typeof certificateStates)[number];

/** A participant's own certificate, one per participation. */
export const myCertificateSchema = z.object({
  participantId: idSchema,
  cycleId: idSchema,
  cycleName: z.string(),
  state: z.enum(certificateStates),
});
export type MyCertificate = z.infer<typeof myCertificateSchema>;

/** A certificate as the coordinator manages it: every participation of the cycle that had a tandem. */
export const cycleCertificateSchema = z.object({
  participantId: idSchema,
  name: z.string(),
  role: z.enum(participantRoles),
  organisationName: z.string(),
  state: z.enum(certificateStates),
  /** The number printed (serial and version), once one was given; null before. */
  number: z.string().nullable(),
  /** How often it was reissued with a new number. */
  reissues: z.number(),
  withheldAt: z.string().nullable(),
  /** The coordinator's reason, for the coordinator only: the participant is told that it is withheld, not why. */
  withheldReason: z.string().nullable(),
  can: z.object({
    /** Hold it back: while the participation completes or may still complete the cycle. */
    withhold: z.boolean(),
    /** Give it a new number, lifting a withholding: once a number was given or it is withheld. */
    reissue: z.boolean(),
  }),
});
export type CycleCertificate = z.infer<typeof cycleCertificateSchema>;

export const withholdCertificateSchema = z.object({
  reason: z.string().trim().min(1, says('withholdReason')).max(500),
});

/** A PDF's language: the page's the link was followed from; else the account's mail language. */
export const certificatePdfQuerySchema = z.object({ language: z.enum(uiLanguages).optional() });

export const certificateEndpoints = {
  listMine: endpoint({
    method: 'GET',
    path: '/api/v1/me/certificates',
    operationId: 'listMyCertificates',
    summary: 'The signed-in participant’s certificates of participation, one per participation',
    tag,
    access: participantsOnly,
    status: 200,
    response: z.object({ certificates: z.array(myCertificateSchema) }),
  }),
  listForCycle: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/certificates',
    operationId: 'listCycleCertificates',
    summary: 'The certificates of the cycle’s participants who had a tandem, with their state',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: z.object({ certificates: z.array(cycleCertificateSchema) }),
  }),
  pdf: endpoint({
    method: 'GET',
    path: '/api/v1/participations/:id/certificate.pdf',
    operationId: 'getCertificatePdf',
    summary: 'A certificate of participation as a PDF (A4)',
    description:
      'The participant themself, the coordinator, and contacts of the participant’s organisation; anyone else gets 404, as does a participation that did not complete its closed cycle. A withheld certificate answers 409 `certificate_withheld`.',
    tag,
    access: signedIn,
    params: idParamsSchema,
    query: certificatePdfQuerySchema,
    status: 200,
    response: z.string().describe('PDF file'),
    produces: 'application/pdf',
  }),
  withhold: endpoint({
    method: 'POST',
    path: '/api/v1/participations/:id/certificate/withhold',
    operationId: 'withholdCertificate',
    summary:
      'Withhold a certificate, saying why (the coordinator reads the reason; the participant is told it is withheld)',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: withholdCertificateSchema,
    status: 200,
    response: cycleCertificateSchema,
  }),
  reissue: endpoint({
    method: 'POST',
    path: '/api/v1/participations/:id/certificate/reissue',
    operationId: 'reissueCertificate',
    summary: 'Reissue a certificate with a new number, lifting a withholding',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: cycleCertificateSchema,
  }),
};
