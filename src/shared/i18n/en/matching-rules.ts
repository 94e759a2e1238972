// A cycle's matching rules (reciprocity, organisations and people never paired) and the pre-flight
// check that shows who cannot be matched under them.
export default {
  sectionTitle: 'Rules & pre-flight',
  pageIntro:
    'Who must never be paired, whether reciprocity is enforced, and a check before running the matching.',
  rulesHeading: 'Rules',
  loadingRules: 'Loading the rules…',
  preflightHeading: 'Pre-flight check',
  checkAgain: 'Check again',
  checking: 'Checking…',

  // The rules form.
  unknown: 'Unknown',
  readOnly: 'The rules can no longer change.',
  reciprocity: 'Reciprocity',
  enforce: 'Enforce reciprocity',
  enforceHint: 'Each organisation receives about as many mentor places for its mentees as it gives.',
  tolerance: 'Tolerance (places)',
  toleranceHint: 'How far an organisation may be out of balance.',
  saving: 'Saving…',
  save: 'Save rules',
  saved: 'Rules saved. Run the pre-flight check to see their effect.',
  pair: '{first} and {second}',
  remove: 'Remove<hidden> {pair}</hidden>',
  choose: 'Choose…',

  // People who were a tandem before.
  formerTandemsLegend: 'Former tandems',
  neverPairAgain: 'Never pair two people who were a tandem before',
  neverPairAgainHint:
    'In an earlier cycle, or in a tandem of this cycle that was dissolved, in either role. Turn this off only if such pairs may meet again.',

  // Organisations never paired.
  chooseTwoOrganisations: 'Choose two different organisations.',
  organisationsLegend: 'Organisations that are never paired',
  competitors: 'Competitors (from the organisations’ settings, read-only here):',
  none: 'None',
  addedForCycle: 'Added for this cycle:',
  organisation: 'Organisation',
  neverWith: 'Never with',
  addOrganisationExclusion: 'Add organisation exclusion',

  // People never paired.
  chooseMenteeAndMentor: 'Choose a mentee and a mentor.',
  peopleLegend: 'People who are never paired',
  peopleHint:
    'For example a reporting line across organisations, or a known conflict. Dissolving a tandem adds its pair here, with the reason; remove it only if the two should be paired again.',
  withReason: ' ({reason})',
  mentee: 'Mentee',
  mentor: 'Mentor',
  reason: 'Reason',
  addPersonExclusion: 'Add person exclusion',

  // The pre-flight report.
  mentees: 'Mentees',
  mentors: 'Mentors',
  mentorPlaces: 'Mentor places',
  unfinishedProfiles: 'Unfinished profiles',
  formerTandemPairs: 'Pairs kept apart as former tandems',
  unmatchableHeading: 'Mentees who cannot be matched',
  allMatchable: 'Every mentee has at least one possible mentor.',
  unmatchableCount:
    '{count, plural, one {# mentee cannot be matched} other {# mentees cannot be matched}} under the current rules.',
  why: 'Why',
  reciprocityHeading: 'Reciprocity account',
  reciprocityTable: 'Reciprocity per organisation',
  placesGiven: 'Places given',
  balance: 'Balance',
};
