import type { RouteCase } from './shared.ts';

/** Route matrix entries for the agreement and the goals. */
export const agreementRoutes: Record<string, RouteCase> = {};
