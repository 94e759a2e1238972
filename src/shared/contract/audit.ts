import { z } from 'zod';
import { coordinatorOnly } from './access.ts';
import { endpoint } from './endpoint.ts';

export const auditEntrySchema = z.object({
  id: z.number(),
  occurredAt: z.string(),
  actorEmail: z.string().nullable(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  action: z.string().trim().max(100).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.number().nullable(),
});

export const auditEndpoints = {
  auditLog: endpoint({
    method: 'GET',
    path: '/api/v1/audit-log',
    operationId: 'listAuditEntries',
    summary: 'The audit log, newest first, a page at a time; filter by action',
    tag: 'audit',
    access: coordinatorOnly,
    query: auditQuerySchema,
    status: 200,
    response: auditPageSchema,
  }),
};
