import { type Access, allows } from '../shared/contract/access.ts';
import type { ErrorCode } from '../shared/contract/common.ts';
import { AppError } from './errors.ts';
import type { Actor } from './http/actor.ts';

// A policy answers "may this actor do this to this object now?" as a pure function, once per rule,
// in `<feature>.policy.ts`. Services enforce the answer (the refusal becomes the error the caller
// gets); presenters turn the same answers into the `can` flags the web shows actions by.

export type Verdict =
  | { allowed: true }
  | { allowed: false; code: ErrorCode; message: string; details?: RefusalDetails };

/** What a program reads from a refusal: the fields at fault, as validation errors name them, or the facts in the way. */
export type RefusalDetails = { path: string; message: string }[] | Record<string, unknown>;

export const allowed: Verdict = { allowed: true };

/** Refused; `details` names the fields at fault, as validation errors do, or the facts in the way. */
export function refused(code: ErrorCode, message: string, details?: RefusalDetails): Verdict {
  return details ? { allowed: false, code, message, details } : { allowed: false, code, message };
}

/** Throws the refusal as the one error type; allowed passes. */
export function enforce(verdict: Verdict): void {
  if (!verdict.allowed) throw new AppError(verdict.code, verdict.message, verdict.details);
}

/**
 * The door's rule as a verdict: whether the actor's role may call the endpoint at all (its `access`
 * in the contract), with the refusal the door gives. Policies start from it, so a `can` flag is
 * false for a role the endpoint turns away.
 */
export function mayCall(actor: Pick<Actor, 'role'>, endpoint: { access: Access }): Verdict {
  return allows(endpoint.access, actor.role)
    ? allowed
    : refused('forbidden', 'Your role does not allow this.');
}

/** The coordinator sees every organisation's objects; anyone else only their own organisation's. */
export function seesOrganisation(
  actor: Pick<Actor, 'role' | 'organisationId'>,
  organisationId: string,
): boolean {
  return (
    actor.role === 'coordinator' || (actor.organisationId !== null && actor.organisationId === organisationId)
  );
}
