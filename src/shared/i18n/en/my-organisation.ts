// The organisation contact's home: their organisation, its people, cycles and contacts.
export default {
  loading: 'Loading your organisation…',
  intro: 'You are an organisation contact: you nominate and follow this organisation’s people.',
  peopleHeading: 'Your people',
  seeParticipants: 'See participants',
  addParticipant: 'Add a participant',
  importCsv: 'Import a CSV file',
  exportCsv: 'Export CSV',
  cyclesHeading: 'Cycles you take part in',
  cyclesEmpty: 'Your organisation does not take part in a cycle yet. The coordinator adds it.',
  contactsHeading: 'Organisation contacts',
  noOrganisationTitle: 'Your organisation',
  noOrganisation: 'Your account is not linked to an organisation. Ask the coordinator to check your account.',
};
