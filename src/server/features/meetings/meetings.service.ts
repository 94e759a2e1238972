import { randomUUID } from 'node:crypto';
import type { Meeting } from '../../../shared/contract/meetings.ts';
import { errorsMeetingsMessages } from '../../../shared/i18n/errors-meetings.ts';
import {
  buildIcs,
  formatLocal,
  type IcsMethod,
  type IcsPerson,
  isKnownTimeZone,
  type PartStat,
  zonedToInstant,
} from '../../calendar/ics.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound } from '../../errors.ts';
import type { Actor } from '../../http/actor.ts';
import { type Message, messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { enqueueMail } from '../outbox/outbox.service.ts';
import { requireTandemMember, type TandemMembership, tandemLink } from '../tandems/tandems.service.ts';
import {
  type MeetingFacts,
  meetingCancelledMail,
  meetingInvitationMail,
  meetingProposedMail,
} from './meetings.mail.ts';
import {
  type MeetingMember,
  type MeetingState,
  mayAcceptMeeting,
  mayCancelMeeting,
  mayLogMeetingHeld,
  mayProposeAnotherTime,
  maySaveSharedNotes,
  meetingAbilities,
} from './meetings.policy.ts';
import {
  findMeeting,
  findMeetingTandem,
  insertMeeting,
  listMeetings,
  type MeetingRow,
  savePrivateNote,
  updateMeeting,
} from './meetings.repository.ts';

const say = messagesOf(errorsMeetingsMessages);

/** The time now and the site's address, for links in mails and calendar entries. */
export interface MeetingContext {
  now: Date;
  origin: string;
  /** The organiser of every calendar entry, the same for a meeting's whole life (`calendarOrganizer`). */
  organizer: IcsPerson;
}

/**
 * The platform as the organiser of every meeting's calendar entry: its sending address (MAIL_FROM),
 * which also sends every version. Were it whoever proposed the current time, the organiser would
 * change between versions of one entry, and Outlook and Google ignore or refuse such updates.
 * Without MAIL_FROM no mail goes out; the downloaded file then names an address at the site.
 */
export function calendarOrganizer(mailFrom: string | null, origin: string): IcsPerson {
  const named = mailFrom ? /^\s*(.*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(mailFrom) : null;
  const name = named?.[1]?.replace(/^"(.*)"$/, '$1').trim() || 'crossmentor';
  if (named) return { name, email: named[2]! };
  if (mailFrom && /^[^<>\s]+@[^<>\s]+$/.test(mailFrom.trim())) return { name, email: mailFrom.trim() };
  return { name, email: `noreply@${new URL(origin).hostname}` };
}

export interface MeetingTime {
  startsAtLocal: string;
  timeZone: string;
  durationMinutes: number;
  place: string;
  videoLink: string;
}

const invalid = (path: string, message: Message) =>
  new AppError('validation_failed', say('fieldProblem', { path, message }), [{ path, message }]);

/** The instant of the proposed wall-clock time in its zone, refusing zones and times that do not exist. */
function resolveStart(time: MeetingTime): Date {
  if (!isKnownTimeZone(time.timeZone)) throw invalid('timeZone', say('unknownTimeZone'));
  const start = zonedToInstant(time.startsAtLocal, time.timeZone);
  if (!start) {
    throw invalid('startsAtLocal', say('timeMissingInZone', { zone: time.timeZone }));
  }
  return start;
}

function ends(row: Pick<MeetingRow, 'starts_at' | 'duration_minutes'>) {
  return new Date(row.starts_at.getTime() + row.duration_minutes * 60_000);
}

/** The member as the meeting rules see them. */
function memberOf(member: TandemMembership): MeetingMember {
  return {
    participantId: member.me.participantId,
    partnerName: member.partner.name,
    tandemEnded: member.tandem.dissolved_at !== null,
  };
}

function stateOf(row: MeetingRow): MeetingState {
  return { status: row.status, startsAt: row.starts_at, proposedBy: row.proposed_by };
}

function present(row: MeetingRow, member: TandemMembership, now: Date): Meeting {
  const local = formatLocal(row.starts_at, row.time_zone);
  const proposedByMe = row.proposed_by === member.me.participantId;
  return {
    id: row.id,
    tandemId: row.tandem_id,
    status: row.status,
    startsAt: row.starts_at.toISOString(),
    endsAt: ends(row).toISOString(),
    startsAtLocal: `${local.slice(0, 4)}-${local.slice(4, 6)}-${local.slice(6, 8)}T${local.slice(9, 11)}:${local.slice(11, 13)}`,
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    place: row.place,
    videoLink: row.video_link,
    proposedBy: row.proposed_by,
    proposedByMe,
    sharedNotes: row.shared_notes,
    sharedNotesByName: row.shared_notes ? row.shared_notes_by_name : null,
    heldAt: row.held_at?.toISOString() ?? null,
    myPrivateNote: row.my_private_note,
    can: meetingAbilities(memberOf(member), stateOf(row), now),
  };
}

function facts(row: MeetingRow): MeetingFacts {
  return {
    startsAt: row.starts_at,
    timeZone: row.time_zone,
    durationMinutes: row.duration_minutes,
    place: row.place,
    videoLink: row.video_link,
  };
}

/**
 * The meeting as an iCalendar object. The organiser is the platform (`ctx.organizer`) in every
 * version; both members are attendees, and whoever proposed the current time has accepted it.
 */
function calendarOf(row: MeetingRow, member: TandemMembership, method: IcsMethod, ctx: MeetingContext) {
  // Whoever proposed the time has accepted it; the other still has to answer a proposal.
  const partStat = (participantId: string): PartStat =>
    row.status === 'proposed' && participantId !== row.proposed_by ? 'NEEDS-ACTION' : 'ACCEPTED';
  const t = member.tandem;
  const { me, partner } = member;
  const status =
    row.status === 'cancelled' ? 'CANCELLED' : row.status === 'proposed' ? 'TENTATIVE' : 'CONFIRMED';
  return buildIcs({
    method,
    uid: row.ical_uid,
    sequence: row.ical_sequence,
    stamp: ctx.now,
    start: row.starts_at,
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
    status,
    summary: `Mentoring: ${t.mentee_name} & ${t.mentor_name}`,
    description: `${t.cycle_name}\n${tandemLink(ctx.origin, t.id)}`,
    location: [row.place, row.video_link].filter(Boolean).join(' · '),
    url: tandemLink(ctx.origin, t.id),
    organizer: ctx.organizer,
    attendees: [t.mentee_id, t.mentor_id].map((id) => {
      const person = id === me.participantId ? me : partner;
      return { name: person.name, email: person.email, partStat: partStat(id) };
    }),
  });
}

/**
 * Sends the calendar invitation (or its cancellation) to both members; never to the organiser
 * (were MAIL_FROM a member's own address). Each member's mails are sent in the order written.
 */
async function sendCalendar(
  db: Queryable,
  row: MeetingRow,
  member: TandemMembership,
  method: 'REQUEST' | 'CANCEL',
  ctx: MeetingContext,
) {
  const content = calendarOf(row, member, method, ctx);
  const { me, partner } = member;
  const link = tandemLink(ctx.origin, row.tandem_id);
  for (const [person, other] of [
    [me, partner],
    [partner, me],
  ] as const) {
    if (person.email.toLowerCase() === ctx.organizer.email.toLowerCase()) continue;
    await enqueueMail(db, {
      to: person.email,
      kind: method === 'CANCEL' ? 'meeting.cancelled' : 'meeting.invitation',
      text:
        method === 'CANCEL'
          ? meetingCancelledMail({
              name: person.name,
              // The caller cancelled: they read that they did.
              cancelledBy: person === me ? null : me.name,
              meeting: facts(row),
              link,
            })
          : meetingInvitationMail({
              name: person.name,
              partner: other.name,
              meeting: facts(row),
              link,
              confirmed: row.status === 'accepted',
            }),
      calendar: { method, filename: 'meeting.ics', content },
    });
  }
}

/** A meeting of a tandem the caller is a member of; any other id answers 404. */
async function requireMeeting(
  db: Queryable,
  actor: Actor,
  meetingId: string,
  { forWriting = false } = {},
): Promise<{ member: TandemMembership; row: MeetingRow }> {
  const tandemId = await findMeetingTandem(db, meetingId);
  if (!tandemId) throw notFound('meeting');
  const member = await requireTandemMember(db, actor, tandemId, { forWriting });
  const row = await findMeeting(db, meetingId, member.me.participantId, forWriting);
  if (!row) throw notFound('meeting');
  return { member, row };
}

async function reread(db: Queryable, member: TandemMembership, id: string, now: Date) {
  const row = await findMeeting(db, id, member.me.participantId);
  if (!row) throw notFound('meeting');
  return { row, meeting: present(row, member, now) };
}

export async function listTandemMeetings(db: Queryable, actor: Actor, tandemId: string, now: Date) {
  const member = await requireTandemMember(db, actor, tandemId);
  const rows = await listMeetings(db, tandemId, member.me.participantId);
  return rows.map((row) => present(row, member, now));
}

export async function createMeeting(
  trx: Trx,
  actor: Actor,
  tandemId: string,
  input: MeetingTime & { alreadyHeld: boolean; sharedNotes: string },
  ctx: MeetingContext,
) {
  const member = await requireTandemMember(trx, actor, tandemId, { forWriting: true });
  const startsAt = resolveStart(input);
  const started = startsAt.getTime() <= ctx.now.getTime();
  if (input.alreadyHeld && !started) {
    throw invalid('startsAtLocal', say('heldStillToCome'));
  }
  if (!input.alreadyHeld && started) {
    throw invalid('startsAtLocal', say('passedProposeOrLog'));
  }
  const notes = input.sharedNotes.trim() === '' ? '' : input.sharedNotes;
  const id = await insertMeeting(trx, {
    tandemId,
    // Generated once: every later invitation and cancellation names the same calendar entry.
    icalUid: `${randomUUID()}@crossmentor`,
    startsAt,
    durationMinutes: input.durationMinutes,
    timeZone: input.timeZone,
    place: input.place,
    videoLink: input.videoLink,
    status: input.alreadyHeld ? 'held' : 'proposed',
    proposedBy: member.me.participantId,
    sharedNotes: notes,
    sharedNotesBy: notes ? member.me.participantId : null,
    heldAt: input.alreadyHeld ? ctx.now : null,
    now: ctx.now,
  });
  const { row, meeting } = await reread(trx, member, id, ctx.now);
  if (!input.alreadyHeld) {
    const { me, partner } = member;
    await enqueueMail(trx, {
      to: partner.email,
      kind: 'meeting.proposed',
      digestible: true,
      text: meetingProposedMail({
        name: partner.name,
        proposer: me.name,
        meeting: facts(row),
        link: tandemLink(ctx.origin, tandemId),
        anotherTime: false,
      }),
    });
  }
  return meeting;
}

export async function acceptMeeting(trx: Trx, actor: Actor, meetingId: string, ctx: MeetingContext) {
  const { member, row } = await requireMeeting(trx, actor, meetingId, { forWriting: true });
  enforce(mayAcceptMeeting(memberOf(member), stateOf(row), ctx.now));
  // CONFIRMED replaces TENTATIVE in the calendars: a new version, so a higher SEQUENCE.
  await updateMeeting(
    trx,
    row.id,
    { status: 'accepted', calendarSentAt: ctx.now, bumpSequence: true },
    ctx.now,
  );
  const updated = await reread(trx, member, row.id, ctx.now);
  await sendCalendar(trx, updated.row, member, 'REQUEST', ctx);
  return updated.meeting;
}

/** Another time (or place) for a proposed or accepted meeting; the partner then accepts it. */
export async function proposeAnotherTime(
  trx: Trx,
  actor: Actor,
  meetingId: string,
  input: MeetingTime,
  ctx: MeetingContext,
) {
  const { member, row } = await requireMeeting(trx, actor, meetingId, { forWriting: true });
  enforce(mayProposeAnotherTime(memberOf(member), stateOf(row)));
  const startsAt = resolveStart(input);
  if (startsAt.getTime() <= ctx.now.getTime()) {
    throw invalid('startsAtLocal', say('passedPropose'));
  }
  const invited = row.calendar_sent_at !== null;
  await updateMeeting(
    trx,
    row.id,
    {
      startsAt,
      durationMinutes: input.durationMinutes,
      timeZone: input.timeZone,
      place: input.place,
      videoLink: input.videoLink,
      status: 'proposed',
      proposedBy: member.me.participantId,
      bumpSequence: true,
      ...(invited ? { calendarSentAt: ctx.now } : {}),
    },
    ctx.now,
  );
  const updated = await reread(trx, member, row.id, ctx.now);
  if (invited) {
    // The calendars show the accepted time: move it there too, marked as not yet confirmed.
    await sendCalendar(trx, updated.row, member, 'REQUEST', ctx);
  } else {
    const { me, partner } = member;
    await enqueueMail(trx, {
      to: partner.email,
      kind: 'meeting.proposed',
      digestible: true,
      text: meetingProposedMail({
        name: partner.name,
        proposer: me.name,
        meeting: facts(updated.row),
        link: tandemLink(ctx.origin, row.tandem_id),
        anotherTime: true,
      }),
    });
  }
  return updated.meeting;
}

export async function cancelMeeting(trx: Trx, actor: Actor, meetingId: string, ctx: MeetingContext) {
  const { member, row } = await requireMeeting(trx, actor, meetingId, { forWriting: true });
  enforce(mayCancelMeeting(memberOf(member), stateOf(row)));
  await updateMeeting(trx, row.id, { status: 'cancelled', bumpSequence: true }, ctx.now);
  const updated = await reread(trx, member, row.id, ctx.now);
  if (row.calendar_sent_at) {
    await sendCalendar(trx, updated.row, member, 'CANCEL', ctx);
  } else {
    const { me, partner } = member;
    await enqueueMail(trx, {
      to: partner.email,
      kind: 'meeting.cancelled',
      digestible: true,
      text: meetingCancelledMail({
        name: partner.name,
        cancelledBy: me.name,
        meeting: facts(row),
        link: tandemLink(ctx.origin, row.tandem_id),
      }),
    });
  }
  return updated.meeting;
}

export async function logMeetingHeld(
  trx: Trx,
  actor: Actor,
  meetingId: string,
  sharedNotes: string | undefined,
  ctx: MeetingContext,
) {
  const { member, row } = await requireMeeting(trx, actor, meetingId, { forWriting: true });
  enforce(mayLogMeetingHeld(memberOf(member), stateOf(row), ctx.now));
  await updateMeeting(
    trx,
    row.id,
    {
      status: 'held',
      heldAt: ctx.now,
      ...(sharedNotes !== undefined ? { sharedNotes, sharedNotesBy: member.me.participantId } : {}),
    },
    ctx.now,
  );
  return (await reread(trx, member, row.id, ctx.now)).meeting;
}

export async function saveSharedNotes(
  trx: Trx,
  actor: Actor,
  meetingId: string,
  sharedNotes: string,
  ctx: MeetingContext,
) {
  const { member, row } = await requireMeeting(trx, actor, meetingId, { forWriting: true });
  enforce(maySaveSharedNotes(memberOf(member), stateOf(row)));
  await updateMeeting(trx, row.id, { sharedNotes, sharedNotesBy: member.me.participantId }, ctx.now);
  return (await reread(trx, member, row.id, ctx.now)).meeting;
}

/** The caller's own private note; it is written under their participant id and read by nobody else. */
export async function saveMyPrivateNote(
  trx: Trx,
  actor: Actor,
  meetingId: string,
  body: string,
  ctx: MeetingContext,
) {
  const { member, row } = await requireMeeting(trx, actor, meetingId, { forWriting: true });
  await savePrivateNote(trx, row.id, member.me.participantId, body, ctx.now);
  return (await reread(trx, member, row.id, ctx.now)).meeting;
}

/** The meeting as a calendar file to import by hand (METHOD:PUBLISH: nothing to reply to). */
export async function meetingCalendarFile(
  db: Queryable,
  actor: Actor,
  meetingId: string,
  ctx: MeetingContext,
) {
  const { member, row } = await requireMeeting(db, actor, meetingId);
  return calendarOf(row, member, 'PUBLISH', ctx);
}
