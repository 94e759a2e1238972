import { z } from 'zod';
import { idSchema } from './common.ts';

// A tandem's meetings: proposed by one member, accepted or moved by the other, logged as held
// with shared notes, and a private note that only its author ever reads.

export const MIN_MEETING_MINUTES = 15;
export const MAX_MEETING_MINUTES = 480;
export const MAX_NOTES_LENGTH = 20_000;

export const meetingStatusSchema = z.enum(['proposed', 'accepted', 'cancelled', 'held']);
export type MeetingStatus = z.infer<typeof meetingStatusSchema>;

/** Wall-clock start in the meeting's zone, e.g. 2027-03-04T10:00. */
export const localStartSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time as YYYY-MM-DDTHH:MM')
  // Far-off years only come from typing errors, and old ones bring zones' pre-1970 local mean times.
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, 'must be a date between the years 2000 and 2100');

/** An IANA time zone name; the server checks that it knows it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, 'must name a time zone')
  .max(64, 'must be at most 64 characters')
  .regex(/^[A-Za-z0-9_+\-/]+$/, 'must be a time zone name such as Europe/Berlin');

const videoLinkSchema = z
  .string()
  .trim()
  .max(500, 'must be at most 500 characters')
  .refine(
    (value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value),
    'must be an http:// or https:// link',
  );

const notesSchema = z.string().max(MAX_NOTES_LENGTH, `must be at most ${MAX_NOTES_LENGTH} characters`);

export const meetingTimeSchema = z.object({
  startsAtLocal: localStartSchema,
  timeZone: timeZoneSchema,
  durationMinutes: z
    .number()
    .int('must be whole minutes')
    .min(MIN_MEETING_MINUTES, `must be at least ${MIN_MEETING_MINUTES} minutes`)
    .max(MAX_MEETING_MINUTES, `must be at most ${MAX_MEETING_MINUTES} minutes`),
  place: z.string().trim().max(300, 'must be at most 300 characters').default(''),
  videoLink: videoLinkSchema.default(''),
});
export type MeetingTimeInput = z.input<typeof meetingTimeSchema>;

/** Propose a meeting, or log one that already took place (`alreadyHeld`). */
export const createMeetingSchema = meetingTimeSchema.extend({
  alreadyHeld: z.boolean().default(false),
  sharedNotes: notesSchema.default(''),
});
export type CreateMeetingInput = z.input<typeof createMeetingSchema>;

export const logHeldSchema = z.object({ sharedNotes: notesSchema.optional() });
export const sharedNotesSchema = z.object({ sharedNotes: notesSchema });
export const privateNoteSchema = z.object({ body: notesSchema });

export const meetingSchema = z.object({
  id: idSchema,
  tandemId: idSchema,
  status: meetingStatusSchema,
  /** Instants in ISO 8601 (UTC). */
  startsAt: z.string(),
  endsAt: z.string(),
  /** The wall-clock start in the meeting's own zone. */
  startsAtLocal: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number(),
  place: z.string(),
  videoLink: z.string(),
  /** The member who proposed the current time; the other one accepts or moves it. */
  proposedBy: idSchema,
  proposedByMe: z.boolean(),
  sharedNotes: z.string(),
  sharedNotesByName: z.string().nullable(),
  heldAt: z.string().nullable(),
  /** The caller's own private note; nobody else's is ever sent. */
  myPrivateNote: z.string().nullable(),
  /** What the caller may do now. */
  canAccept: z.boolean(),
  canCancel: z.boolean(),
  canLogHeld: z.boolean(),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingListSchema = z.object({ meetings: z.array(meetingSchema) });
