import { describe, expect, it } from 'vitest';
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

const now = new Date('2027-03-01T10:00:00Z');
const later = new Date('2027-03-05T10:00:00Z');
const earlier = new Date('2027-02-20T10:00:00Z');

const me: MeetingMember = { participantId: 'me', partnerName: 'Mia', tandemEnded: false };
const ended: MeetingMember = { ...me, tandemEnded: true };

const meeting = (status: MeetingState['status'], startsAt: Date, proposedBy = 'partner'): MeetingState => ({
  status,
  startsAt,
  proposedBy,
});

type Row = [string, MeetingMember, MeetingState, ReturnType<typeof meetingAbilities>];

// member × meeting → what the member may do; every column is one rule.
const table: Row[] = [
  [
    'partner proposed a time to come',
    me,
    meeting('proposed', later),
    { accept: true, proposeAnotherTime: true, cancel: true, logHeld: false, saveSharedNotes: true },
  ],
  [
    'I proposed a time to come',
    me,
    meeting('proposed', later, 'me'),
    { accept: false, proposeAnotherTime: true, cancel: true, logHeld: false, saveSharedNotes: true },
  ],
  [
    'proposed, the time has passed',
    me,
    meeting('proposed', earlier),
    { accept: false, proposeAnotherTime: true, cancel: true, logHeld: true, saveSharedNotes: true },
  ],
  [
    'accepted, to come',
    me,
    meeting('accepted', later),
    { accept: false, proposeAnotherTime: true, cancel: true, logHeld: false, saveSharedNotes: true },
  ],
  [
    'accepted, started',
    me,
    meeting('accepted', earlier),
    { accept: false, proposeAnotherTime: true, cancel: true, logHeld: true, saveSharedNotes: true },
  ],
  [
    'held',
    me,
    meeting('held', earlier),
    { accept: false, proposeAnotherTime: false, cancel: false, logHeld: false, saveSharedNotes: true },
  ],
  [
    'cancelled',
    me,
    meeting('cancelled', later),
    { accept: false, proposeAnotherTime: false, cancel: false, logHeld: false, saveSharedNotes: false },
  ],
  [
    'the tandem has ended',
    ended,
    meeting('proposed', later),
    { accept: false, proposeAnotherTime: false, cancel: false, logHeld: false, saveSharedNotes: false },
  ],
];

describe('meeting rules', () => {
  for (const [name, member, state, expected] of table) {
    it(name, () => {
      expect(meetingAbilities(member, state, now)).toEqual(expected);
    });
  }

  it('say why they refuse, as the error the member gets', () => {
    expect(mayAcceptMeeting(me, meeting('proposed', later, 'me'), now)).toEqual({
      allowed: false,
      code: 'conflict',
      message: 'You proposed this time; Mia accepts it or proposes another.',
    });
    expect(mayAcceptMeeting(me, meeting('accepted', later), now)).toMatchObject({
      message: 'This meeting is accepted already.',
    });
    expect(mayLogMeetingHeld(me, meeting('accepted', later), now)).toMatchObject({
      message: 'This meeting has not started yet; log it as held once it has taken place.',
    });
    expect(mayCancelMeeting(me, meeting('held', earlier))).toMatchObject({
      message: 'This meeting has taken place already.',
    });
    expect(mayProposeAnotherTime(me, meeting('cancelled', later))).toMatchObject({
      message: 'This meeting was cancelled; propose a new one instead.',
    });
    expect(maySaveSharedNotes(ended, meeting('held', earlier))).toMatchObject({
      message: 'This tandem has ended; it can no longer be changed.',
    });
  });

  it('count a meeting starting right now as started', () => {
    expect(mayAcceptMeeting(me, meeting('proposed', now), now).allowed).toBe(false);
    expect(mayLogMeetingHeld(me, meeting('accepted', now), now).allowed).toBe(true);
  });
});
