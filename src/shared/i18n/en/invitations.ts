// Inviting people to crossmentor: the invitations page, the forms and notices that create an
// invitation, the list of sent invitations and accepting one.
export default {
  title: 'Invitations',
  intro:
    'People get an account by invitation. Its link is shown once after inviting: send it to them yourself. Where mail is set up, the invitation is mailed to them as well. A pending invitation can be revoked.',
  sentHeading: 'Sent invitations',
  loadingInvitations: 'Loading invitations…',
  loadingCycles: 'Loading cycles…',
  loadingOrganisations: 'Loading organisations…',
  inviteParticipantsHeading: 'Invite participants',
  inviteParticipantsIntro:
    'To invite one participant, open them from the <list>participants list</list> and choose “Invite”. Or invite everyone who is not invited yet.',
  noOpenCycle: 'No cycle is taking participants now, so there is nobody to invite.',
  inviteContactHeading: 'Invite an organisation contact',
  // Inviting one participant
  inviteParticipant: 'Invite {name} to crossmentor',
  // Inviting a contact
  chooseOrganisation: 'Choose the organisation.',
  organisation: 'Organisation',
  chooseAnOrganisation: 'Choose an organisation',
  contactName: 'Contact name',
  contactEmail: 'Contact email',
  inviteContact: 'Invite contact',
  // The link, shown once
  created:
    '<b>Invitation created for {name}</b> ({email}). Send them this link (where mail is set up, it is mailed to them as well); it is valid for {days, plural, one {# day} other {# days}} and works once.',
  invitationLink: 'Invitation link',
  // Inviting everyone
  cycle: 'Cycle',
  whoseParticipants: 'Whose participants',
  allOrganisations: 'All organisations in the cycle',
  counting: 'Counting who is not invited yet…',
  invited:
    'Invited {count, plural, one {# participant} other {# participants}}; each gets a mail with their link.',
  leftOutBoth: 'Left out: {accounts} with an account already, {pending} with a pending invitation.',
  leftOutAccounts: 'Left out: {accounts} with an account already.',
  leftOutPending: 'Left out: {pending} with a pending invitation.',
  nobodyHere: 'There are no participants here yet.',
  everyoneInvited: 'Everyone here is invited or has an account.',
  toInvite:
    '{count, plural, one {# participant has} other {# participants have}} neither an account nor a pending invitation.',
  inviteAll: 'Invite {count, plural, one {# participant} other {# participants}}…',
  inviteAllQuestion:
    'Invite {count, plural, one {# participant} other {# participants}} now? Each gets a mail with a link to sign up.',
  inviteAllConfirm: 'Yes, invite {count, plural, one {# participant} other {# participants}}',
  inviting: 'Inviting…',
  // Sent invitations
  revoked: 'The invitation of {name} is revoked; its link no longer works.',
  empty: 'No invitations have been sent yet.',
  table: 'Invitations',
  name: 'Name',
  email: 'Email',
  role: 'Role',
  status: 'Status',
  sent: 'Sent',
  expires: 'Expires',
  statusPending: 'Pending',
  statusAccepted: 'Accepted',
  statusExpired: 'Expired',
  statusRevoked: 'Revoked',
  revokeLink: 'Revoke the link',
  keepIt: 'Keep it',
  revokeAsk: 'Revoke…',
  revokeAskLabel: 'Revoke the invitation of {name}',
  // Accepting an invitation
  acceptTitle: 'Accept your invitation',
  acceptIntro: 'Choose a password to create your crossmentor account.',
  linkUnusable: 'This invitation link cannot be used.',
  linkValidity:
    'Invitations are valid for {days, plural, one {# day} other {# days}} and work once. Ask the person who invited you for a new link, or <signIn>sign in</signIn> if you already have an account.',
  checking: 'Checking the invitation…',
  chooseAnotherPassword: 'Please choose another password.',
  repeatMismatch: 'does not match the password',
  yourName: 'Your name',
  password: 'Password',
  passwordHint:
    'At least {min, plural, one {# character} other {# characters}}. Common passwords are refused.',
  repeatPassword: 'Repeat password',
  accept: 'Accept invitation',
};
