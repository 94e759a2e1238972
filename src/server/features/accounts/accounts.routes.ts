import { accountEndpoints as endpoints } from '../../../shared/contract/auth.ts';
import type { Routes } from '../../http/route.ts';
import { changeAccount, listAllAccounts } from './accounts.service.ts';

export function registerAccountRoutes(routes: Routes) {
  routes.read(endpoints.list, async (db, { actor }) => ({ accounts: await listAllAccounts(db, actor) }));

  routes.write(endpoints.update, (trx, { actor, params, body }) =>
    changeAccount(trx, actor, params.id, body),
  );
}
