// Every mail crossmentor sends, in the recipient's language (`enqueueMail` chooses it): each
// template of a feature's `*.mail.ts` formats its subject and body from here. A body begins with
// the greeting and a blank line, and ends with a line break (docs/i18n.md, "Mails").
export default {
  // agreements.mail.ts
  agreementChangedSubject: '{editor} changed your tandem agreement',
  agreementChangedBody:
    'Hello {name},\n\n{editor} changed your tandem agreement (version {version}). Please read it and sign it if you agree: {link}\n',
  agreementAwaitsSignatureSubject: '{signer} signed your tandem agreement',
  agreementAwaitsSignatureBody:
    'Hello {name},\n\n{signer} signed your tandem agreement; only your signature is missing now: {link}\n',
  agreementSignedSubject: 'Your tandem agreement is signed',
  agreementSignedBody:
    'Hello {name},\n\nYou and {partner} have both signed your tandem agreement. Your goals, meeting cadence and confidentiality terms are here: {link}\n',

  // password-reset.mail.ts
  passwordResetSubject: 'Set a new crossmentor password',
  passwordResetBody:
    'Hello {name},\n\nSomeone, probably you, asked to set a new password for your crossmentor account. Set it with this link; it is valid for {validMinutes, plural, one {# minute} other {# minutes}} and works once:\n\n{link}\n\nIf you did not ask for a new password, you can ignore this mail: your password stays as it is.\n',

  // invitations.mail.ts
  invitationSubject: 'You are invited to crossmentor ({organisationName})',
  invitationBody:
    'Hello {name},\n\n{inviterName} invites you to the cross-mentoring programme on crossmentor.\nSet your password here within {validDays, plural, one {# day} other {# days}}:\n\n{link}\n',

  // approval.mail.ts
  proposalsToApproveSubject: 'Tandem proposals to approve: {cycleName}',
  proposalsToApproveBody:
    'Hello {name},\n\n{count, plural, one {One proposed tandem for a mentee of your organisation is waiting for your approval in {cycleName}.\nPlease review it: {link}} other {Proposed tandems for # mentees of your organisation are waiting for your approval in {cycleName}.\nPlease review them: {link}}}\n',

  // meetings.mail.ts: a meeting's time in its own zone, with the offset that tells the two 02:30s
  // apart on the night the clocks go back ("Thursday, 4 March 2027 at 10:00 (UTC+1, Europe/Berlin)").
  meetingWhen: '{dateTime} ({offset}, {timeZone})',
  meetingDetailWhen: 'When: {when}',
  meetingDetailDuration: 'Duration: {minutes, plural, one {# minute} other {# minutes}}',
  meetingDetailPlace: 'Place: {place}',
  meetingDetailVideoLink: 'Video link: {videoLink}',
  meetingProposedSubject: '{proposer} proposes a meeting',
  meetingProposedBody:
    'Hello {name},\n\n{proposer} proposes a meeting:\n\n{details}\n\nPlease accept it or propose another time: {link}\n',
  meetingAnotherTimeSubject: '{proposer} proposes another time for your meeting',
  meetingAnotherTimeBody:
    'Hello {name},\n\n{proposer} proposes another time for your meeting:\n\n{details}\n\nPlease accept it or propose another time: {link}\n',
  meetingConfirmedSubject: 'Meeting confirmed: {when}',
  meetingConfirmedBody:
    'Hello {name},\n\nYour meeting with {partner} is confirmed:\n\n{details}\n\nThe calendar invitation is attached. Your tandem: {link}\n',
  meetingMovedSubject: 'Meeting moved: {when}',
  meetingMovedBody:
    'Hello {name},\n\nYour meeting with {partner} is moving to a new time, which is not yet confirmed by both of you:\n\n{details}\n\nThe updated calendar invitation is attached. Your tandem: {link}\n',
  meetingCancelledSubject: 'Meeting cancelled: {when}',
  meetingCancelledBody:
    'Hello {name},\n\n{cancelledBy} has cancelled the meeting on {when}.\nYou can propose a new meeting at any time: {link}\n',
  meetingCancelledByYouBody:
    'Hello {name},\n\nYou cancelled the meeting on {when}.\nYou can propose a new meeting at any time: {link}\n',

  // questionnaire.mail.ts
  profileReminderSubject: 'Please complete your profile for {cycleName}',
  profileReminderBody:
    'Hello {name},\n\nYour profile for the cross-mentoring programme {cycleName} is not complete yet. We use it to find a {role, select, mentee {mentor} other {mentee}} for you.\nPlease fill it in: {link}\n',

  // reminders.mail.ts
  meetingReminderSubject: 'Time to meet {partner}',
  meetingReminderBody:
    'Hello {name},\n\nYour last tandem meeting with {partner} was on {lastMeeting}, and no meeting is planned.\nWhy not propose a date: {link}\n',
  meetingReminderNotMetBody:
    'Hello {name},\n\nYou and {partner} have not met yet, and no meeting is planned.\nWhy not propose a date: {link}\n',
  agreementReminderSubject: 'Your tandem agreement is not signed yet',
  agreementReminderUnsignedBody:
    "Hello {name},\n\nYou have not signed your tandem''s agreement with {partner} yet.\nPlease take care of it: {link}\n",
  agreementReminderMissingBody:
    'Hello {name},\n\nYou and {partner} have no tandem agreement yet (goals, cadence, confidentiality).\nPlease take care of it: {link}\n',
  surveyReminderSubject: 'Your view counts: {surveyTitle}',
  surveyReminderBody:
    'Hello {name},\n\nYou have not answered the survey "{surveyTitle}" about {cycleName} yet. It takes only a few minutes; the last day to answer is {lastDay}.\nAnswer it here: {link}\n',

  // tandems.mail.ts
  tandemPublishedSubject: 'Your tandem in {cycleName}',
  tandemPublishedBody:
    'Hello {name},\n\nWelcome to {cycleName}! Your tandem partner is {partner}.\nSee their profile and how to start: {link}\n',
  tandemDissolvedSubject: 'Your tandem in {cycleName} has ended',
  tandemDissolvedBody:
    'Hello {name},\n\nThe coordinator has ended your tandem in {cycleName}. Reason: {reason}\n',
  tandemRematchedSubject: 'Your new tandem in {cycleName}',
  tandemRematchedBody:
    'Hello {name},\n\nYour new tandem partner in {cycleName} is {partner}.\nSee their profile: {link}\n',

  // alumni.mail.ts
  alumniInvitationSubject: 'You are invited back: {cycleName}',
  alumniInvitationBody:
    'Hello {name},\n\nThank you for mentoring in {lastCycleName}. The coordination invites you to take part again as a mentor in {cycleName}, from {startsOn} to {endsOn}. If you accept, your mentor profile from last time is carried over, and you can update it afterwards.\nPlease accept or decline the invitation on your programme page: {link}\n',

  // mail-footer.ts: after the "-- " line of automatic reminders and digests.
  footerSettings: 'Mail language, daily digest and reminders: {link}',
  footerStop:
    'Stop {reminder, select, meeting {meeting reminders} agreement {reminders to sign the tandem agreement} profile {reminders to complete your profile} survey {survey reminders} other {all automatic reminders}}: {link}',

  // digest.service.ts
  digestSubject: 'crossmentor: {count, plural, one {# update} other {# updates}}',
  digestIntro: 'Here is what happened in your mentoring programme since your last digest.',
};
