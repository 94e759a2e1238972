// The PDF reports (the programme's evaluation report and an organisation's confidential report):
// everything they say beyond the names the `reports` catalogue shares with the web pages.
export default {
  titleProgramme: 'Evaluation report',
  titleOrganisation: 'Confidential report for {organisation}',
  documentTitleProgramme: 'Evaluation report: {cycle}',
  documentTitleOrganisation: 'Confidential report for {organisation}: {cycle}',
  coverPeriod: 'Cycle from {start} to {end}',
  coverGenerated: 'Generated on {date}',
  coverConfidentialProgramme: 'Confidential: for the members of the consortium.',
  coverConfidentialOrganisation:
    'Confidential: for the internal use of {organisation} only. Please do not pass it on outside the organisation.',
  coverGroupsOnly:
    'This report holds figures about groups only: no notes, no goals and no individual answers. Figures about fewer than {threshold} people are hidden.',
  pageOf: 'Page {page} of {pages}',

  sectionSummary: 'Summary',
  sectionParticipation: 'Participation',
  sectionOutcomesByGender: 'Outcomes by gender',
  sectionOrganisations: 'Organisations',
  sectionOrganisationAndProgramme: 'The organisation and the programme',
  sectionSurveys: 'Survey results',
  sectionOutcomes: 'Outcomes',
  sectionMethod: 'Method',

  columnFigure: 'Figure',
  columnOrganisation: 'Organisation',
  columnMeasure: 'Measure',
  summaryMenteesNominated: 'Mentees nominated',
  summaryMentorsNominated: 'Mentors nominated',
  summaryMenteesInTandem: 'Mentees in a tandem',
  summaryMentorsInTandem: 'Mentors in a tandem',
  summaryMeetings: 'Meetings held, of those expected',
  tableAgreementsSigned: 'Agreements signed',
  tableMeetings: 'Meetings held of expected',
  tableCareerStep: 'Career step',

  shareOf: '{value} of {n} ({percent})',
  heldOfExpected: '{held} of {expected}',
  // No-break spaces: "(n = 12)" never splits across lines.
  meanWithN: '{mean} (n\u00a0=\u00a0{n})',

  chartFunnelNote: 'People who reached each stage; the number beside a bar is its count of people.',
  chartFunnelScales: 'The organisation’s bars and the programme’s are each drawn to their own scale.',
  chartGenderNote:
    'Of the mentees who answered each follow-up question, the share who said yes, by gender, across the programme. A hidden group has no bar.',

  surveyAnsweredBy: '{role, select, mentee {Answered by mentees} other {Answered by mentors}}',
  surveyAnswered: 'Answered',
  surveyMean: 'Mean (1–5)',
  surveyTextNote:
    'Written answers: only how many people answered is reported; the texts are not part of reports.',

  outcomesByOrganisation: 'By organisation',
  outcomesByGender: 'By gender, across the programme',
  outcomeShortCareerStep: 'Career step',
  outcomeShortPromoted: 'Promoted',
  outcomeShortLeadership: 'More leadership',
  outcomeShortNewRole: 'New role',
  outcomeShortStillWithEmployer: 'Same organisation',
  outcomeShortMenteeValue: 'Value (mentees)',
  outcomeShortMentorValue: 'Value (mentors)',

  emptyNoOrganisations: 'No organisation takes part in this cycle yet.',
  emptyNoTandems:
    'No tandems have been formed in this cycle yet, so there are no agreements or meetings to report.',
  emptyNoSurveys:
    'No survey of this cycle has closed yet: a survey’s results are reported once it has closed.',
  emptyNoOutcomes: 'No outcomes yet: they come from the follow-up surveys, once those have closed.',

  methodThreshold:
    'Figures about groups of fewer than {threshold} people are hidden, so that no one can be recognised in them.',
  methodComplementary:
    'A figure is hidden as well when a hidden one could be worked out from it, by subtracting it and the other figures published with it from a total (complementary suppression).',
  methodOrganisationReport:
    'An organisation’s report shows its column of the programme’s report, with the same figures hidden, so reading several reports together reveals nothing that the programme’s report hides.',
  methodCountedOn: 'Everything is counted as it stood on the day the report was generated ({date}).',
  methodActivity:
    'Agreements and meetings are counted for the mentee’s organisation, which receives the mentoring.',
  methodActive: 'A person counts as active when their tandem held a meeting in the last {weeks} weeks.',
  methodCareerStep:
    'A career step is a yes, in the follow-up survey, to a promotion, to larger leadership responsibility or to a new role.',
  sectionEvents: 'Events',
  eventsIntro: 'Per event, how many of the mentors and mentees registered for it attended.',
  emptyNoEvents: 'No events with registrations yet.',
} as const;
