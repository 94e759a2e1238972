// The coordinator's checklist of a cycle (`readCycleChecklist`): each step's title, what it
// counts, and what to do next. The server words it in the request's language.
export default {
  // Titles
  titleOrganisations: 'Organisations',
  titleContacts: 'Organisation contacts',
  titleNominations: 'Open for nominations',
  titleParticipants: 'Participants',
  titleQuestionnaire: 'Questionnaire',
  titleProfiles: 'Profiles',
  titleRules: 'Matching rules',
  titleMatching: 'Matching',
  titleApproval: 'Approval',
  titlePublication: 'Publication',
  titleAgreements: 'Agreements',
  // What each step counts
  organisationsTakingPart: '{count, plural, one {# organisation} other {# organisations}} taking part',
  organisationsWithContact:
    '{withContact} of {count, plural, one {# organisation} other {# organisations}} with a contact',
  cycleIsDraft: 'The cycle is a draft: participants are reminded to finish their profiles once it is open',
  opened: 'Opened',
  nominated:
    '{mentees, plural, one {# mentee} other {# mentees}} and {mentors, plural, one {# mentor} other {# mentors}} nominated',
  questionnaireSaved: 'Topics and weights saved',
  questionnaireDefaults:
    'The default topics and weights stand; review them before participants fill in their profiles',
  profilesFinished: '{finished} of {count, plural, one {# profile} other {# profiles}} finished',
  rulesSaved: 'Rules saved',
  rulesDefault: 'No exclusions yet; say which organisations must never be paired before matching',
  runsDone: '{count, plural, one {# match run} other {# match runs}} done',
  notMatched: 'Not matched yet',
  proposalsApproved: '{approved} of {count, plural, one {# proposal} other {# proposals}} approved',
  everyProposalDecided: 'Every proposal decided',
  draftNotSent: 'The draft is not with the organisations yet',
  tandemsPublished: '{count, plural, one {# tandem} other {# tandems}} published',
  agreementsSigned: '{signed} of {count, plural, one {# agreement} other {# agreements}} signed',
  // What to do next
  addOrganisations: 'Add the organisations taking part',
  addAnotherOrganisation: 'Add another organisation: mentees are matched across organisations',
  addOrganisationsFirst: 'Add organisations first',
  inviteContacts: 'Invite a contact for {count, plural, one {# organisation} other {# organisations}}',
  openForNominations: 'Open the cycle for nominations',
  nominateMentees: 'Nominate or import mentees',
  nominateMentors: 'Nominate or import mentors',
  reviewQuestionnaire: 'Review the questionnaire',
  nominateFirst: 'Nominate participants first',
  sendReminders: 'Send reminders',
  reviewRules: 'Review the matching rules',
  adoptRun: 'Adopt a match run as the draft',
  runMatching: 'Run the matching',
  remindApprovers:
    '{count, plural, one {# organisation has} other {# organisations have}} not approved — remind them',
  sendToApproval: 'Send the draft to approval',
  publishApproved: 'Publish {count, plural, one {# approved tandem} other {# approved tandems}}',
  waitForApprovals: 'Wait for approvals to publish',
  agreementsUnsigned: '{count, plural, one {# agreement} other {# agreements}} unsigned',
  publishFirst: 'Publish tandems first',
};
