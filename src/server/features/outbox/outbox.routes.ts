import { outboxEndpoints as endpoints } from '../../../shared/contract/outbox.ts';
import type { Routes } from '../../http/route.ts';
import { outboxPage } from './outbox.service.ts';

export function registerOutboxRoutes(routes: Routes) {
  routes.read(endpoints.list, (db, { query }) => outboxPage(db, query));
}
