// Why a mentee cannot be matched at all, as the check before a match run reports it
// (`preflight`). The server words it in the request's language.
export default {
  noMentorsYet: 'the cycle has no mentors yet',
  mentorsExcluded: '{count, plural, one {# mentor} other {# mentors}} excluded: {why}',
  whyNoPlaces: 'no places',
  whySameOrganisation: 'same organisation',
  whyExcludedOrganisations: 'excluded organisations (competitors or group companies)',
  whyForbiddenPairs: 'forbidden pairs',
  whyFormerTandem: 'a tandem with this mentee before',
  whyLanguage: 'language: the mentee requires {language}',
  whyGender: 'preferred mentor gender (a hard rule for this mentee)',
};
