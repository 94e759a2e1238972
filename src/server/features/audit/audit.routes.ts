import { auditEndpoints as endpoints } from '../../../shared/contract/audit.ts';
import type { Routes } from '../../http/route.ts';
import { auditLogPage } from './audit.service.ts';

export function registerAuditRoutes(routes: Routes) {
  routes.read(endpoints.auditLog, (db, { query }) => auditLogPage(db, query));
}
