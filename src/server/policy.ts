import type { ErrorCode } from '../shared/contract/common.ts';
import { AppError } from './errors.ts';

// A policy answers "may this actor do this to this object now?" as a pure function, once per rule,
// in `<feature>.policy.ts`. Services enforce the answer (the refusal becomes the error the caller
// gets); presenters turn the same answers into the `can` flags the web shows actions by.

export type Verdict = { allowed: true } | { allowed: false; code: ErrorCode; message: string };

export const allowed: Verdict = { allowed: true };

export function refused(code: ErrorCode, message: string): Verdict {
  return { allowed: false, code, message };
}

/** Throws the refusal as the one error type; allowed passes. */
export function enforce(verdict: Verdict): void {
  if (!verdict.allowed) throw new AppError(verdict.code, verdict.message);
}
