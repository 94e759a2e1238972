import type { Account, SignInRequest } from '../../../../shared/contract/auth.ts';
import { sessionResponseSchema } from '../../../../shared/contract/auth.ts';
import { okSchema } from '../../../../shared/contract/common.ts';
import { ApiError, request } from '../../../lib/api.ts';

/** The signed-in account, or null when there is no session. */
export async function getSession(signal?: AbortSignal): Promise<Account | null> {
  try {
    const { account } = await request('/auth/session', sessionResponseSchema, {
      signal,
      expectUnauthenticated: true,
    });
    return account;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function signIn(input: SignInRequest): Promise<Account> {
  const { account } = await request('/auth/sign-in', sessionResponseSchema, {
    method: 'POST',
    json: input,
    expectUnauthenticated: true,
  });
  return account;
}

export async function signOut(): Promise<void> {
  try {
    await request('/auth/sign-out', okSchema, { method: 'POST', expectUnauthenticated: true });
  } catch (error) {
    // The session had already ended (expired, or the account was disabled): the user is signed out.
    if (error instanceof ApiError && error.status === 401) return;
    throw error;
  }
}
