import { z } from 'zod';
import { idSchema, nameSchema } from './common.ts';

export const organisationSizes = ['1-49', '50-249', '250-999', '1000-9999', '10000+'] as const;

const websiteSchema = z
  .string()
  .trim()
  .max(300, 'must be at most 300 characters')
  .refine((v) => v === '' || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), 'must start with http:// or https://');

const organisationFields = {
  name: nameSchema,
  industry: z.string().trim().max(100, 'must be at most 100 characters'),
  size: z.enum(organisationSizes).nullable(),
  website: websiteSchema,
  competitorIds: z.array(idSchema).max(200, 'must list at most 200 organisations'),
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
export const organisationUpdateSchema = z.object(organisationFields).partial();
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
