import type { z } from 'zod';
import {
  type Account,
  type CreateFirstCoordinator,
  demoLoadedSchema,
  sessionResponseSchema,
  setupStatusSchema,
} from '../../../../shared/contract/auth.ts';
import { request } from '../../../lib/api.ts';

export type DemoLoaded = z.infer<typeof demoLoadedSchema>;

export async function getSetupStatus(signal?: AbortSignal): Promise<boolean> {
  const { needsSetup } = await request('/setup', setupStatusSchema, { signal, expectUnauthenticated: true });
  return needsSetup;
}

/** Creates the first coordinator; the server signs them in at once. */
export async function createFirstCoordinator(input: CreateFirstCoordinator): Promise<Account> {
  const { account } = await request('/setup/coordinator', sessionResponseSchema, {
    method: 'POST',
    json: input,
    expectUnauthenticated: true,
  });
  return account;
}

export function loadDemo(): Promise<DemoLoaded> {
  return request('/setup/demo', demoLoadedSchema, { method: 'POST', json: {}, expectUnauthenticated: true });
}
