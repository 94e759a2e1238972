import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import { type EventAudience, eventEndpoints } from '../../../shared/contract/events.ts';
import { errorsEventsMessages } from '../../../shared/i18n/errors-events.ts';
import { formatDateTime } from '../../../shared/i18n/formats.ts';
import type { Actor } from '../../http/actor.ts';
import { messagesOf, Worded } from '../../messages.ts';
import { allowed, mayCall, refused, refusedNotFound, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsEventsMessages);

// Who sees an event, registers for it, and runs it (decision 0025).

export interface EventFacts {
  audience: EventAudience;
  cycleStatus: CycleStatus;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  registrationDeadline: Date;
  cancelledAt: Date | null;
}

/**
 * How the caller stands to an event's cycle: the coordinator; a contact of an organisation taking
 * part; a participant of it as mentor or mentee; or a stranger, who meets 404.
 */
export type Standing =
  | { kind: 'coordinator' }
  | { kind: 'contact'; organisationId: string }
  | { kind: 'participant'; role: 'mentor' | 'mentee'; participantId: string; organisationId: string }
  | { kind: 'none' };

/** Whether the event is meant for someone of this standing: the people it invites. */
export function inAudience(standing: Standing, audience: EventAudience): boolean {
  if (standing.kind === 'contact') return audience === 'everyone' || audience === 'contacts';
  if (standing.kind === 'participant') {
    return audience === 'everyone' || audience === (standing.role === 'mentor' ? 'mentors' : 'mentees');
  }
  return false;
}

/**
 * Seeing an event: the coordinator every one; a contact every event of a cycle their organisation
 * takes part in (they see their people's registrations); a participant the events meant for them.
 */
export function maySeeEvent(standing: Standing, event: Pick<EventFacts, 'audience'>): Verdict {
  if (standing.kind === 'coordinator' || standing.kind === 'contact') return allowed;
  if (standing.kind === 'participant' && inAudience(standing, event.audience)) return allowed;
  return refusedNotFound('event');
}

/** Registration is open until the deadline, for an event not cancelled. */
export function registrationOpen(event: EventFacts, now: Date): boolean {
  return event.cancelledAt === null && now.getTime() < event.registrationDeadline.getTime();
}

/** The deadline in the event's zone, written out in the reader's language. */
function deadlineWords(event: EventFacts) {
  return new Worded((language) =>
    formatDateTime(language, event.registrationDeadline, { timeZone: event.timeZone, style: 'full' }),
  );
}

/** The reasons registration and unregistering are refused, in this order. */
function changeOfRegistration(standing: Standing, event: EventFacts, now: Date): Verdict {
  const seen = maySeeEvent(standing, event);
  if (!seen.allowed) return seen;
  if (!inAudience(standing, event.audience)) {
    return refused('forbidden', say('notInAudience', { audience: event.audience }));
  }
  if (event.cancelledAt !== null) return refused('conflict', say('eventCancelled'));
  if (!registrationOpen(event, now)) {
    return refused('registration_closed', say('registrationClosed', { deadline: deadlineWords(event) }));
  }
  return allowed;
}

/** Registering (or joining the waiting list): someone the event is meant for, before the deadline. */
export function mayRegister(standing: Standing, event: EventFacts, registered: boolean, now: Date): Verdict {
  const verdict = changeOfRegistration(standing, event, now);
  if (!verdict.allowed) return verdict;
  return registered ? refused('conflict', say('alreadyRegistered')) : allowed;
}

/** Unregistering, or leaving the waiting list: one's own registration, before the deadline. */
export function mayUnregister(
  standing: Standing,
  event: EventFacts,
  registered: boolean,
  now: Date,
): Verdict {
  const verdict = changeOfRegistration(standing, event, now);
  if (!verdict.allowed) return verdict;
  return registered ? allowed : refused('conflict', say('notRegistered'));
}

/** Changing or cancelling: the coordinator, while the event is neither cancelled nor over, in a cycle not closed. */
export function mayChangeEvent(actor: Actor, event: EventFacts, now: Date): Verdict {
  const door = mayCall(actor, eventEndpoints.update);
  if (!door.allowed) return door;
  if (event.cycleStatus === 'closed') return refused('conflict', say('cycleClosed'));
  if (event.cancelledAt !== null) return refused('conflict', say('eventCancelled'));
  if (event.endsAt.getTime() <= now.getTime()) return refused('conflict', say('eventOver'));
  return allowed;
}

/** Adding events: the coordinator, to a cycle not closed. */
export function mayAddEvents(actor: Actor, cycleStatus: CycleStatus): Verdict {
  const door = mayCall(actor, eventEndpoints.create);
  if (!door.allowed) return door;
  return cycleStatus === 'closed' ? refused('conflict', say('cycleClosed')) : allowed;
}

/** Marking attendance: the coordinator, once a not cancelled event has started (also after the close). */
export function mayMarkAttendance(actor: Actor, event: EventFacts, now: Date): Verdict {
  const door = mayCall(actor, eventEndpoints.markAttendance);
  if (!door.allowed) return door;
  if (event.cancelledAt !== null) return refused('conflict', say('eventCancelled'));
  if (event.startsAt.getTime() > now.getTime()) return refused('conflict', say('attendanceBeforeStart'));
  return allowed;
}

/** Writing to everyone registered: the coordinator, for an event not cancelled. */
export function mayMessageRegistrants(actor: Actor, event: EventFacts): Verdict {
  const door = mayCall(actor, eventEndpoints.message);
  if (!door.allowed) return door;
  return event.cancelledAt !== null ? refused('conflict', say('eventCancelled')) : allowed;
}
