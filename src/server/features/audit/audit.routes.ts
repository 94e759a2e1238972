import { auditEndpoints as endpoints } from '../../../shared/contract/audit.ts';
import type { Routes } from '../../http/route.ts';
import { listRecentMail } from '../outbox/outbox.service.ts';
import { listAuditEntries } from './audit.repository.ts';

export function registerAuditRoutes(routes: Routes) {
  routes.read(endpoints.auditLog, async (db, { query }) => {
    const entries = await listAuditEntries(db, query);
    const last = entries.at(-1);
    return { entries, nextBefore: entries.length === query.limit && last ? last.id : null };
  });

  routes.read(endpoints.outbox, async (db) => ({ messages: await listRecentMail(db) }));
}
