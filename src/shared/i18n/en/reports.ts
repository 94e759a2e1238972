// Reports and the dashboard: the names of stages, measures and hidden figures that the web pages
// and the PDF reports share.
export default {
  stageNominated: 'Nominated',
  stageProfileFinished: 'Profile finished',
  stageProposed: 'Proposed',
  stageApproved: 'Approved',
  stagePublished: 'In a tandem',
  stageAgreementSigned: 'Agreement signed',
  stageFirstMeeting: 'First meeting held',
  stageActiveRecently: 'Active in the last 6 weeks',
  stageMidtermAnswered: 'Mid-term survey answered',
  stageFinalAnswered: 'Final survey answered',

  measureAgreementsSigned: 'Tandems with a signed agreement',
  measureFirstMeeting: 'Tandems that have met',
  measureMeetingsHeld: 'Meetings held',
  measureMeetingsExpected: 'Meetings expected by the agreed rhythm',

  outcomeCareerStep: 'Mentees with a career step',
  outcomePromoted: 'Promoted',
  outcomeLeadershipResponsibility: 'Larger leadership responsibility',
  outcomeNewRole: 'A new position',
  outcomeStillWithEmployer: 'Still with the same organisation',
  outcomeMenteeValue: 'Value of the tandem, in the mentees’ view (1–5)',
  outcomeMentorValue: 'Value of the tandem, in the mentors’ view (1–5)',

  genderFemale: 'Women',
  genderMale: 'Men',
  genderNonBinary: 'Non-binary people',
  genderUndisclosed: 'Gender not given',

  attentionInactive: 'No meeting for a long time',
  attentionOverdue: 'Meeting overdue',
  attentionAgreementUnsigned: 'Agreement not signed',

  hiddenSmallGroup: 'hidden: fewer than {threshold} people',
  hiddenComplementary: 'hidden: a hidden figure could be worked out from it',
  hiddenShort: 'hidden',

  roleMentees: 'Mentees',
  roleMentors: 'Mentors',
  programme: 'Programme',
  allOrganisations: 'All organisations',
} as const;
