// The server's refusals about organisations.
export default {
  stillInUse:
    '{name} still has {people, plural, one {# person} other {# people}} and takes part in {cycles, plural, one {# cycle} other {# cycles}}; remove those first.',
  ownCompetitor: 'An organisation cannot be its own competitor.',
  ownCompetitorField: 'must not contain the organisation itself',
  unknownCompetitor: 'A competitor organisation does not exist.',
  unknownCompetitorField: 'contains an unknown organisation',
  nameTaken: 'An organisation named "{name}" exists already.',
  organisationChanged:
    'This organisation changed since you loaded it. Load it again to see the change, then make yours again.',
};
