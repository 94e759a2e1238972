// The account's settings: the language of pages and mails, single mails or a daily digest, and the
// automatic reminders.
export default {
  title: 'Mail settings',
  intro: 'Choose how crossmentor writes to you.',
  loading: 'Loading your mail settings…',
  language: 'Language of pages and mails',
  remindersAndUpdates: 'Reminders and updates',
  digestSingle: 'One mail for each reminder or update',
  digestDaily: 'A daily digest',
  digestHint:
    'The digest bundles reminders and updates into one mail a day. Invitations, sign-in links and meeting invitations for your calendar always come at once.',
  digestNotOffered:
    'The daily digest is offered to mentors and mentees, who receive the reminders. Mails to coordinators and organisation contacts always go out one by one.',
  automaticReminders: 'Automatic reminders',
  remindersHint:
    'A reminder you turn off here, or with the unsubscribe link in its mail, is not sent until you turn it on again here. Mails about what happens in your tandem (a proposed meeting, a changed agreement) still come.',
  reminderMeeting: 'Meetings: when your tandem has not met or planned a meeting for a while',
  reminderAgreement: 'The tandem agreement: weekly while it is not signed',
  reminderProfile: 'Your profile: weekly while it is not complete',
  reminderSurvey: 'Surveys: once, when you have not answered one after a week',
  saving: 'Saving…',
  save: 'Save mail settings',
  saved: 'Mail settings saved.',
};
