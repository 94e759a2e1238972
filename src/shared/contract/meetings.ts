import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { signedIn } from './access.ts';
import { idParamsSchema, idSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';

const says = messageKeys(validationMessages);

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
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, says('localDateTime'))
  // Far-off years only come from typing errors, and old ones bring zones' pre-1970 local mean times.
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    return year >= 2000 && year <= 2100;
  }, says('yearFrom2000To2100'));

/** An IANA time zone name; the server checks that it knows it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, says('timeZoneRequired'))
  .max(64)
  .regex(/^[A-Za-z0-9_+\-/]+$/, says('timeZoneName'));

const videoLinkSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), says('httpLink'));

const notesSchema = z.string().max(MAX_NOTES_LENGTH);

export const meetingTimeSchema = z.object({
  startsAtLocal: localStartSchema,
  timeZone: timeZoneSchema,
  durationMinutes: z
    .number()
    .int(says('wholeMinutes'))
    .min(MIN_MEETING_MINUTES, says('minutesMin'))
    .max(MAX_MEETING_MINUTES, says('minutesMax')),
  place: z.string().trim().max(300).default(''),
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
  /** What the viewer may do with it now, by the server's meeting rules. */
  can: z.object({
    accept: z.boolean(),
    proposeAnotherTime: z.boolean(),
    cancel: z.boolean(),
    logHeld: z.boolean(),
    saveSharedNotes: z.boolean(),
  }),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingListSchema = z.object({ meetings: z.array(meetingSchema) });

const tag = 'meetings';

// Every endpoint is open to signed-in accounts at the door; the server then lets in the tandem's
// two members only (everyone else, staff included, gets 404).
export const meetingEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/v1/tandems/:id/meetings',
    operationId: 'listTandemMeetings',
    summary: 'The tandem’s meetings, with what the caller may do with each',
    tag,
    access: signedIn,
    params: idParamsSchema,
    status: 200,
    response: meetingListSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/tandems/:id/meetings',
    operationId: 'createMeeting',
    summary: 'Propose a meeting to the partner, or log one already held',
    description: 'Propose a meeting, or log one that already took place with alreadyHeld.',
    tag,
    access: signedIn,
    params: idParamsSchema,
    body: createMeetingSchema,
    status: 201,
    response: meetingSchema,
  }),
  accept: endpoint({
    method: 'POST',
    path: '/api/v1/meetings/:id/accept',
    operationId: 'acceptMeeting',
    summary: 'Accept the time and place the partner proposed',
    tag,
    access: signedIn,
    params: idParamsSchema,
    status: 200,
    response: meetingSchema,
  }),
  counter: endpoint({
    method: 'POST',
    path: '/api/v1/meetings/:id/counter',
    operationId: 'proposeAnotherMeetingTime',
    summary: 'Propose another time or place for a meeting',
    description: 'Propose another time or place; the partner then accepts it.',
    tag,
    access: signedIn,
    params: idParamsSchema,
    body: meetingTimeSchema,
    status: 200,
    response: meetingSchema,
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/api/v1/meetings/:id/cancel',
    operationId: 'cancelMeeting',
    summary: 'Cancel a meeting',
    tag,
    access: signedIn,
    params: idParamsSchema,
    status: 200,
    response: meetingSchema,
  }),
  held: endpoint({
    method: 'POST',
    path: '/api/v1/meetings/:id/held',
    operationId: 'logMeetingHeld',
    summary: 'Log that a meeting took place, optionally with shared notes',
    tag,
    access: signedIn,
    params: idParamsSchema,
    body: logHeldSchema.optional(),
    status: 200,
    response: meetingSchema,
  }),
  sharedNotes: endpoint({
    method: 'PUT',
    path: '/api/v1/meetings/:id/shared-notes',
    operationId: 'saveMeetingSharedNotes',
    summary: 'Save the notes both members of the tandem read',
    tag,
    access: signedIn,
    params: idParamsSchema,
    body: sharedNotesSchema,
    status: 200,
    response: meetingSchema,
  }),
  privateNote: endpoint({
    method: 'PUT',
    path: '/api/v1/meetings/:id/private-note',
    operationId: 'saveMeetingPrivateNote',
    summary: 'Save or remove the caller’s own private note on a meeting',
    description: 'The caller’s own private note; an empty body removes it. Nobody else ever reads it.',
    tag,
    access: signedIn,
    params: idParamsSchema,
    body: privateNoteSchema,
    status: 200,
    response: meetingSchema,
  }),
  calendarFile: endpoint({
    method: 'GET',
    path: '/api/v1/meetings/:id/calendar.ics',
    operationId: 'getMeetingCalendarFile',
    summary: 'The meeting as an iCalendar file, for the caller’s own calendar',
    tag,
    access: signedIn,
    params: idParamsSchema,
    status: 200,
    response: z.string().describe('iCalendar file'),
    produces: 'text/calendar',
  }),
};
