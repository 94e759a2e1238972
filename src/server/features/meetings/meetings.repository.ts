import type { MeetingStatus } from '../../../shared/contract/meetings.ts';
import type { Queryable } from '../../db/database.ts';

function meetingQuery(db: Queryable, authorId: string) {
  return (
    db
      .selectFrom('meetings as m')
      .leftJoin('participants as np', 'np.id', 'm.shared_notes_by')
      .leftJoin('people as npp', 'npp.id', 'np.person_id')
      // Only the caller's own private note is ever joined; another author's row never leaves SQL.
      .leftJoin('meeting_private_notes as pn', (join) =>
        join.onRef('pn.meeting_id', '=', 'm.id').on('pn.author_id', '=', authorId),
      )
      .select([
        'm.id',
        'm.tandem_id',
        'm.ical_uid',
        'm.ical_sequence',
        'm.starts_at',
        'm.duration_minutes',
        'm.time_zone',
        'm.place',
        'm.video_link',
        'm.status',
        'm.proposed_by',
        'm.shared_notes',
        'npp.name as shared_notes_by_name',
        'm.held_at',
        'm.calendar_sent_at',
        'pn.body as my_private_note',
      ])
  );
}
export type MeetingRow = Awaited<ReturnType<ReturnType<typeof meetingQuery>['executeTakeFirstOrThrow']>>;

/** The tandem's meetings, oldest first, each with the private note of `authorId` only. */
export async function listMeetings(db: Queryable, tandemId: string, authorId: string): Promise<MeetingRow[]> {
  return meetingQuery(db, authorId)
    .where('m.tandem_id', '=', tandemId)
    .orderBy('m.starts_at')
    .orderBy('m.created_at')
    .execute();
}

export async function findMeeting(db: Queryable, id: string, authorId: string, forUpdate = false) {
  let q = meetingQuery(db, authorId).where('m.id', '=', id);
  if (forUpdate) q = q.forUpdate('m');
  return q.executeTakeFirst();
}

/** Which tandem a meeting belongs to, or undefined for an unknown id. */
export async function findMeetingTandem(db: Queryable, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('meetings').select('tandem_id').where('id', '=', id).executeTakeFirst();
  return row?.tandem_id;
}

export async function insertMeeting(
  db: Queryable,
  values: {
    tandemId: string;
    icalUid: string;
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
    place: string;
    videoLink: string;
    status: MeetingStatus;
    proposedBy: string;
    sharedNotes: string;
    sharedNotesBy: string | null;
    heldAt: Date | null;
    now: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('meetings')
    .values({
      tandem_id: values.tandemId,
      ical_uid: values.icalUid,
      starts_at: values.startsAt,
      duration_minutes: values.durationMinutes,
      time_zone: values.timeZone,
      place: values.place,
      video_link: values.videoLink,
      status: values.status,
      proposed_by: values.proposedBy,
      shared_notes: values.sharedNotes,
      shared_notes_by: values.sharedNotesBy,
      held_at: values.heldAt,
      created_at: values.now,
      updated_at: values.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface MeetingChange {
  startsAt?: Date;
  durationMinutes?: number;
  timeZone?: string;
  place?: string;
  videoLink?: string;
  status?: MeetingStatus;
  proposedBy?: string;
  sharedNotes?: string;
  sharedNotesBy?: string;
  heldAt?: Date;
  calendarSentAt?: Date;
  /**
   * Increments the iCalendar SEQUENCE: the time or place changed, the meeting was accepted or
   * cancelled; every change a calendar client must apply over the version it has.
   */
  bumpSequence?: boolean;
}

export async function updateMeeting(db: Queryable, id: string, change: MeetingChange, now: Date) {
  await db
    .updateTable('meetings')
    .set((eb) => ({
      updated_at: now,
      ...(change.startsAt ? { starts_at: change.startsAt } : {}),
      ...(change.durationMinutes !== undefined ? { duration_minutes: change.durationMinutes } : {}),
      ...(change.timeZone !== undefined ? { time_zone: change.timeZone } : {}),
      ...(change.place !== undefined ? { place: change.place } : {}),
      ...(change.videoLink !== undefined ? { video_link: change.videoLink } : {}),
      ...(change.status ? { status: change.status } : {}),
      ...(change.proposedBy ? { proposed_by: change.proposedBy } : {}),
      ...(change.sharedNotes !== undefined ? { shared_notes: change.sharedNotes } : {}),
      ...(change.sharedNotesBy ? { shared_notes_by: change.sharedNotesBy } : {}),
      ...(change.heldAt ? { held_at: change.heldAt } : {}),
      ...(change.calendarSentAt ? { calendar_sent_at: change.calendarSentAt } : {}),
      ...(change.bumpSequence ? { ical_sequence: eb('ical_sequence', '+', 1) } : {}),
    }))
    .where('id', '=', id)
    .execute();
}

/** Saves the author's own private note; an empty note removes it. */
export async function savePrivateNote(
  db: Queryable,
  meetingId: string,
  authorId: string,
  body: string,
  now: Date,
) {
  if (body.trim() === '') {
    await db
      .deleteFrom('meeting_private_notes')
      .where('meeting_id', '=', meetingId)
      .where('author_id', '=', authorId)
      .execute();
    return;
  }
  await db
    .insertInto('meeting_private_notes')
    .values({ meeting_id: meetingId, author_id: authorId, body, updated_at: now })
    .onConflict((oc) => oc.columns(['meeting_id', 'author_id']).doUpdateSet({ body, updated_at: now }))
    .execute();
}
