// Alumni: the section of the programme page, the alumni directory, and the coordinator's
// invitations of alumni mentors to a cycle.
export default {
  // The programme page's section
  sectionTitle: 'Alumni',
  alumnusIntro: 'You belong to the programme’s alumni:',
  cycleRole: '{cycle} as {role, select, mentor {mentor} other {mentee}}',
  directoryHeading: 'Alumni directory',
  directoryExplain:
    'The directory lists alumni who chose to be listed. Other alumni and the programme’s coordination read it. Your name and your alumni cycles always show; you choose what else shows.',
  listed: 'You are listed in the alumni directory.',
  notListed: 'You are not listed in the alumni directory.',
  showOrganisation: 'Show my organisation',
  showOrganisationHint: 'Others see which organisation you work for.',
  showTopics: 'Show my topics',
  showTopicsHint: 'The topics of your latest profile, so others know what to talk to you about.',
  join: 'Join the directory',
  save: 'Save my choices',
  leave: 'Leave the directory',
  joined: 'You are now listed in the alumni directory.',
  saved: 'Your choices are saved.',
  left: 'You have left the alumni directory: your entry is deleted.',
  openDirectory: 'Open the alumni directory',
  invitationsHeading: 'Invitations to a next cycle',
  invitationText:
    'The programme’s coordination invites you to take part as a mentor in {cycle}, from {startsOn} to {endsOn}. If you accept, your mentor profile from last time is carried over; you can update it afterwards.',
  accept: 'Accept<hidden> the invitation to {cycle}</hidden>',
  decline: 'Decline<hidden> the invitation to {cycle}</hidden>',
  acceptClosed: 'This cycle no longer takes new participants, so the invitation can only be declined.',
  accepted: 'You now take part in {cycle} as a mentor. Please check your profile.',
  declined: 'You declined the invitation to {cycle}.',

  // The directory page
  directoryTitle: 'Alumni directory',
  directoryIntro:
    'Alumni who chose to be listed, with their cycles, and their organisation and topics where they chose to show them.',
  searchLabel: 'Search by name, organisation or topic',
  search: 'Search',
  loadingDirectory: 'Loading the alumni directory…',
  columnName: 'Name',
  columnCycles: 'Cycles',
  columnOrganisation: 'Organisation',
  columnTopics: 'Topics',
  notShown: 'Not shown',
  emptyDirectory: 'Nobody is listed in the alumni directory yet.',
  noMatch: 'Nobody in the directory matches “{q}”.',

  // The coordinator's invitations, on the cycle's alumni page
  inviteSection: 'Alumni',
  inviteHeading: 'Invite alumni mentors',
  inviteIntro:
    'People who were mentors with a tandem in a closed cycle and do not take part in this one. Invite them to take part again as mentors: each gets a mail, and whoever accepts takes part with their last mentor profile. Only people whose organisation takes part in this cycle can be invited.',
  loadingMentors: 'Loading the alumni mentors…',
  columnMentor: 'Mentor',
  columnLastCycle: 'Last cycle as a mentor',
  columnState: 'Invitation',
  selectMentor: 'Invite {name}',
  lastCycle: '{cycle}, ended {endsOn}',
  reasonCyclePhase: 'Not in this phase of the cycle',
  reasonOrganisation: '{organisation} does not take part in this cycle',
  reasonNoAccount: 'No account to sign in with yet',
  notInvited: 'Not invited',
  statePending: 'Invited on {date}, no answer yet',
  stateAccepted: 'Accepted on {date}',
  stateDeclined: 'Declined on {date}',
  invite: '{count, plural, =0 {Invite} one {Invite # mentor} other {Invite # mentors}}',
  invited: '{count, plural, one {# invitation} other {# invitations}} sent.',
  noneSelected: 'Choose at least one mentor to invite.',
  emptyMentors:
    'There are no alumni mentors to invite yet: mentors become alumni when a cycle in which they had a tandem closes.',
  phaseClosed: 'This cycle is past preparation and nominations, so alumni can no longer be invited to it.',
};
