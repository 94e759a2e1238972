import type { RouteCase } from './shared.ts';

/** Route matrix entries for surveys, answers and their aggregates. */
export const surveyRoutes: Record<string, RouteCase> = {};
