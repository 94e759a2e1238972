import { reminderEndpoints as endpoints } from '../../../shared/contract/reminders.ts';
import type { Routes } from '../../http/route.ts';
import { changeMailPreferences, readMailPreferences } from './mail-preferences.service.ts';
import { exportTandemHealth } from './tandem-health.export.ts';
import { listTandemHealth } from './tandem-health.service.ts';
import { unsubscribeOneClick, unsubscribePage } from './unsubscribe.service.ts';

export function registerReminderRoutes(routes: Routes) {
  routes.read(endpoints.mailPreferences, (db, { actor }) => readMailPreferences(db, actor));

  routes.write(endpoints.changeMailPreferences, (trx, { actor, body, now }) =>
    changeMailPreferences(trx, actor, body, now),
  );

  routes.write(endpoints.tandemHealth, (trx, { actor, params, now }) =>
    listTandemHealth(trx, actor, params.id, now),
  );

  routes.write(endpoints.exportTandemHealthCsv, async (trx, { actor, params, query, now, reply }) => {
    const csv = await exportTandemHealth(trx, actor, params.id, now, query.separator);
    reply.header('content-disposition', 'attachment; filename="tandem-health.csv"');
    return csv;
  });

  routes.read(endpoints.unsubscribePage, (db, { params, origin }) =>
    unsubscribePage(db, params.token, origin),
  );

  routes.write(endpoints.unsubscribe, (trx, { params, origin }) =>
    unsubscribeOneClick(trx, params.token, origin),
  );
}
