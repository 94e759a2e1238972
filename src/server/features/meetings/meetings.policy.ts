import type { Meeting } from '../../../shared/contract/meetings.ts';
import { errorsMeetingsMessages } from '../../../shared/i18n/errors-meetings.ts';
import { messagesOf } from '../../messages.ts';
import { allowed, refused, type Verdict } from '../../policy.ts';

const say = messagesOf(errorsMeetingsMessages);

// Who may do what with a tandem's meeting. Only the tandem's two members ever reach a meeting
// (everyone else gets 404 before these rules); these rules say what a member may do with it.

export interface MeetingMember {
  participantId: string;
  partnerName: string;
  /** The tandem was dissolved: its meetings are kept but no longer change. */
  tandemEnded: boolean;
}

export interface MeetingState {
  status: Meeting['status'];
  startsAt: Date;
  /** The participant who proposed the current time. */
  proposedBy: string;
}

const tandemEnded = refused('conflict', say('tandemEnded'));

/** Cancelled and held meetings are settled: nothing about their time changes any more. */
function settled(meeting: MeetingState): Verdict {
  if (meeting.status === 'cancelled') return refused('conflict', say('cancelledProposeNew'));
  if (meeting.status === 'held') return refused('conflict', say('heldAlready'));
  return allowed;
}

export function mayAcceptMeeting(member: MeetingMember, meeting: MeetingState, now: Date): Verdict {
  if (member.tandemEnded) return tandemEnded;
  const open = settled(meeting);
  if (!open.allowed) return open;
  if (meeting.status === 'accepted') return refused('conflict', say('acceptedAlready'));
  if (meeting.proposedBy === member.participantId) {
    return refused('conflict', say('ownProposal', { partner: member.partnerName }));
  }
  if (meeting.startsAt.getTime() <= now.getTime()) {
    return refused('conflict', say('timePassed'));
  }
  return allowed;
}

/** Another time or place; whether the new time is still to come is the input's check. */
export function mayProposeAnotherTime(member: MeetingMember, meeting: MeetingState): Verdict {
  if (member.tandemEnded) return tandemEnded;
  return settled(meeting);
}

export function mayCancelMeeting(member: MeetingMember, meeting: MeetingState): Verdict {
  if (member.tandemEnded) return tandemEnded;
  return settled(meeting);
}

export function mayLogMeetingHeld(member: MeetingMember, meeting: MeetingState, now: Date): Verdict {
  if (member.tandemEnded) return tandemEnded;
  const open = settled(meeting);
  if (!open.allowed) return open;
  if (meeting.startsAt.getTime() > now.getTime()) {
    return refused('conflict', say('notStartedYet'));
  }
  return allowed;
}

/** Shared notes stay editable after the meeting; a cancelled meeting has none to keep. */
export function maySaveSharedNotes(member: MeetingMember, meeting: MeetingState): Verdict {
  if (member.tandemEnded) return tandemEnded;
  if (meeting.status === 'cancelled') return refused('conflict', say('cancelledNotes'));
  return allowed;
}

/** What the member may do with the meeting now, for the web to offer exactly those actions. */
export function meetingAbilities(member: MeetingMember, meeting: MeetingState, now: Date) {
  return {
    accept: mayAcceptMeeting(member, meeting, now).allowed,
    proposeAnotherTime: mayProposeAnotherTime(member, meeting).allowed,
    cancel: mayCancelMeeting(member, meeting).allowed,
    logHeld: mayLogMeetingHeld(member, meeting, now).allowed,
    saveSharedNotes: maySaveSharedNotes(member, meeting).allowed,
  };
}
