import type { z } from 'zod';
import type { Account } from '../../../../shared/contract/auth.ts';
import {
  type CreateFirstCoordinator,
  type demoLoadedSchema,
  setupEndpoints as endpoints,
} from '../../../../shared/contract/setup.ts';
import { call } from '../../../lib/api.ts';

export type DemoLoaded = z.infer<typeof demoLoadedSchema>;

export async function getSetupStatus(signal?: AbortSignal): Promise<boolean> {
  const { needsSetup } = await call(endpoints.status, { signal, expectUnauthenticated: true });
  return needsSetup;
}

/** Whether mail leaves this installation: without it, no mailed link reaches anyone. */
export async function getMailDelivery(signal?: AbortSignal): Promise<boolean> {
  const { mailDelivery } = await call(endpoints.status, { signal, expectUnauthenticated: true });
  return mailDelivery;
}

/** Creates the first coordinator; the server signs them in at once. */
export async function createFirstCoordinator(input: CreateFirstCoordinator): Promise<Account> {
  const { account } = await call(endpoints.createCoordinator, { body: input, expectUnauthenticated: true });
  return account;
}

export function loadDemo(): Promise<DemoLoaded> {
  return call(endpoints.loadDemo, { expectUnauthenticated: true });
}
