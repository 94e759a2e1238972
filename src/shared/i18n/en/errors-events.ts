// The server's refusals about events and registrations.
export default {
  endsBeforeStart: 'The event must end after it starts.',
  endsBeforeStartField: 'must be after the start',
  deadlineAfterStart: 'Registration must close at the latest when the event starts.',
  deadlineAfterStartField: 'must be at the latest the start',
  fieldProblem: '{path} {message}',
  unknownTimeZone: 'is not a time zone we know',
  timeMissingInZone: 'does not exist in {zone}: the clocks skip that hour',
  eventCancelled: 'This event was cancelled.',
  eventOver: 'This event is over, so it can no longer be changed or cancelled.',
  registrationClosed:
    'Registration for this event closed on {deadline}. Please write to the programme’s coordination if your plans changed.',
  notInAudience:
    'This event is for {audience, select, mentors {mentors} mentees {mentees} contacts {the organisations’ contacts} other {others}} only.',
  notRegistered: 'You are not registered for this event.',
  alreadyRegistered: 'You are already registered for this event, or on its waiting list.',
  attendanceBeforeStart: 'Attendance can be marked once the event has started.',
  notRegisteredMark: 'is not a registration for this event',
  capacityBelowRegistered:
    '{registered, plural, one {# person is} other {# people are}} already registered, so the event needs at least that many places. Ask people to unregister first, or keep the places.',
  eventChanged:
    'Someone changed this event since you opened it. Load the saved version and make your change again.',
  planExists:
    'This cycle already has events, so the default plan is not added. Add the events you need one by one.',
  cycleClosed: 'This cycle is closed: its events can no longer be changed.',
  nobodyToMessage: 'Nobody is registered for this event yet, so there is nobody to write to.',
};
