import {
  type Account,
  authEndpoints as endpoints,
  type PasswordReset,
  type SignInRequest,
} from '../../../../shared/contract/auth.ts';
import type { UiLanguage } from '../../../../shared/i18n/languages.ts';
import { ApiError, call } from '../../../lib/api.ts';

/** The signed-in account, or null when there is no session. */
export async function getSession(signal?: AbortSignal): Promise<Account | null> {
  try {
    const { account } = await call(endpoints.session, {
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
  const { account } = await call(endpoints.signIn, {
    body: input,
    expectUnauthenticated: true,
  });
  return account;
}

export async function signOut(): Promise<void> {
  try {
    await call(endpoints.signOut, { expectUnauthenticated: true });
  } catch (error) {
    // The session had already ended (expired, or the account was disabled): the user is signed out.
    if (error instanceof ApiError && error.status === 401) return;
    throw error;
  }
}

/** Asks for a reset link; the server answers the same whether or not an account has the address. */
export async function requestPasswordReset(email: string): Promise<void> {
  await call(endpoints.requestPasswordReset, { body: { email } });
}

/** Sets the new password with the link's token; the server ends every session and signs in afresh. */
export async function resetPassword(input: PasswordReset): Promise<Account> {
  const { account } = await call(endpoints.resetPassword, { body: input });
  return account;
}

/** The account's language, of its pages and mails: the header's switch saves it. */
export function changeLanguage(language: UiLanguage) {
  return call(endpoints.changeLanguage, { body: { language } });
}
