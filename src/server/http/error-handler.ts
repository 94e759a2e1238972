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
};

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
  request.log.error({ err: error }, 'request failed');
  return send(reply, 500, 'internal', 'Something went wrong on our side. It has been logged.');
}
