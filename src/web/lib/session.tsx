import { createContext, useContext } from 'react';
import { allows } from '../../shared/contract/access.ts';
import type { Account } from '../../shared/contract/auth.ts';
import type { EndpointSpec } from '../../shared/contract/endpoint.ts';

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

/**
 * Whether the signed-in account gets past an endpoint's door: the declaration's own `access`, so
 * the page offers an action exactly where the server would take it from this role.
 */
export function useMayCall(): (endpoint: Pick<EndpointSpec, 'access'>) => boolean {
  const { account } = useSession();
  return (endpoint) => allows(endpoint.access, account.role);
}

/**
 * The organisation whose people the signed-in account works on: a contact's own; none for the
 * coordinator, who works on all (even one who was a contact before and keeps an organisation).
 */
export function useOwnOrganisation(): string | undefined {
  const { account } = useSession();
  return account.role === 'organisation_contact' ? (account.organisationId ?? undefined) : undefined;
}
