import { z } from 'zod';
import { idSchema, nameSchema, programmeDateSchema } from './common.ts';

export const cycleStatuses = ['draft', 'open', 'matching', 'running', 'closed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];

/** A cycle moves forward one phase at a time; a step back is allowed to fix a mistake, never out of closed. */
export const cycleTransitions: Record<CycleStatus, readonly CycleStatus[]> = {
  draft: ['open'],
  open: ['draft', 'matching'],
  matching: ['open', 'running'],
  running: ['matching', 'closed'],
  closed: [],
};

const cycleFields = z.object({
  name: nameSchema,
  startsOn: programmeDateSchema,
  endsOn: programmeDateSchema,
});

const endsAfterStart = (v: { startsOn?: string; endsOn?: string }) =>
  !v.startsOn || !v.endsOn || v.endsOn > v.startsOn;
const endsAfterStartIssue = { message: 'must be after the start date', path: ['endsOn'] };

export const cycleInputSchema = cycleFields.refine(endsAfterStart, endsAfterStartIssue);
export type CycleInput = z.infer<typeof cycleInputSchema>;

export const cycleUpdateSchema = cycleFields.partial().refine(endsAfterStart, endsAfterStartIssue);
export type CycleUpdate = z.infer<typeof cycleUpdateSchema>;

export const cycleStatusChangeSchema = z.object({ status: z.enum(cycleStatuses) });

export const cycleSchema = z.object({
  id: idSchema,
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  status: z.enum(cycleStatuses),
  organisationIds: z.array(idSchema),
  mentorCount: z.number(),
  menteeCount: z.number(),
});
export type Cycle = z.infer<typeof cycleSchema>;

export const cycleListSchema = z.object({ cycles: z.array(cycleSchema) });

export const cycleOrganisationParamsSchema = z.object({ id: idSchema, organisationId: idSchema });
