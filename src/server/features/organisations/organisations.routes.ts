import { idParamsSchema, okSchema } from '../../../shared/contract/common.ts';
import {
  contactListSchema,
  organisationInputSchema,
  organisationListSchema,
  organisationSchema,
  organisationUpdateSchema,
} from '../../../shared/contract/organisations.ts';
import type { ApiApp, AppDeps } from '../../app.ts';
import { coordinatorOnly, staff } from '../../http/actor.ts';
import { requireActor } from '../../http/authenticate.ts';
import { errorResponses } from '../../http/error-responses.ts';
import {
  changeOrganisation,
  createOrganisation,
  getVisibleOrganisation,
  listVisibleContacts,
  listVisibleOrganisations,
  removeOrganisation,
} from './organisations.service.ts';

const errors = errorResponses;
const tags = ['organisations'];

export function registerOrganisationRoutes(app: ApiApp, { db, clock }: AppDeps) {
  app.get(
    '/api/v1/organisations',
    { config: { access: staff }, schema: { tags, response: { 200: organisationListSchema, ...errors } } },
    async (request) => ({ organisations: await listVisibleOrganisations(db, requireActor(request)) }),
  );

  app.post(
    '/api/v1/organisations',
    {
      config: { access: coordinatorOnly },
      schema: { tags, body: organisationInputSchema, response: { 201: organisationSchema, ...errors } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const organisation = await db
        .transaction()
        .execute((trx) => createOrganisation(trx, actor, request.body));
      return reply.status(201).send(organisation);
    },
  );

  app.get(
    '/api/v1/organisations/:id',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: organisationSchema, ...errors } },
    },
    async (request) => getVisibleOrganisation(db, requireActor(request), request.params.id),
  );

  app.patch(
    '/api/v1/organisations/:id',
    {
      config: { access: coordinatorOnly },
      schema: {
        tags,
        params: idParamsSchema,
        body: organisationUpdateSchema,
        response: { 200: organisationSchema, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return db
        .transaction()
        .execute((trx) => changeOrganisation(trx, actor, request.params.id, request.body, clock()));
    },
  );

  app.delete(
    '/api/v1/organisations/:id',
    {
      config: { access: coordinatorOnly },
      schema: { tags, params: idParamsSchema, response: { 200: okSchema, ...errors } },
    },
    async (request) => {
      const actor = requireActor(request);
      await db.transaction().execute((trx) => removeOrganisation(trx, actor, request.params.id));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/v1/organisations/:id/contacts',
    {
      config: { access: staff },
      schema: { tags, params: idParamsSchema, response: { 200: contactListSchema, ...errors } },
    },
    async (request) => ({
      contacts: await listVisibleContacts(db, requireActor(request), request.params.id),
    }),
  );
}
