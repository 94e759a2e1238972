import { type Access, allows } from '../shared/contract/access.ts';
import type { ErrorCode } from '../shared/contract/common.ts';
import { errorMessages } from '../shared/i18n/errors.ts';
import { AppError, type Missing, notFoundMessage } from './errors.ts';
import type { Actor } from './http/actor.ts';
import { type InWords, inLanguage, messagesOf, Worded, type Wording } from './messages.ts';

// A policy answers "may this actor do this to this object now?" as a pure function, once per rule,
// in `<feature>.policy.ts`. Services enforce the answer (the refusal becomes the error the caller
// gets); presenters turn the same answers into the `can` flags the web shows actions by.

export type Verdict =
  | { allowed: true }
  | { allowed: false; code: ErrorCode; message: string; details?: InWords<RefusalDetails> };

/**
 * What a program reads from a refusal: the fields at fault, as validation errors name them, or the
 * facts in the way. Messages in it are worded in the caller's language, as the refusal's own.
 */
export type RefusalDetails =
  | { path: string | Wording; message: Wording | string }[]
  | Record<string, unknown>;

export const allowed: Verdict = { allowed: true };

const say = messagesOf(errorMessages);

/** A refusal's message and details as messages, for the error the caller gets in their language. */
const saidOf = new WeakMap<object, { message: Wording; details?: RefusalDetails }>();

/**
 * Refused; `details` names the fields at fault, as validation errors do, or the facts in the way.
 * The verdict reads in English (as tests and logs read it); `enforce` answers in the caller's language.
 */
export function refused(code: ErrorCode, message: Wording, details?: RefusalDetails): Verdict {
  const verdict: Verdict = details
    ? { allowed: false, code, message: message.in('en'), details: inLanguage(details, 'en') }
    : { allowed: false, code, message: message.in('en') };
  saidOf.set(verdict, { message, ...(details ? { details } : {}) });
  return verdict;
}

/** Refused as not found: the object is hidden from this actor, or is not there. */
export const refusedNotFound = (what: Missing): Verdict => refused('not_found', notFoundMessage(what));

/** Throws the refusal as the one error type; allowed passes. */
export function enforce(verdict: Verdict): void {
  if (verdict.allowed) return;
  // A refusal made by `refused` keeps its messages; a copy of one keeps at least its English.
  const said = saidOf.get(verdict) ?? {
    message: new Worded(() => verdict.message),
    details: verdict.details,
  };
  throw new AppError(verdict.code, said.message, said.details);
}

/**
 * The door's rule as a verdict: whether the actor's role may call the endpoint at all (its `access`
 * in the contract), with the refusal the door gives. Policies start from it, so a `can` flag is
 * false for a role the endpoint turns away.
 */
export function mayCall(actor: Pick<Actor, 'role'>, endpoint: { access: Access }): Verdict {
  return allows(endpoint.access, actor.role) ? allowed : refused('forbidden', say('roleRefused'));
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
