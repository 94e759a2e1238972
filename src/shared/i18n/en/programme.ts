// A participant's own programme: each cycle they take part in, their tandem and their profile.
export default {
  title: 'My programme',
  welcome: 'Welcome, {name}.',
  loading: 'Loading your programme…',
  myTandem: 'My tandem<hidden> with {name}</hidden>',
  tandemPartner: '{partnerRole, select, mentor {Your mentor} other {Your mentee}}: {name} ({organisation})',
  nominatedWaiting:
    'Your organisation has nominated you as a {role, select, mentor {mentor} other {mentee}}. You will see your tandem here once the matching is published.',
  editProfile: 'Edit my profile<hidden> for {cycle}</hidden>',
  notInCycle:
    'You are not part of a cycle yet. Your organisation contact will nominate you for the next one.',
  roleFor: '{role} for {organisation}',
  nextStepMentor:
    'Your organisation has nominated you as a mentor. The coordinator matches you with a mentee from another organisation; you will see your tandem here once matching is published.',
  nextStepMentee:
    'Your organisation has nominated you as a mentee. The coordinator matches you with a mentor from another organisation; you will see your tandem here once matching is published.',
  yourProfile: 'Your profile',
  jobTitle: 'Job title',
  languages: 'Languages',
  location: 'Location',
  notGiven: 'Not given',
  capacity: 'Mentees you can take',
  goalsMentor: 'What you want to pass on',
  goalsMentee: 'Your goals',
  expertise: 'Your expertise',
  notWrittenYet: 'Not written yet.',
  outOfDate: 'Something out of date? Your organisation contact can correct your profile.',
};
