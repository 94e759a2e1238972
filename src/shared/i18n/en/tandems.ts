// Published tandems: a cycle's list, the tandem page (a welcome for its two members, a record for
// staff) and the coordinator's dissolving and re-matching.
export default {
  sectionTitle: 'Tandems',
  allTandems: 'All tandems',
  loadingTandems: 'Loading tandems…',
  loadingTandem: 'Loading the tandem…',
  myTandem: 'My tandem',
  tandemTitle: 'Tandem: {mentee} and {mentor}',
  backToProgramme: '← My programme',
  backToTandems: '← Tandems of {cycle}',

  // The list.
  empty: 'No tandems are published yet.',
  columnMentee: 'Mentee',
  columnMentor: 'Mentor',
  columnStatus: 'Status',
  columnPublished: 'Published',
  active: 'Active',
  dissolved: 'Dissolved',
  dissolvedOn: 'Dissolved {date}',

  // The tandem page.
  personHeading: '{side, select, mentor {Mentor} other {Mentee}}: {name}',
  noJobTitle: 'No job title given',
  email: 'Email',
  languages: 'Languages',
  location: 'Location',
  notGiven: 'Not given',
  expertise: 'Expertise',
  goals: 'Goals',
  ended: 'This tandem ended.',
  endedOn: 'This tandem ended on {date}.',
  endedReason: 'Reason: {reason}',
  welcome: 'Welcome to {cycle}!',
  welcomeText:
    'Your {side, select, mentee {mentor} other {mentee}} is <b>{name}</b> from {organisation}. Write to them at <mail>{email}</mail> to arrange a first meeting.',
  stepIntroduce: 'Introduce yourselves and agree how often you meet (about once a month works well).',
  stepGoals: 'Talk about the goals for the year and what stays confidential between you.',
  stepFirstMeeting: 'Plan the first meeting before the kick-off event.',
  whyYou: 'Why you were matched',
  whyThey: 'Why they were matched',
  publishedOn: 'Published {date}.',

  // Dissolving and re-matching.
  dissolveHeading: 'Dissolve this tandem',
  reason: 'Reason',
  reasonHint:
    "Kept with the tandem''s history and, as why the two are never paired again, in the matching rules. The mentee can then be re-matched.",
  dissolve: 'Dissolve tandem',
  dissolveOpen: 'Dissolve…',
  rematchHeading: 'Re-match {name}',
  rematchText:
    "Offers up to three mentors with free places, under the cycle''s rules. {name}''s former mentor is not offered again unless you lift that exclusion in the matching rules.",
  proposeMentor: 'Propose a new mentor',
  alternatives:
    '{count, plural, one {One mentor fits the rules:} other {The # best mentors the rules allow, best first:}}',
  mentorsFor: 'Mentors for {name}',
  alternative: '<b>{mentor}</b> ({organisation}), score {score}',
  makeTandem: 'Make a tandem with {mentor}',
  noMentorFree: 'No mentor is free for {name}: {reasons}',
  noMentorFreeNoPlaces: 'No mentor is free for {name}: no places left.',

  // The CSV export of the cycle's tandems, beside the list.
  csvSeparator: 'Separator for the tandems CSV',
  exportCsv: 'Export tandems as CSV',
};
