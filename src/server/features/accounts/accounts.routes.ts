import { accountListSchema, accountSchema, updateAccountSchema } from '../../../shared/contract/auth.ts';
import { idParamsSchema } from '../../../shared/contract/common.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly } from '../../http/actor.ts';
import { requireActor } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import { changeAccount, listAllAccounts } from './accounts.service.ts';

const errors = errorResponses;
const tags = ['accounts'];

export function registerAccountRoutes(app: ApiApp, { db }: AppDeps) {
  app.get(
    '/api/v1/accounts',
    {
      config: { access: coordinatorOnly },
      schema: { tags, response: { 200: accountListSchema, ...errors } },
    },
    async () => ({ accounts: await listAllAccounts(db) }),
  );

  app.patch(
    '/api/v1/accounts/:id',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: updateAccountSchema,
        response: { 200: accountSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db.transaction().execute((trx) => changeAccount(trx, actor, request.params.id, request.body));
    },
  );
}
