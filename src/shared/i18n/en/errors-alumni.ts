// The server's refusals about alumni: the directory and the invitations to a next cycle.
export default {
  directoryNotFound:
    'The alumni directory was not found. It is open to the coordination and to people whose cycle has closed with a tandem.',
  invitationNotFound: 'The invitation was not found.',
  invitationCyclePhase:
    'Alumni can be invited only while the cycle is in preparation or open for nominations; this cycle has moved on.',
  notInvitable:
    '{count, plural, one {One person named cannot} other {# people named cannot}} be invited to this cycle: not an alumni mentor, already taking part or invited, without an account, or their organisation does not take part. Nobody was invited.',
  invitationAnswered: 'This invitation has been answered already.',
  invitationTooLate:
    'This cycle no longer takes new participants, so the invitation can no longer be accepted. You can still decline it.',
  organisationNotTakingPart:
    'Your organisation does not take part in this cycle, so the invitation cannot be accepted. Please contact the coordination.',
  takesPartAlready: 'You take part in this cycle already.',
  noMentorProfile: 'There is no earlier mentor profile to carry over.',
};
