import { eventEndpoints as endpoints } from '../../../shared/contract/events.ts';
import type { AppDeps } from '../../app.ts';
import type { Routes } from '../../http/route.ts';
import { calendarOrganizer } from '../meetings/meetings.service.ts';
import {
  addDefaultEventPlan,
  cancelEvent,
  createEvent,
  type EventContext,
  eventCalendarFile,
  exportEventRegistrations,
  listCycleEvents,
  listEventRegistrations,
  listMyEvents,
  markAttendance,
  messageRegistrants,
  registerForEvent,
  unregisterFromEvent,
  updateEvent,
} from './events.service.ts';

export function registerEventRoutes(routes: Routes, deps: Pick<AppDeps, 'config'>) {
  // The platform organises every event's calendar entry, as it does the meetings'.
  const context = ({ now, origin }: { now: Date; origin: string }): EventContext => ({
    now,
    origin,
    organizer: calendarOrganizer(deps.config.mailFrom, origin),
  });

  routes.read(endpoints.listForCycle, (db, { actor, params, now }) =>
    listCycleEvents(db, actor, params.id, now),
  );

  routes.write(endpoints.create, (trx, { actor, params, body, now }) =>
    createEvent(trx, actor, params.id, body, now),
  );

  routes.write(endpoints.addDefaultPlan, (trx, { actor, params, now }) =>
    addDefaultEventPlan(trx, actor, params.id, now),
  );

  routes.write(endpoints.update, (trx, { actor, params, body, now, origin }) =>
    updateEvent(trx, actor, params.id, body, context({ now, origin })),
  );

  routes.write(endpoints.cancel, (trx, { actor, params, body, now, origin }) =>
    cancelEvent(trx, actor, params.id, body.note, context({ now, origin })),
  );

  routes.read(endpoints.registrations, (db, { actor, params, now }) =>
    listEventRegistrations(db, actor, params.id, now),
  );

  // A write: every export is audited.
  routes.write(endpoints.registrationsCsv, async (trx, { actor, params, query, reply }) => {
    const { csv } = await exportEventRegistrations(trx, actor, params.id, query.separator);
    reply.header('content-disposition', 'attachment; filename="event-registrations.csv"');
    return csv;
  });

  routes.write(endpoints.markAttendance, (trx, { actor, params, body, now }) =>
    markAttendance(trx, actor, params.id, body.marks, now),
  );

  routes.write(endpoints.message, (trx, { actor, params, body }) =>
    messageRegistrants(trx, actor, params.id, body),
  );

  routes.read(endpoints.listMine, async (db, { actor, now }) => ({
    events: await listMyEvents(db, actor, now),
  }));

  routes.write(endpoints.register, (trx, { actor, params, body, now, origin }) =>
    registerForEvent(trx, actor, params.id, body, context({ now, origin })),
  );

  routes.write(endpoints.unregister, (trx, { actor, params, now, origin }) =>
    unregisterFromEvent(trx, actor, params.id, context({ now, origin })),
  );

  routes.read(endpoints.calendarFile, async (db, { actor, params, now, origin, reply }) => {
    const ics = await eventCalendarFile(db, actor, params.id, context({ now, origin }));
    reply.header('content-disposition', 'attachment; filename="event.ics"');
    return ics;
  });
}
