import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Access } from '../shared/contract/access.ts';
import { systemEndpoints } from '../shared/contract/system.ts';
import { errorMessages } from '../shared/i18n/errors.ts';
import type { AppConfig } from './config.ts';
import type { Db } from './db/database.ts';
import { databaseAnswers } from './db/ping.ts';
import { AppError } from './errors.ts';
import { registerAccountRoutes } from './features/accounts/accounts.routes.ts';
import { registerAgreementRoutes } from './features/agreements/agreements.routes.ts';
import { registerAlumniRoutes } from './features/alumni/alumni.routes.ts';
import { registerAuditRoutes } from './features/audit/audit.routes.ts';
import { registerAuthRoutes } from './features/auth/auth.routes.ts';
import { registerCertificateRoutes } from './features/certificates/certificates.routes.ts';
import { registerCycleRoutes } from './features/cycles/cycles.routes.ts';
import { registerEventRoutes } from './features/events/events.routes.ts';
import { registerInvitationRoutes } from './features/invitations/invitations.routes.ts';
import { registerMatchingRoutes } from './features/matching/matching.routes.ts';
import { registerMeetingRoutes } from './features/meetings/meetings.routes.ts';
import { registerOrganisationRoutes } from './features/organisations/organisations.routes.ts';
import { registerOutboxRoutes } from './features/outbox/outbox.routes.ts';
import { registerParticipantRoutes } from './features/participants/participants.routes.ts';
import { registerQuestionnaireRoutes } from './features/questionnaire/questionnaire.routes.ts';
import { registerReminderRoutes } from './features/reminders/reminders.routes.ts';
import { registerReportRoutes } from './features/reports/reports.routes.ts';
import { registerSetupRoutes } from './features/setup/setup.routes.ts';
import { registerSurveyRoutes } from './features/surveys/surveys.routes.ts';
import { registerTandemRoutes } from './features/tandems/tandems.routes.ts';
import { AccessLog } from './http/access-log.ts';
import type { Actor } from './http/actor.ts';
import { authenticate } from './http/authenticate.ts';
import { parseCsvBody } from './http/csv-body.ts';
import { handleError, RETRY_AFTER_SECONDS } from './http/error-handler.ts';
import { FORM_TYPES, parseFormFields } from './http/form-body.ts';
import { openApiDocument } from './http/openapi.ts';
import { routesFor } from './http/route.ts';
import { compiledSerializerCompiler } from './http/serialize.ts';
import { validatorCompiler } from './http/validator.ts';
import { messagesOf } from './messages.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route; every API route must say. */
    access?: Access;
    /** The contract declaration the route was registered from. */
    operationId?: string;
    /** The route also takes its body as a web form's fields (the declaration's `formBody`). */
    formBody?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
}

export interface AppDeps {
  db: Db;
  config: AppConfig;
  /** The time now; tests freeze it. */
  clock: () => Date;
}

export interface BuildAppOptions {
  db: Db;
  config: AppConfig;
  clock?: () => Date;
  logger?: boolean | object;
  /**
   * Also checks every answer against its zod schema, and that the compiled serializer sends exactly
   * what the schema gives (tests; see http/serialize.ts). Off in production, where the compiled
   * serializer alone writes the declared fields.
   */
  checkResponses?: boolean;
  /** Sees every route as it is registered (the authorization test enumerates them). */
  onRouteRegistered?: (route: RouteOptions) => void;
}

export const JSON_BODY_LIMIT = 1024 * 1024;

/** Where Vite puts the hashed files (its default build.assetsDir). */
const WEB_ASSETS_DIR = 'assets';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const say = messagesOf(errorMessages);

/**
 * Text PostgreSQL cannot hold, refused as the body is read so no route half-writes it: a NUL
 * character (\u0000), or a lone UTF-16 surrogate (an escaped \ud800–\udfff without its pair).
 */
function rejectUnstorableText(key: string, value: unknown) {
  for (const text of [key, typeof value === 'string' ? value : '']) {
    if (text.includes('\u0000')) {
      throw new AppError('bad_request', say('bodyNul'));
    }
    if (!text.isWellFormed()) {
      throw new AppError(
        'bad_request',
        key ? say('bodyLoneSurrogateIn', { key: key.toWellFormed() }) : say('bodyLoneSurrogate'),
      );
    }
  }
  return value;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const deps: AppDeps = { db: options.db, config, clock: options.clock ?? (() => new Date()) };
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    logController: new AccessLog(),
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Errors the router meets before any route (a malformed or over-long path) get our shape too.
    frameworkErrors: (error, request, reply) => handleError(error, request, reply),
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compiledSerializerCompiler({ check: options.checkResponses ?? false }));
  app.setErrorHandler(handleError);
  app.decorateRequest('actor', null);

  app.addHook('onRoute', (route) => {
    const isApi = route.url.startsWith('/api/');
    if (isApi && route.config?.operationId === undefined) {
      throw new Error(`Route ${route.method} ${route.url} is not registered from a contract declaration`);
    }
    if (route.config?.access === undefined) {
      if (isApi) throw new Error(`Route ${route.method} ${route.url} does not declare who may call it`);
      route.config = { ...route.config, access: 'public' };
    }
    options.onRouteRegistered?.(route);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: false,
  });
  await app.register(swagger, {
    // Each API route documents itself from its declaration (http/openapi.ts, set by http/route.ts).
    openapi: openApiDocument,
    transform: jsonSchemaTransform,
  });

  // The CSV upload arrives as bytes: only UTF-8 text is taken (http/csv-body.ts).
  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'buffer' }, parseCsvBody);
  // A web form's fields, only where the declaration takes them (the one-click unsubscribe): a form
  // is what another site can post without asking first, so every other route refuses it (415).
  app.addContentTypeParser(FORM_TYPES, { parseAs: 'string' }, (request, body, done) => {
    if (!request.routeOptions.config?.formBody) {
      return done(new AppError('unsupported_media_type', say('mediaTypeRefused')), undefined);
    }
    done(null, parseFormFields(request.headers['content-type'] ?? '', body as string));
  });
  // Our own JSON parser, so a malformed body is answered with where it breaks.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    if (body === '') return done(new AppError('bad_request', say('jsonBodyEmpty')), undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body as string, rejectUnstorableText);
    } catch (error) {
      if (error instanceof AppError) return done(error, undefined);
      return done(
        new AppError('bad_request', say('jsonBodyInvalidAt', { reason: (error as Error).message })),
        undefined,
      );
    }
    done(null, parsed);
  });

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    if (request.url.includes('%00')) {
      throw new AppError('bad_request', say('addressNul'));
    }
    await authenticate(deps, request, reply);
  });

  const routes = routesFor(app, deps);
  routes.read(systemEndpoints.openApi, () => app.swagger() as unknown as Record<string, unknown>);
  routes.read(systemEndpoints.health, () => ({ ok: true as const }));
  routes.read(systemEndpoints.ready, async (db, { reply }) => {
    if (await databaseAnswers(db, 1_000)) return { ok: true as const };
    reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    throw new AppError('unavailable', say('databaseNotAnswering'));
  });

  registerSetupRoutes(routes, deps);
  registerAuthRoutes(routes);
  registerAccountRoutes(routes);
  registerOrganisationRoutes(routes);
  registerCycleRoutes(routes);
  registerParticipantRoutes(routes);
  registerInvitationRoutes(routes);
  registerAuditRoutes(routes);
  registerOutboxRoutes(routes);
  registerQuestionnaireRoutes(routes);
  registerMatchingRoutes(routes, deps);
  registerTandemRoutes(routes);
  registerMeetingRoutes(routes, deps);
  registerReminderRoutes(routes);
  registerAgreementRoutes(routes);
  registerSurveyRoutes(routes);
  registerReportRoutes(routes);
  registerCertificateRoutes(routes);
  registerEventRoutes(routes, deps);
  registerAlumniRoutes(routes);

  const webRoot = config.webRoot;
  const hasWeb = webRoot !== null && existsSync(join(webRoot, 'index.html'));
  if (hasWeb) {
    const assets = join(webRoot, WEB_ASSETS_DIR, sep);
    // The built files are listed once at start (npm start builds first); every other page path
    // falls through to the not-found handler, which answers with the SPA shell.
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      // The build wrote .br/.gz siblings (scripts/precompress-web.ts): each file is sent in the
      // encoding the browser's Accept-Encoding asks for, with Vary: Accept-Encoding.
      preCompressed: true,
      // Reached through Accept-Encoding, not by name; source maps are not served at all.
      globIgnore: ['**/*.br', '**/*.gz', '**/*.map'],
      cacheControl: false,
      setHeaders: (reply, path) => {
        // Files under assets/ carry a content hash in their name: a new build gets new names.
        reply.header('cache-control', path.startsWith(assets) ? IMMUTABLE : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      // A missing asset (a chunk of an older build, a source map) is a 404, not the app's shell:
      // a browser that gets HTML for a script reports a MIME error instead of a missing file.
      !path.startsWith(`/${WEB_ASSETS_DIR}/`) &&
      !path.endsWith('.map');
    if (wantsPage && hasWeb) {
      // The SPA routes on the client; every page path gets its shell, revalidated on every visit.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (wantsPage) {
      return reply
        .status(503)
        .type('text/plain')
        .send('The web app is not built. Run "npm start" (it builds it) or "npm run build:web".');
    }
    throw new AppError('not_found', say('noRoute', { method: request.method, path }));
  });
  return app;
}
