import type { ErrorCode } from '../shared/contract/common.ts';

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  origin_rejected: 403,
  not_found: 404,
  invitation_invalid: 404,
  reset_link_invalid: 404,
  conflict: 409,
  stale_version: 409,
  setup_done: 409,
  payload_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  password_rejected: 422,
  import_invalid: 422,
  hard_rule_broken: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** The one error type of the server: a stable code for programs and a message for people. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = statusByCode[code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found`);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);

/**
 * A save made on a version older than the saved one: someone changed the object meanwhile. It
 * answers 409 instead of silently overwriting their change; `details.currentVersion` says which
 * version to load.
 */
export const staleVersion = (
  what: string,
  currentVersion: number | undefined,
  advice = 'Load it again to see the change, then make yours again.',
) => new AppError('stale_version', `${what} changed since you loaded it. ${advice}`, { currentVersion });
