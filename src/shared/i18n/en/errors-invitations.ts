// The server's refusals about invitations and their links.
export default {
  contactsByCoordinator: 'Only the coordinator invites organisation contacts.',
  contactInvitationsByCoordinator: 'Only the coordinator revokes invitations of organisation contacts.',
  acceptedAlready: '{email} has accepted this invitation already; it can no longer be revoked.',
  hasAccount: '{email} has an account already.',
  hasAccountField: 'has an account already',
  hasAccountSignIn: '{email} has an account already. Sign in instead.',
  linkUsed: 'This invitation has been used already. Sign in instead.',
  linkWithdrawn: 'This invitation has been withdrawn. Ask the person who invited you for a new one.',
  linkInvalid: 'This invitation link is not valid or has expired. Ask for a new one.',
};
