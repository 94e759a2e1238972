import type { RouteCase } from './shared.ts';

/** Route matrix entries for meetings, shared and private notes, calendar files. */
export const meetingRoutes: Record<string, RouteCase> = {};
