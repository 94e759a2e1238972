import type { FastifyReply, FastifyRequest } from 'fastify';
import { errorMessages } from '../../shared/i18n/errors.ts';
import type { AppDeps } from '../app.ts';
import { AppError } from '../errors.ts';
import { resolveActor } from '../features/auth/auth.service.ts';
import { messagesOf } from '../messages.ts';

const say = messagesOf(errorMessages);

export const SESSION_COOKIE = 'cm_session';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function siteOrigin(deps: Pick<AppDeps, 'config'>, request: FastifyRequest): string {
  return deps.config.publicOrigin ?? `${request.protocol}://${request.host}`;
}

/**
 * Whether a request that changes data comes from this site: its Origin is ours, or, where a browser
 * sent no Origin, its Fetch Metadata does not call it cross-site. Programs that send neither (the
 * CLI, scripts with a session) are let through; cookies are SameSite=Lax besides.
 */
function fromThisSite(deps: AppDeps, request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === siteOrigin(deps, request);
  const site = request.headers['sec-fetch-site'];
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Runs before every request: refuses cross-site writes, resolves the session cookie to an actor,
 * and enforces the route's declared access.
 */
export async function authenticate(
  deps: AppDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  // A route that takes a form (the one-click unsubscribe) is called by mail providers and webmails
  // from their own sites; its token in the address is its only credential, never a session cookie.
  const crossSiteAllowed = request.routeOptions.config?.formBody === true;
  if (UNSAFE_METHODS.has(request.method) && !crossSiteAllowed && !fromThisSite(deps, request)) {
    throw new AppError('origin_rejected', say('originRejected'));
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token) {
    request.actor = await resolveActor(deps.db, token, request.ip, deps.clock());
    if (!request.actor) clearSessionCookie(reply, request);
  }
  const access = request.routeOptions.config?.access;
  if (access === undefined || access === 'public') return;
  if (!request.actor) throw new AppError('unauthenticated', say('signInToContinue'));
  if (!access.includes(request.actor.role)) {
    throw new AppError('forbidden', say('roleRefused'));
  }
}

export function setSessionCookie(
  reply: FastifyReply,
  request: FastifyRequest,
  token: string,
  maxAgeSeconds: number,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
    maxAge: maxAgeSeconds,
  });
}

export function clearSessionCookie(reply: FastifyReply, request: FastifyRequest) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: request.protocol === 'https',
  });
}

export function requireActor(request: FastifyRequest) {
  if (!request.actor) throw new AppError('unauthenticated', say('signInToContinue'));
  return request.actor;
}
