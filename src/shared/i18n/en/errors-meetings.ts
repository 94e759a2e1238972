// The server's refusals about a tandem's meetings.
export default {
  tandemEnded: 'This tandem has ended; it can no longer be changed.',
  cancelledProposeNew: 'This meeting was cancelled; propose a new one instead.',
  heldAlready: 'This meeting has taken place already.',
  acceptedAlready: 'This meeting is accepted already.',
  ownProposal: 'You proposed this time; {partner} accepts it or proposes another.',
  timePassed: 'This time has passed; propose another time, or log the meeting as held.',
  notStartedYet: 'This meeting has not started yet; log it as held once it has taken place.',
  cancelledNotes: 'This meeting was cancelled; its notes cannot be changed.',
  fieldProblem: '{path} {message}',
  unknownTimeZone: 'is not a known time zone',
  timeMissingInZone: 'does not exist in {zone} (not a calendar date, or skipped when the clocks go forward)',
  heldStillToCome: 'is still to come; a meeting can be logged as held once it has started',
  passedProposeOrLog: 'has passed; propose a time to come, or log the meeting as held',
  passedPropose: 'has passed; propose a time to come',
};
