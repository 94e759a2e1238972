import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode } from '../../shared/contract/common.ts';
import { issueMessage } from '../../shared/contract/issue-messages.ts';
import { errorMessages } from '../../shared/i18n/errors.ts';
import { fallbackLanguage } from '../../shared/i18n/languages.ts';
import { AppError } from '../errors.ts';
import { type Message, messagesOf } from '../messages.ts';
import { askedLanguage } from './request-language.ts';

const say = messagesOf(errorMessages);

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
const fastifyClientErrors: Record<string, { code: ErrorCode; message: Message }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: say('bodyTooLarge') },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: say('mediaTypeRefused') },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'bad_request', message: say('jsonBodyEmpty') },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: say('contentLengthWrong') },
  FST_ERR_CTP_EMPTY_TYPE: { code: 'bad_request', message: say('contentTypeEmpty') },
  FST_ERR_CTP_INVALID_TYPE: { code: 'bad_request', message: say('contentTypeInvalid') },
  FST_ERR_BAD_URL: { code: 'bad_request', message: say('addressInvalid') },
  // No id or token here is that long: a part of the path over 100 characters names nothing.
  FST_ERR_MAX_PARAM_LENGTH: { code: 'uri_too_long', message: say('addressPartTooLong') },
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

/**
 * Every error as our error shape, its messages worded in the request's language (an API client
 * that sends no `Accept-Language` reads English).
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  // The language the request asks for (the web sends its page's); English for an API client asking none.
  const language = askedLanguage(request) ?? fallbackLanguage;
  if (error instanceof AppError) {
    if (error.headers) reply.headers(error.headers);
    const { message, details } = error.inLanguage(language);
    return send(reply, error.status, error.code, message, details);
  }
  if (Array.isArray(error.validation)) {
    // Our validator's issues (http/validator.ts): zod's fields are in `params`.
    const context = error.validationContext ?? 'body';
    const details = error.validation.map((issue) => ({
      path: validationPath(issue.instancePath, context),
      message: issueMessage({ ...issue.params, code: issue.keyword, message: issue.message ?? '' }, language),
    }));
    const first = details[0];
    const message = first
      ? say('invalidRequest', { context, path: first.path, message: first.message })
      : say('invalidRequestNoDetails', { context });
    return send(reply, 400, 'validation_failed', message.in(language), details);
  }
  const known = error.code ? fastifyClientErrors[error.code] : undefined;
  if (known) return send(reply, error.statusCode ?? 400, known.code, known.message.in(language));
  if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    return send(reply, 400, 'bad_request', say('jsonBodyInvalid', { reason: error.message }).in(language));
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
    return send(reply, 503, 'unavailable', say('unavailable').in(language));
  }
  if (isUniqueViolation(error)) {
    // Another request wrote the same unique value meanwhile, past the service's own check. The
    // constraint's name goes to the log; its values (an email address) go nowhere.
    request.log.warn({ constraint: (error as { constraint?: unknown }).constraint }, 'unique violation');
    return send(reply, 409, 'conflict', say('savedAtSameTime').in(language));
  }
  if (isConcurrencyFailure(error)) {
    request.log.warn({ code: (error as { code?: unknown }).code }, 'transaction gave way to another');
    return send(reply, 409, 'conflict', say('savedAtSameMoment').in(language));
  }
  request.log.error({ err: error }, 'request failed');
  return send(reply, 500, 'internal', say('internal').in(language));
}
