import { meetingEndpoints as endpoints } from '../../../shared/contract/meetings.ts';
import type { AppDeps } from '../../app.ts';
import type { Routes } from '../../http/route.ts';
import {
  acceptMeeting,
  calendarOrganizer,
  cancelMeeting,
  createMeeting,
  listTandemMeetings,
  logMeetingHeld,
  type MeetingContext,
  meetingCalendarFile,
  proposeAnotherTime,
  saveMyPrivateNote,
  saveSharedNotes,
} from './meetings.service.ts';

// Every route is open to signed-in accounts at the door; the service then lets in the tandem's
// two members only (everyone else, staff included, gets 404).
export function registerMeetingRoutes(routes: Routes, deps: Pick<AppDeps, 'config'>) {
  const context = ({ now, origin }: { now: Date; origin: string }): MeetingContext => ({
    now,
    origin,
    organizer: calendarOrganizer(deps.config.mailFrom, origin),
  });

  routes.read(endpoints.list, async (db, { actor, params, now }) => ({
    meetings: await listTandemMeetings(db, actor, params.id, now),
  }));

  routes.write(endpoints.create, (trx, { actor, params, body, now, origin }) =>
    createMeeting(trx, actor, params.id, body, context({ now, origin })),
  );

  routes.write(endpoints.accept, (trx, { actor, params, now, origin }) =>
    acceptMeeting(trx, actor, params.id, context({ now, origin })),
  );

  routes.write(endpoints.counter, (trx, { actor, params, body, now, origin }) =>
    proposeAnotherTime(trx, actor, params.id, body, context({ now, origin })),
  );

  routes.write(endpoints.cancel, (trx, { actor, params, now, origin }) =>
    cancelMeeting(trx, actor, params.id, context({ now, origin })),
  );

  routes.write(endpoints.held, (trx, { actor, params, body, now, origin }) =>
    logMeetingHeld(trx, actor, params.id, body?.sharedNotes, context({ now, origin })),
  );

  routes.write(endpoints.sharedNotes, (trx, { actor, params, body, now, origin }) =>
    saveSharedNotes(trx, actor, params.id, body.sharedNotes, context({ now, origin })),
  );

  routes.write(endpoints.privateNote, (trx, { actor, params, body, now, origin }) =>
    saveMyPrivateNote(trx, actor, params.id, body.body, context({ now, origin })),
  );

  routes.read(endpoints.calendarFile, async (db, { actor, params, now, origin, reply }) => {
    const ics = await meetingCalendarFile(db, actor, params.id, context({ now, origin }));
    reply.header('content-disposition', 'attachment; filename="meeting.ics"');
    return ics;
  });
}
