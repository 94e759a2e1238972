import { organisationEndpoints as endpoints } from '../../../shared/contract/organisations.ts';
import type { Routes } from '../../http/route.ts';
import {
  changeOrganisation,
  createOrganisation,
  getVisibleOrganisation,
  listVisibleContacts,
  listVisibleOrganisations,
  removeOrganisation,
} from './organisations.service.ts';

export function registerOrganisationRoutes(routes: Routes) {
  routes.read(endpoints.list, async (db, { actor }) => ({
    organisations: await listVisibleOrganisations(db, actor),
  }));

  routes.write(endpoints.create, (trx, { actor, body, now }) => createOrganisation(trx, actor, body, now));

  routes.read(endpoints.get, (db, { actor, params }) => getVisibleOrganisation(db, actor, params.id));

  routes.write(endpoints.update, (trx, { actor, params, body, now }) =>
    changeOrganisation(trx, actor, params.id, body, now),
  );

  routes.write(endpoints.remove, async (trx, { actor, params, now }) => {
    await removeOrganisation(trx, actor, params.id, now);
    return { ok: true as const };
  });

  routes.read(endpoints.listContacts, async (db, { actor, params }) => ({
    contacts: await listVisibleContacts(db, actor, params.id),
  }));
}
