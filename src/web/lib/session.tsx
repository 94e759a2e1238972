import { createContext, useContext } from 'react';
import type { Account } from '../../shared/contract/auth.ts';

export type Session = {
  account: Account;
  /** Ends the session on the server and returns to sign-in. */
  signOut: () => Promise<void>;
};

export const SessionContext = createContext<Session | null>(null);

/** The signed-in account; only pages behind sign-in call this. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}
