import { z } from 'zod';
import { validationMessages } from '../i18n/validation.ts';
import { coordinatorOnly, signedIn, staff } from './access.ts';
import { idParamsSchema, idSchema, versionReadSchema } from './common.ts';
import { endpoint } from './endpoint.ts';
import { messageKeys } from './issue-messages.ts';
import { localStartSchema, timeZoneSchema } from './meetings.ts';
import { csvSeparators } from './participants.ts';

const says = messageKeys(validationMessages);
const tag = 'events';

// The programme around the tandems (decision 0025): a cycle's events with an audience, places, a
// registration deadline and a waiting list; calendar files for the registered; attendance marked by
// the coordinator. Contacts see their own organisation's people's registrations, nobody else's.

export const eventAudiences = ['everyone', 'mentors', 'mentees', 'contacts'] as const;
export type EventAudience = (typeof eventAudiences)[number];

export const MAX_EVENT_DESCRIPTION = 10_000;
export const MAX_EVENT_CAPACITY = 10_000;
export const MAX_EVENT_MESSAGE = 5_000;

const onlineLinkSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), says('httpLink'));

/** An event as the coordinator writes it: wall-clock times in the event's zone. */
export const eventInputSchema = z.object({
  title: z.string().trim().min(1, says('hasTitle')).max(200),
  description: z.string().max(MAX_EVENT_DESCRIPTION).default(''),
  startsAtLocal: localStartSchema,
  endsAtLocal: localStartSchema,
  timeZone: timeZoneSchema,
  place: z.string().trim().max(300).default(''),
  onlineLink: onlineLinkSchema.default(''),
  audience: z.enum(eventAudiences),
  /** Places; null for as many as come. */
  capacity: z.number().int().min(1).max(MAX_EVENT_CAPACITY).nullable().default(null),
  /** The last moment to register or unregister, in the event's zone; at the latest its start. */
  registrationDeadlineLocal: localStartSchema,
});
export type EventInput = z.input<typeof eventInputSchema>;

export const eventUpdateSchema = eventInputSchema.extend({ version: versionReadSchema });
export type EventUpdate = z.input<typeof eventUpdateSchema>;

/** What every reader of an event sees. Instants are ISO 8601 (UTC); `…Local` the wall clock in its zone. */
const eventFields = {
  id: idSchema,
  cycleId: idSchema,
  cycleName: z.string(),
  title: z.string(),
  /** Markdown, rendered as notes are. */
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  startsAtLocal: z.string(),
  endsAtLocal: z.string(),
  timeZone: z.string(),
  place: z.string(),
  onlineLink: z.string(),
  audience: z.enum(eventAudiences),
  capacity: z.number().nullable(),
  registrationDeadline: z.string(),
  registrationDeadlineLocal: z.string(),
  cancelledAt: z.string().nullable(),
  /** Places still free; null when the event has no limit. */
  placesLeft: z.number().nullable(),
};

/** Counts of registrations; for a contact, of their own organisation's people only. */
export const eventCountsSchema = z.object({
  registered: z.number(),
  waiting: z.number(),
  attended: z.number(),
  /** Registered people whose attendance is not yet marked. */
  unmarked: z.number(),
});

/** An event as staff manage it (the cycle's events page). */
export const cycleEventSchema = z.object({
  ...eventFields,
  version: z.number(),
  counts: eventCountsSchema,
  can: z.object({
    edit: z.boolean(),
    cancel: z.boolean(),
    markAttendance: z.boolean(),
    message: z.boolean(),
  }),
});
export type CycleEvent = z.infer<typeof cycleEventSchema>;

export const cycleEventListSchema = z.object({
  events: z.array(cycleEventSchema),
  can: z.object({ create: z.boolean(), addDefaultPlan: z.boolean() }),
});

export const registrationStatuses = ['registered', 'waiting'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** The caller's own registration for an event. */
export const myRegistrationSchema = z.object({
  status: z.enum(registrationStatuses),
  /** 1 for the first on the waiting list; null when registered. */
  waitingPosition: z.number().nullable(),
  showToAttendees: z.boolean(),
  registeredAt: z.string(),
});

/** Another registered attendee who agreed to be shown to the others. */
export const fellowAttendeeSchema = z.object({ name: z.string(), organisationName: z.string() });

/** An event as a participant or contact sees it on their programme page. */
export const myEventSchema = z.object({
  ...eventFields,
  myRegistration: myRegistrationSchema.nullable(),
  /** Registration is possible now: not cancelled, before the deadline. */
  registrationOpen: z.boolean(),
  /** Registered attendees who agreed to be shown; only to someone registered themself. */
  fellowAttendees: z.array(fellowAttendeeSchema),
  can: z.object({ register: z.boolean(), unregister: z.boolean(), downloadCalendar: z.boolean() }),
});
export type MyEvent = z.infer<typeof myEventSchema>;

export const myEventListSchema = z.object({ events: z.array(myEventSchema) });

export const registrationInputSchema = z.object({ showToAttendees: z.boolean().default(false) });

export const registrantRoles = ['mentor', 'mentee', 'contact'] as const;

/** A registration as staff see it in the attendee list. */
export const eventRegistrationSchema = z.object({
  id: idSchema,
  name: z.string(),
  email: z.string(),
  organisationName: z.string(),
  role: z.enum(registrantRoles),
  status: z.enum(registrationStatuses),
  waitingPosition: z.number().nullable(),
  registeredAt: z.string(),
  /** Null while unmarked. */
  attended: z.boolean().nullable(),
});
export type EventRegistration = z.infer<typeof eventRegistrationSchema>;

export const eventRegistrationListSchema = z.object({
  event: cycleEventSchema,
  registrations: z.array(eventRegistrationSchema),
});

export const attendanceInputSchema = z.object({
  marks: z
    .array(z.object({ registrationId: idSchema, attended: z.boolean().nullable() }))
    .min(1)
    .max(MAX_EVENT_CAPACITY),
});

export const eventMessageSchema = z.object({
  subject: z.string().trim().min(1, says('writtenDown')).max(200),
  body: z.string().trim().min(1, says('writtenDown')).max(MAX_EVENT_MESSAGE),
  /** Also those on the waiting list. */
  includeWaiting: z.boolean().default(false),
});

export const cancelEventSchema = z.object({
  /** Said in the cancellation mail, e.g. why or what comes instead. */
  note: z.string().trim().max(2_000).default(''),
});

export const eventCsvQuerySchema = z.object({ separator: z.enum(csvSeparators).default('comma') });

export const eventRegistrationCsvColumns = [
  'name',
  'email',
  'organisation',
  'role',
  'status',
  'waiting_position',
  'registered_at',
  'attended',
] as const;

const eventParams = idParamsSchema;

export const eventEndpoints = {
  listForCycle: endpoint({
    method: 'GET',
    path: '/api/v1/cycles/:id/events',
    operationId: 'listCycleEvents',
    summary: 'The cycle’s events with their registration counts (a contact’s: their own people’s)',
    tag,
    access: staff,
    params: idParamsSchema,
    status: 200,
    response: cycleEventListSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/events',
    operationId: 'createEvent',
    summary: 'Add an event to the cycle',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    body: eventInputSchema,
    status: 201,
    response: cycleEventSchema,
  }),
  addDefaultPlan: endpoint({
    method: 'POST',
    path: '/api/v1/cycles/:id/events/default-plan',
    operationId: 'addDefaultEventPlan',
    summary: 'Add the default plan (kick-off, mid-term meeting, closing ceremony) to a cycle without events',
    tag,
    access: coordinatorOnly,
    params: idParamsSchema,
    status: 201,
    response: cycleEventListSchema,
  }),
  update: endpoint({
    method: 'PATCH',
    path: '/api/v1/events/:id',
    operationId: 'updateEvent',
    summary: 'Change an event; the registered get the updated calendar entry when its time or place changes',
    tag,
    access: coordinatorOnly,
    params: eventParams,
    body: eventUpdateSchema,
    status: 200,
    response: cycleEventSchema,
  }),
  cancel: endpoint({
    method: 'POST',
    path: '/api/v1/events/:id/cancel',
    operationId: 'cancelEvent',
    summary: 'Cancel an event; everyone registered or waiting is told, with a calendar cancellation',
    tag,
    access: coordinatorOnly,
    params: eventParams,
    body: cancelEventSchema,
    status: 200,
    response: cycleEventSchema,
  }),
  registrations: endpoint({
    method: 'GET',
    path: '/api/v1/events/:id/registrations',
    operationId: 'listEventRegistrations',
    summary: 'The attendee list and waiting list (a contact’s: their own people only)',
    tag,
    access: staff,
    params: eventParams,
    status: 200,
    response: eventRegistrationListSchema,
  }),
  registrationsCsv: endpoint({
    method: 'GET',
    path: '/api/v1/events/:id/registrations.csv',
    operationId: 'exportEventRegistrationsCsv',
    summary: 'The attendee list as CSV (a contact’s: their own people only)',
    description: 'UTF-8 with a byte-order mark; separator=semicolon for Excel in German.',
    tag,
    access: staff,
    params: eventParams,
    query: eventCsvQuerySchema,
    status: 200,
    response: z.string().describe('CSV file'),
    produces: 'text/csv',
  }),
  markAttendance: endpoint({
    method: 'PUT',
    path: '/api/v1/events/:id/attendance',
    operationId: 'markEventAttendance',
    summary: 'Mark who attended (true, false, or null to unmark), once the event has started',
    tag,
    access: coordinatorOnly,
    params: eventParams,
    body: attendanceInputSchema,
    status: 200,
    response: eventRegistrationListSchema,
  }),
  message: endpoint({
    method: 'POST',
    path: '/api/v1/events/:id/message',
    operationId: 'messageEventRegistrants',
    summary: 'Send a message to everyone registered (and, if asked, waiting)',
    tag,
    access: coordinatorOnly,
    params: eventParams,
    body: eventMessageSchema,
    status: 200,
    response: z.object({ recipients: z.number() }),
  }),
  listMine: endpoint({
    method: 'GET',
    path: '/api/v1/me/events',
    operationId: 'listMyEvents',
    summary: 'The events of the caller’s programmes meant for them, with their registration',
    tag,
    access: ['participant', 'organisation_contact'],
    status: 200,
    response: myEventListSchema,
  }),
  register: endpoint({
    method: 'POST',
    path: '/api/v1/events/:id/registration',
    operationId: 'registerForEvent',
    summary: 'Register for an event, or join its waiting list when it is full',
    tag,
    access: ['participant', 'organisation_contact'],
    params: eventParams,
    body: registrationInputSchema,
    status: 200,
    response: myEventSchema,
  }),
  unregister: endpoint({
    method: 'DELETE',
    path: '/api/v1/events/:id/registration',
    operationId: 'unregisterFromEvent',
    summary: 'Unregister from an event or leave its waiting list; a freed place goes to the first waiting',
    tag,
    access: ['participant', 'organisation_contact'],
    params: eventParams,
    status: 200,
    response: myEventSchema,
  }),
  calendarFile: endpoint({
    method: 'GET',
    path: '/api/v1/events/:id/calendar.ics',
    operationId: 'getEventCalendarFile',
    summary: 'The event as an iCalendar file for the caller’s own calendar',
    tag,
    access: signedIn,
    params: eventParams,
    status: 200,
    response: z.string().describe('iCalendar file'),
    produces: 'text/calendar',
  }),
};
