// The texts a new cycle starts with, in its language (`cycles.language`), which the coordinator
// edits later: the agreements' confidentiality terms, the questionnaire's topics and the default
// surveys' titles, questions and answer options. They are written into the cycle (or read as its
// defaults) when it is created, so changing them here changes only cycles created afterwards.
export default {
  confidentialityText:
    'What we discuss in our tandem stays between us. Neither of us passes on anything the other shares in confidence, not to our employers and not to the programme, unless we both agree.',

  topicLeadingTeams: 'leading teams',
  topicFirstLeadershipRole: 'first leadership role',
  topicNegotiation: 'negotiation',
  topicStrategicThinking: 'strategic thinking',
  topicVisibilityNetworking: 'visibility and networking',
  topicCareerPlanning: 'career planning',
  topicChangeManagement: 'change management',
  topicStakeholderManagement: 'stakeholder management',
  topicExecutivePresence: 'executive presence',
  topicConflictResolution: 'conflict resolution',
  topicWorkLifeBalance: 'work-life balance',
  topicDigitalTransformation: 'digital transformation',

  surveyMidtermMentees: 'Mid-term survey for mentees',
  surveyMidtermMentors: 'Mid-term survey for mentors',
  surveyFinalMentees: 'Final survey for mentees',
  surveyFinalMentors: 'Final survey for mentors',
  surveyFollowUpMentees: 'Follow-up survey for mentees',
  surveyFollowUpMentors: 'Follow-up survey for mentors',

  questionTandemFit: 'How well does your tandem work for you so far?',
  questionMeetingsUseful: 'How useful were the meetings so far?',
  questionMeetingFrequency: 'How often did you meet?',
  questionGoalProgress: 'How much progress have you made towards your goals?',
  questionGoingWell: 'What is going well?',
  questionWhatToChange: 'What would you change?',
  questionMenteeCommitment: 'How committed is your mentee to the tandem?',
  questionSupport: 'What support from the programme would help you?',
  questionOverallValue: 'Overall, how valuable was the programme for you?',
  questionGoalsAchieved: 'How far did you reach the goals you set at the start?',
  questionConfidence: 'How much more confident do you feel in your role now?',
  questionMeetingsTotal: 'How many meetings did you have in total?',
  questionRecommend: 'Would you recommend the programme to a colleague?',
  questionMostValuable: 'What was the most valuable thing you took away?',
  questionProgrammeChange: 'What should the programme change next time?',
  questionOwnLearning: 'How much did you learn yourself as a mentor?',
  questionMentorAgain: 'Would you be a mentor again?',
  questionPromoted: 'Have you been promoted since the programme began?',
  questionLeadershipResponsibility:
    'Have you taken on larger leadership responsibility (more people, budget or scope) since the programme began?',
  questionNewRole: 'Have you moved to a new position since the programme began?',
  questionStillWithEmployer: 'Do you still work for the organisation that nominated you?',
  questionTandemValue: 'Looking back, how valuable was your tandem to you?',
  questionInTouchWithMentor: 'Are you still in touch with your mentor?',
  questionLastingEffect: 'How much does the programme still help you in your work today?',
  questionWhatChanged: 'What has changed for you since the programme?',
  questionInTouchWithMentee: 'Are you still in touch with your mentee?',
  questionLeadershipEffect: 'How much did mentoring change the way you lead?',
  questionAnotherMentee: 'Have you taken on another mentee since the programme?',
  questionWhatStayed: 'What has stayed with you from the programme?',

  optionEveryTwoWeeks: 'Every two weeks or more often',
  optionOnceAMonth: 'About once a month',
  optionLessThanMonthly: 'Less than once a month',
  optionNotMetYet: 'Not yet',
  optionNotYet: 'Not yet',
  optionNoMeetings: 'None',
  optionOneToThree: '1–3',
  optionFourToEight: '4–8',
  optionNineOrMore: '9 or more',
  optionYes: 'Yes',
  optionMaybe: 'Maybe',
  optionNo: 'No',
  optionYesRegularly: 'Yes, regularly',
  optionNowAndThen: 'Now and then',
  // The default plan of events (events.service.ts, defaultEventPlan): Markdown descriptions.
  eventKickoffTitle: 'Kick-off',
  eventKickoffDescription:
    'The programme starts: mentors and mentees meet their tandem in person, hear how the year works and agree on their first meeting.\n\n- Welcome and the programme at a glance\n- Getting to know your tandem\n- First steps towards your tandem agreement',
  eventMidtermTitle: 'Mid-term meeting',
  eventMidtermDescription:
    'Halfway through: tandems share what works for them, what they have reached and what they want to change for the second half.\n\n- What we have learnt so far\n- Exchange in small groups\n- Plans for the second half',
  eventClosingTitle: 'Closing ceremony',
  eventClosingDescription:
    'We celebrate the year: tandems look back on their goals, certificates of participation are handed out, and everyone is welcome to stay in touch as alumni.\n\n- Looking back on the year\n- Certificates\n- Get-together',
};
