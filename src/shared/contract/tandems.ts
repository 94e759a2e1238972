import { z } from 'zod';
import { idSchema } from './common.ts';

export const tandemPersonSchema = z.object({
  participantId: idSchema,
  name: z.string(),
  email: z.string(),
  organisationName: z.string(),
  jobTitle: z.string(),
  seniority: z.number().nullable(),
  languages: z.array(z.string()),
  location: z.string(),
  topics: z.array(z.string()),
  text: z.string(),
});

export const tandemSchema = z.object({
  id: idSchema,
  cycleId: idSchema,
  cycleName: z.string(),
  status: z.enum(['active', 'dissolved']),
  publishedAt: z.string(),
  dissolvedAt: z.string().nullable(),
  dissolvedReason: z.string().nullable(),
  mentee: tandemPersonSchema,
  mentor: tandemPersonSchema,
  /** Why they were matched, in words; shown to the tandem as a conversation starter. */
  reasons: z.array(z.string()),
});
export type Tandem = z.infer<typeof tandemSchema>;

export const tandemListSchema = z.object({ tandems: z.array(tandemSchema) });

export const dissolveTandemSchema = z.object({
  reason: z.string().trim().min(1, 'must say why the tandem ends').max(500, 'must be at most 500 characters'),
});

export const rematchResultSchema = z.object({
  menteeId: idSchema,
  proposal: z
    .object({
      mentorId: idSchema,
      mentorName: z.string(),
      mentorOrganisationName: z.string(),
      score: z.number(),
      reasons: z.array(z.string()),
    })
    .nullable(),
  reasons: z.array(z.string()),
});
