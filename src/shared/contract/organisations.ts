import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, staff } from './access.ts';
import { idParamsSchema, idSchema, nameSchema, okSchema, versionReadSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';

const says = messageKeys(validationMessages);

export const organisationSizes = ['1-49', '50-249', '250-999', '1000-9999', '10000+'] as const;

const websiteSchema = z
  .string()
  .trim()
  .max(300)
  .refine((v) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), says('startsWithHttp'));

const organisationFields = {
  name: nameSchema,
  industry: z.string().trim().max(100),
  size: z.enum(organisationSizes).nullable(),
  website: websiteSchema,
  competitorIds: z.array(idSchema).max(200, says('organisationsMax')),
};

export const organisationInputSchema = z.object({
  ...organisationFields,
  industry: organisationFields.industry.default(''),
  size: organisationFields.size.default(null),
  website: organisationFields.website.default(''),
  competitorIds: organisationFields.competitorIds.default([]),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

// Built from the bare fields: a partial of the input schema would fill in its defaults.
// The version read is required: a change made meanwhile answers 409 instead of being overwritten.
export const organisationUpdateSchema = z
  .object(organisationFields)
  .partial()
  .extend({ version: versionReadSchema });
export type OrganisationUpdate = z.input<typeof organisationUpdateSchema>;

export const organisationSchema = z.object({
  id: idSchema,
  name: z.string(),
  industry: z.string(),
  size: z.enum(organisationSizes).nullable(),
  website: z.string(),
  competitorIds: z.array(idSchema),
  participantCount: z.number(),
  contactCount: z.number(),
  /** Raised by every saved edit of its details or competitors (also one made from a competitor's side). */
  version: z.number(),
  /** What the caller may do with the organisation now, as the server decides it. */
  can: z.object({
    /** Change its details and competitors. */
    edit: z.boolean(),
    /** Delete it: only once it has no people and takes part in no cycle. */
    remove: z.boolean(),
  }),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListSchema = z.object({ organisations: z.array(organisationSchema) });

export const contactSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  disabled: z.boolean(),
});
export const contactListSchema = z.object({ contacts: z.array(contactSchema) });

const tag = 'organisations';

export const organisationEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/organisations',
    operationId: 'listOrganisations',
    summary: 'The organisations the caller may see',
    tag,
    access: staff,
    status: 200,
    response: organisationListSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/organisations',
    operationId: 'createOrganisation',
    summary: 'Add a member organisation of the consortium',
    tag,
    access: coordinatorOnly,
    body: organisationInputSchema,
    status: 201,
    response: organisationSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/v1/organisations/:id',
    operationId: 'getOrganisation',
    summary: 'One organisation',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: organisationSchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/organisations/:id',
    operationId: 'updateOrganisation',
    summary: 'Change an organisation’s details or competitors',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: organisationUpdateSchema,
    status: 200,
    response: organisationSchema,
  }),
  remove: endpoint({
    method: 'DELETE',
    path: '/api/v1/organisations/:id',
    operationId: 'deleteOrganisation',
    summary: 'Delete an organisation that has no people and takes part in no cycle',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 200,
    response: okSchema,
  }),
  listContacts: endpoint({
    method: 'GET',
    path: '/api/v1/organisations/:id/contacts',
    operationId: 'listOrganisationContacts',
    summary: 'The contact accounts of an organisation',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: contactListSchema,
  }),
};
