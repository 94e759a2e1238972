import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../shared/contract/common.ts';
import { AppError } from '../errors.ts';

function send(reply: FastifyReply, status: number, code: ErrorCode, message: string, details?: unknown) {
  return reply
    .status(status)
    .header('cache-control', 'no-store')
    .send({ error: { code, message, ...(details !== undefined ? { details } : {}) } });
}

function validationPath(instancePath: string, context: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return path || context;
}

// Fastify's own client errors, in words a person can act on; anything else is our fault (500).
const fastifyClientErrors: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message:
      'This content type is not accepted here; send application/json, or text/csv to upload a CSV file.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'The Content-Length header is wrong.' },
  FST_ERR_CTP_EMPTY_TYPE: { code: 'bad_request', message: 'The Content-Type header is empty.' },
  FST_ERR_CTP_INVALID_TYPE: { code: 'bad_request', message: 'The Content-Type header is not valid.' },
  FST_ERR_BAD_URL: { code: 'bad_request', message: 'The address is not valid.' },
  // No id or token here is that long: a part of the path over 100 characters names nothing.
  FST_ERR_MAX_PARAM_LENGTH: {
    code: 'uri_too_long',
    message: 'A part of the address is too long (at most 100 characters).',
  },
};

/** Seconds a client waits before trying again while the database is away (a restart takes a few). */
export const RETRY_AFTER_SECONDS = 5;

// What the pg driver and PostgreSQL say when the database cannot be reached or is shutting down.
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Whether the error is the database being unreachable, not a fault of this request. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && unreachableCodes.has(code)) return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    error.message,
  );
}

/** PostgreSQL's unique_violation: a row with the same unique value exists already. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === '23505';
}

/**
 * PostgreSQL gave up on this transaction because of another one at the same moment (a deadlock,
 * 40P01, or a serialization failure, 40001): nothing of it was written and trying again works.
 */
function isConcurrencyFailure(error: unknown): boolean {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return code === '40P01' || code === '40001';
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) {
    if (error.headers) reply.headers(error.headers);
    return send(reply, error.status, error.code, error.message, error.details);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      path: validationPath(issue.instancePath, context),
      message: issue.message,
    }));
    const first = details[0];
    const message = first ? `Invalid ${context}: ${first.path} ${first.message}` : `Invalid ${context}`;
    return send(reply, 400, 'validation_failed', message, details);
  }
  const known = error.code ? fastifyClientErrors[error.code] : undefined;
  if (known) return send(reply, error.statusCode ?? 400, known.code, known.message);
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return send(reply, 400, 'bad_request', `The body is not valid JSON: ${error.message}`);
  }
  if (
    error.statusCode &&
    error.statusCode >= 400 &&
    error.statusCode < 500 &&
    !isResponseSerializationError(error)
  ) {
    return send(
      reply,
      error.statusCode,
      error.statusCode === 404 ? 'not_found' : 'bad_request',
      error.message,
    );
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    return send(
      reply,
      503,
      'unavailable',
      'The service is briefly unavailable. Please try again in a moment.',
    );
  }
  if (isUniqueViolation(error)) {
    // Another request wrote the same unique value meanwhile, past the service's own check. The
    // constraint's name goes to the log; its values (an email address) go nowhere.
    request.log.warn({ constraint: (error as { constraint?: unknown }).constraint }, 'unique violation');
    return send(
      reply,
      409,
      'conflict',
      'This conflicts with a change saved at the same time. Reload and try again.',
    );
  }
  if (isConcurrencyFailure(error)) {
    request.log.warn({ code: (error as { code?: unknown }).code }, 'transaction gave way to another');
    return send(
      reply,
      409,
      'conflict',
      'Someone else saved a related change at the same moment, so nothing was saved. Try again.',
    );
  }
  request.log.error({ err: error }, 'request failed');
  return send(reply, 500, 'internal', 'Something went wrong on our side. It has been logged.');
}
