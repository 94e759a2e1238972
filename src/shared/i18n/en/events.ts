// The programme's events as participants and contacts see them (my-events.tsx).
export default {
  heading: 'Events',
  intro:
    'The events of your programme around the tandems. Register here; you get a confirmation with a calendar entry, and a reminder two days before.',
  loading: 'Loading events…',
  none: 'No events are planned for your programme yet. The programme’s coordination adds them here.',
  upcoming: 'Coming up',
  past: 'Past events',
  cycle: 'Programme: {cycle}',
  place: 'Place: {place}',
  online: 'Online: <a>{url}</a>',
  audience:
    '{audience, select, everyone {For everyone in the programme} mentors {For mentors} mentees {For mentees} contacts {For the organisations’ contacts} other {}}',
  places:
    '{left, select, unlimited {No limit on places} other {{count, plural, =0 {Fully booked: new registrations join the waiting list} one {# place left} other {# places left}}}}',
  deadline: 'Registration open until {deadline}',
  closed: 'Registration closed on {deadline}',
  cancelled: 'Cancelled',
  registered: 'You are registered.',
  waiting:
    'You are on the waiting list, in place {position}. If a place becomes free, it goes to the first on the list, and we write to you.',
  showMe: 'Show my name and organisation to the other registered attendees',
  showMeHint:
    'Only people who are registered themselves see this list, and only the names of those who agreed.',
  shownToOthers: 'Your name is shown to the other attendees.',
  notShown: 'Your name is not shown to the other attendees.',
  register: 'Register<hidden> for {title}</hidden>',
  joinWaitingList: 'Join the waiting list<hidden> for {title}</hidden>',
  unregister: 'Unregister<hidden> from {title}</hidden>',
  leaveWaitingList: 'Leave the waiting list<hidden> for {title}</hidden>',
  addToCalendar: 'Calendar file<hidden> for {title}</hidden> (.ics)',
  registeredNow: 'You are registered for {title}. A confirmation with the calendar entry is on its way.',
  waitingNow: 'The event is full: you are on the waiting list, in place {position}.',
  unregisteredNow: 'You are no longer registered for {title}.',
  leftWaitingListNow: 'You are no longer on the waiting list for {title}.',
  fellows: 'Also coming',
  noFellows: 'Nobody else has chosen to be shown yet.',
};
