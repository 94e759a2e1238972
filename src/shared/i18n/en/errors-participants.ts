// The server's refusals about participants and their nomination.
export default {
  closedNoNewParticipants: 'The cycle is closed; it takes no new participants.',
  closedParticipantsFixed: 'The cycle is closed; its participants can no longer change.',
  hasAccount: '{email} has an account already.',
  organisationNotInCycle: 'This organisation does not take part in the cycle.',
  organisationNotInCycleField: 'does not take part in the cycle',
  emailOfOtherOrganisation: 'This email belongs to a person of another organisation.',
  emailOfOtherOrganisationField: 'is used by another organisation',
  takesPartAlready: 'This person takes part in the cycle already.',
  takesPartAlreadyField: 'takes part in the cycle already',
  emailTaken: 'Another person or account has this email already.',
  emailTakenField: 'is taken',
  participantChanged:
    'This participant changed since you loaded it. Load it again to see the change, then make yours again.',
};
