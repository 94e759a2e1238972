import { auditPageSchema, auditQuerySchema, outboxListSchema } from '../../../shared/contract/audit.ts';
import { errorResponseSchema } from '../../../shared/contract/common.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly } from '../../http/actor.ts';
import { listOutbox } from '../outbox/outbox.repository.ts';
import { listAuditEntries } from './audit.repository.ts';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

export function registerAuditRoutes(app: ApiApp, { db }: AppDeps) {
  app.get(
    '/api/v1/audit-log',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags: ['audit'],
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema, ...errors },
      },
    },
    async (request) => {
      const entries = await listAuditEntries(db, request.query);
      const last = entries.at(-1);
      return { entries, nextBefore: entries.length === request.query.limit && last ? last.id : null };
    },
  );

  app.get(
    '/api/v1/outbox',
    {
      config: { access: coordinatorOnly },
      schema: { tags: ['outbox'], response: { 200: outboxListSchema, ...errors } },
    },
    async () => ({ messages: await listOutbox(db) }),
  );
}
