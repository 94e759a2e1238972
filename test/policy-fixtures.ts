import type { Actor } from '../src/server/http/actor.ts';
import type { Verdict } from '../src/server/policy.ts';

// Shared by the policies' table tests: rules look at an actor's role, organisation and person only.

/** An actor as the rules see one; a participant stands for some person unless told otherwise. */
export function testActor(
  role: Actor['role'],
  organisationId: string | null = null,
  personId: string | null = role === 'participant' ? 'person' : null,
): Actor {
  return { accountId: 'a', email: 'x@example.org', name: 'X', role, organisationId, personId, ip: null };
}

/** A verdict as one word for a table: 'allowed', or the refusal's error code. */
export function outcome(verdict: Verdict): string {
  return verdict.allowed ? 'allowed' : verdict.code;
}
