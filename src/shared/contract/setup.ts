import { z } from 'zod';
import { everyone } from './access.ts';
import { passwordSchema, sessionResponseSchema } from './auth.ts';
import { emailSchema, nameSchema } from './common.ts';
import { endpoint } from './endpoint.ts';

// The first steps of an empty installation: create the first coordinator, or load the demo.

export const setupStatusSchema = z.object({
  needsSetup: z.boolean(),
  /** Mail leaves the installation (SMTP is set up); without it no mailed link reaches anyone. */
  mailDelivery: z.boolean(),
});

export const createFirstCoordinatorSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: passwordSchema,
});
export type CreateFirstCoordinator = z.infer<typeof createFirstCoordinatorSchema>;

export const demoLoadedSchema = z.object({
  organisations: z.number(),
  participants: z.number(),
  demoPassword: z.string(),
  signInAs: z.array(z.object({ email: z.string(), role: z.string(), description: z.string() })),
});

const tag = 'setup';

export const setupEndpoints = {
  status: endpoint({
    method: 'GET',
    path: '/api/v1/setup',
    operationId: 'getSetupStatus',
    summary: 'Whether this installation still needs its first account',
    tag,
    access: everyone,
    status: 200,
    response: setupStatusSchema,
  }),
  createCoordinator: endpoint({
    method: 'POST',
    path: '/api/v1/setup/coordinator',
    operationId: 'createFirstCoordinator',
    summary: 'Create the first coordinator of an empty installation and sign them in',
    tag,
    access: everyone,
    body: createFirstCoordinatorSchema,
    status: 200,
    response: sessionResponseSchema,
    errors: [422],
  }),
  loadDemo: endpoint({
    method: 'POST',
    path: '/api/v1/setup/demo',
    operationId: 'loadDemoConsortium',
    summary: 'Load the demo consortium into an empty installation',
    tag,
    access: everyone,
    status: 200,
    response: demoLoadedSchema,
    errors: [422],
  }),
};
