import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';

/**
 * Fastify's per-request log lines, as one access line per answered request at info (the default
 * level): method, path with query, status and milliseconds, instead of Fastify's two longer lines
 * (arrival and completion, with the client's address and port). An answer the server could not
 * finish sending is logged at error with its cause.
 */
/**
 * The address as logged: a token in it (an invitation's, a one-click unsubscribe's) is a secret its
 * holder alone should know, so it is left out of the log, which operators and their tools read.
 */
export function withoutSecrets(request: FastifyRequest): string {
  const token = (request.params as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' && token.length > 0
    ? request.url.split(token).join('[token]')
    : request.url;
}

export class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    const line = {
      method: request.method,
      url: withoutSecrets(request),
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime * 10) / 10,
    };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request');
  }
}
