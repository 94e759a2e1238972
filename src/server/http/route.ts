import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorResponseSchema } from '../../shared/contract/common.ts';
import type { EndpointArgs, EndpointReply, EndpointSpec } from '../../shared/contract/endpoint.ts';
import { contractErrorMap } from '../../shared/contract/issue-messages.ts';
import { errorMessages } from '../../shared/i18n/errors.ts';
import type { AppDeps } from '../app.ts';
import type { Db, Trx } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { IssueWording, messagesOf } from '../messages.ts';
import type { Actor } from './actor.ts';
import { requireActor, siteOrigin } from './authenticate.ts';
import { documentEndpoint } from './openapi.ts';

const say = messagesOf(errorMessages);

/** What a handler knows besides the database: who calls, with what, and when. */
export type RouteContext<E extends EndpointSpec> = EndpointArgs<E> & {
  /** The caller; on a public route, null when nobody is signed in. */
  actor: E['access'] extends 'public' ? Actor | null : Actor;
  now: Date;
  /** This site's origin, for links in mails. */
  origin: string;
  request: FastifyRequest;
  reply: FastifyReply;
};

type Answer<E extends EndpointSpec> = EndpointReply<E> | Promise<EndpointReply<E>>;

export interface Routes {
  /**
   * A route whose handler reads, writes once, or must keep what it wrote when it then refuses (a
   * failed sign-in records the failure the rate limit counts, then answers 401): it gets the database.
   */
  read<E extends EndpointSpec>(e: E, handler: (db: Db, ctx: RouteContext<E>) => Answer<E>): void;
  /** A route whose handler writes: it runs in one transaction, all of it or nothing. */
  write<E extends EndpointSpec>(e: E, handler: (trx: Trx, ctx: RouteContext<E>) => Answer<E>): void;
}

/** The statuses every API route can answer with, in our error shape. */
const commonErrors = [400, 401, 403, 404, 409] as const;
/** …and a route that takes a body: too large (413), or of a content type it does not take (415). */
const bodyErrors = [413, 415] as const;

const fileTypes = {
  'text/csv': 'text/csv; charset=utf-8',
  'text/calendar': 'text/calendar; charset=utf-8',
  'text/html': 'text/html; charset=utf-8',
  'text/plain': 'text/plain; charset=utf-8',
  'application/pdf': 'application/pdf',
};

/**
 * Registers routes from their contract declarations: method, path, schemas, limits and who may
 * call it come from the declaration, so a handler is one line of intent (the handler recipe:
 * actor → context → transaction → service → answer).
 */
export function routesFor(app: FastifyInstance, deps: AppDeps): Routes {
  function register<E extends EndpointSpec>(
    e: E,
    run: (ctx: RouteContext<E>) => Promise<EndpointReply<E>>,
  ): void {
    const response: Record<number, unknown> = { [e.status]: e.response };
    const errors = [...commonErrors, ...(e.body ? bodyErrors : []), ...(e.errors ?? [])];
    for (const status of errors) response[status] = errorResponseSchema;
    app.route({
      method: e.method,
      url: e.path,
      ...(e.bodyLimit ? { bodyLimit: e.bodyLimit } : {}),
      // The API document is written from the declaration (http/openapi.ts).
      config: {
        access: e.access,
        operationId: e.operationId,
        swaggerTransform: documentEndpoint(e),
        ...(e.formBody ? { formBody: true } : {}),
      },
      schema: {
        operationId: e.operationId,
        summary: e.summary,
        ...(e.description ? { description: e.description } : {}),
        tags: [e.tag],
        // A public route needs no session: an empty list says so.
        security: e.access === 'public' ? [] : [{ session: [] }],
        ...(e.hidden ? { hide: true } : {}),
        ...(e.params ? { params: e.params } : {}),
        ...(e.query ? { querystring: e.query } : {}),
        ...(e.body && !e.consumes ? { body: e.body } : {}),
        response,
      },
      handler: async (request, reply) => {
        const ctx = {
          params: request.params,
          query: request.query,
          body: e.consumes ? fileBody(e, request.body) : request.body,
          actor: e.access === 'public' ? request.actor : requireActor(request),
          now: deps.clock(),
          get origin() {
            return siteOrigin(deps, request);
          },
          request,
          reply,
        } as RouteContext<E>;
        const answer = await run(ctx);
        reply.status(e.status);
        if (e.produces) reply.type(fileTypes[e.produces]);
        return answer;
      },
    });
  }

  return {
    read: (e, handler) => register(e, async (ctx) => handler(deps.db, ctx)),
    write: (e, handler) =>
      register(e, (ctx) => deps.db.transaction().execute(async (trx) => handler(trx, ctx))),
  };
}

/** A file sent as the body (the CSV import): text of the declared type, or 415. */
function fileBody(e: EndpointSpec, body: unknown): unknown {
  if (typeof body !== 'string') {
    throw new AppError('unsupported_media_type', say('csvAsBody'));
  }
  if (!e.body) return body;
  const parsed = e.body.safeParse(body, { error: contractErrorMap });
  if (!parsed.success) {
    const [issue = { message: 'invalid' }] = parsed.error.issues;
    throw new AppError('validation_failed', say('invalidFileBody', { message: new IssueWording(issue) }));
  }
  return parsed.data;
}
