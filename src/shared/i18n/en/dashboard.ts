// The cycle's dashboard, the report pages and the dashboard's summary on the contact's home. The names
// of stages, measures, genders, attention reasons and hidden figures are in `reports`.
export default {
  loading: 'Loading the dashboard…',
  introProgramme:
    'How far the cycle has come: who reached which step, what each organisation gives and receives, how often tandems meet, and which tandems need a word.',
  introOrganisation:
    'Your organisation’s people in this cycle: who reached which step, how often their tandems meet, which tandems need a word, and what waits for you.',

  showTable: 'Show as table<hidden>: {chart}</hidden>',

  funnelHeading: 'How far participants got',
  funnelCaption: 'Mentees and mentors per step of the cycle',
  columnStep: 'Step',
  byOrganisationHeading: 'By organisation',
  byOrganisationCaption:
    '{role, select, mentee {Mentees} other {Mentors}} per step of the cycle, by organisation',
  columnOrganisation: 'Organisation',

  reciprocityHeading: 'Giving and receiving',
  reciprocityIntro:
    'Active tandems: the mentors each organisation gives to other organisations’ mentees, and the mentees it receives mentors for.',
  reciprocityCaption: 'Mentors given and mentees received, per organisation',
  columnMentorsGiven: 'Mentors given',
  columnMenteesReceived: 'Mentees received',

  meetingsHeading: 'Meetings per month',
  meetingsCaption: 'Meetings held per month of the cycle',
  columnMonth: 'Month',
  columnMeetingsHeld: 'Meetings held',
  noMeetings: 'No meeting has been held yet.',

  attentionHeading: 'Tandems that need attention',
  attentionIntro:
    'Active tandems that have not met for a long time, are behind their agreed rhythm, or still have no signed agreement {days} days after publication. Longest silent first.',
  attentionTable: 'Tandems that need attention',
  columnTandem: 'Tandem',
  columnReasons: 'Why',
  meetingsHiddenFewTandems:
    'Your organisation’s people are in fewer than {threshold} tandems, so meetings per month are not shown: they would tell when one tandem met.',
  emptyNoParticipantsOwn: 'Nobody from your organisation has been nominated for this cycle yet.',
  emptyNoTandemsOwn:
    'None of your organisation’s people is in a tandem yet: the funnel fills as the cycle goes on.',
  columnLastActivity: 'Last activity',
  withMentor: 'with {name}',
  daysAgo: '{days, plural, one {# day ago} other {# days ago}}',
  noActivityYet: 'None yet',
  attentionNone: 'No tandem needs attention right now.',

  emptyNoParticipants: 'Nobody has been nominated for this cycle yet. The dashboard fills once people are.',
  emptyNoTandems: 'No tandems yet: the funnel fills as the cycle goes on.',

  todosHeading: 'Your to-dos in this cycle',
  todoProposals:
    '{count, plural, one {<link># proposal</link> waits for your approval} other {<link># proposals</link> wait for your approval}}',
  todoProfiles:
    '{count, plural, one {<link># profile</link> is not finished yet} other {<link># profiles</link> are not finished yet}}',
  todoInvitations:
    '{count, plural, one {<link># invitation</link> has not been accepted yet} other {<link># invitations</link> have not been accepted yet}}',
  todoTandems:
    '{count, plural, one {<link># tandem</link> needs attention} other {<link># tandems</link> need attention}}',
  todosNone: 'Nothing waits for you in this cycle right now.',

  reportsHeading: 'Reports',
  reportsIntro:
    'Confidential reports to hand on, to view here or download as PDF. Every figure about a small group is hidden.',
  programmeReport: 'Programme report',
  organisationReportsHeading: 'Each organisation’s report',
  organisationReport: 'Report of {organisation}',
  ownReport: 'Your organisation’s report',
  downloadPdfOf: 'PDF<hidden>: {report}</hidden>',

  loadingReport: 'Loading the report…',
  programmeReportTitle: 'Programme report: {cycle}',
  organisationReportTitle: 'Report of {organisation}: {cycle}',
  reportIntroProgramme:
    'The programme’s evaluation report for {cycle}, {startsOn} to {endsOn}. Confidential: every figure about fewer than {threshold} people is hidden.',
  reportIntroOrganisation:
    'The confidential report of {organisation} for {cycle}, {startsOn} to {endsOn}, beside the programme’s figures. Every figure about fewer than {threshold} people is hidden.',
  generatedAt: 'Figures as of {date}.',
  downloadPdf: 'Download PDF',
  backToDashboard: 'Back to the dashboard',

  summaryHeading: 'Summary',
  summaryMenteesNominated: 'Mentees nominated',
  summaryMentorsNominated: 'Mentors nominated',
  summaryMenteesInTandem: 'Mentees in a tandem',
  reportEmpty: 'Nobody takes part in this cycle yet, so the report has no figures.',

  participationHeading: 'Participation',
  participationCaption: '{role, select, mentee {Mentees} other {Mentors}} per step of the cycle',
  activityHeading: 'Activity of the tandems',
  activityIntro: 'Counted on the mentee’s organisation, which receives the mentoring.',
  activityCaption: 'Activity of the tandems',
  columnMeasure: 'Measure',
  activityEmpty: 'No tandems yet, so there is no activity to count.',

  surveysHeading: 'Survey results',
  surveysIntro: 'Closed surveys only. Text answers are counted, never shown.',
  surveysEmpty: 'No survey has closed yet. Its results appear here once it has.',
  surveyMeta: '{kind} survey of the {role, select, mentee {mentees} other {mentors}}',
  columnGroup: 'Group',
  columnAnswers: 'Answers',
  columnMean: 'Average (1–5)',
  textAnswers: 'Text answers are counted, never shown.',

  outcomesHeading: 'Outcomes',
  outcomesIntro: 'From the follow-up surveys: career steps and the tandem’s value.',
  outcomesEmpty: 'No follow-up survey has closed yet. Outcomes appear here once one has.',
  outcomesByOrganisationCaption: 'Outcomes by organisation',
  outcomesByGenderCaption: 'Outcomes by gender, across the programme',
  outcomesByGenderHeading: 'By gender, across the programme',

  shareOf: '{value} of {n} ({percent})',
  meanOf: '{mean} ({n, plural, one {# answer} other {# answers}})',

  methodHeading: 'How to read this report',
  methodText:
    'Figures count the people and tandems of this cycle. To protect each person, a figure about fewer than {threshold} people is not shown, and neither is a figure from which a hidden one could be worked out.',
  legendLabel: 'What the marks mean',

  homeHeading: 'Your cycles at a glance',
  homeIntro: 'Your organisation’s people in each cycle, and what waits for you there.',
  homeSummaryLabel: 'How far your organisation’s people got in {cycle}',
  homeMenteesAndMentors:
    '{mentees, plural, one {# mentee} other {# mentees}}, {mentors, plural, one {# mentor} other {# mentors}}',
  openDashboard: 'Open the dashboard<hidden> of {cycle}</hidden>',
  loadingSummary: 'Loading the summary of {cycle}…',
  eventsHeading: 'Events',
  eventsIntro:
    'Registrations, the waiting list and attendance of the cycle’s events. Attendance counts once the coordination has marked it.',
  eventsIntroOwn:
    'Your organisation’s people’s registrations, waiting places and attendance at the cycle’s events.',
  eventsCaption: 'Registrations and attendance per event',
  eventsColumnEvent: 'Event',
  eventsColumnRegistered: 'Registered',
  eventsColumnWaiting: 'Waiting',
  eventsColumnAttended: 'Attended',
  eventsColumnUnmarked: 'Not yet marked',
  reportEventsHeading: 'Events',
  reportEventsIntro:
    'Per event, how many of the mentors and mentees registered for it attended, as the coordination marked it.',
  reportEventsCaption: 'Attendance among the registered, per event',
  reportEventsEmpty: 'No events have taken place with registrations yet.',
  columnEvent: 'Event',
} as const;
