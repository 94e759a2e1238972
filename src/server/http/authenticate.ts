import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.ts';
import { AppError } from '../errors.ts';
import { resolveActor } from '../features/auth/auth.service.ts';

export const SESSION_COOKIE = 'cm_session';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function siteOrigin(deps: Pick<AppDeps, 'config'>, request: FastifyRequest): string {
  return deps.config.publicOrigin ?? `${request.protocol}://${request.host}`;
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
  const origin = request.headers.origin;
  if (UNSAFE_METHODS.has(request.method) && origin !== undefined && origin !== siteOrigin(deps, request)) {
    throw new AppError('origin_rejected', 'Requests that change data must come from this site.');
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token) {
    request.actor = await resolveActor(deps.db, token, request.ip, deps.clock());
    if (!request.actor) clearSessionCookie(reply, request);
  }
  const access = request.routeOptions.config?.access;
  if (access === undefined || access === 'public') return;
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue.');
  if (!access.includes(request.actor.role)) {
    throw new AppError('forbidden', 'Your role does not allow this.');
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
  if (!request.actor) throw new AppError('unauthenticated', 'Sign in to continue.');
  return request.actor;
}
