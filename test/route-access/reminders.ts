import type { RouteCase } from './shared.ts';

/** Route matrix entries for mail preferences, reminders and the tandem health list. */
export const reminderRoutes: Record<string, RouteCase> = {};
