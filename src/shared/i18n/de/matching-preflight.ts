import type { Translation } from '../catalogue.ts';
import type en from '../en/matching-preflight.ts';

export default {
  noMentorsYet: 'der Durchgang hat noch keine Mentorinnen oder Mentoren',
  mentorsExcluded:
    '{count, plural, one {# Mentorin oder Mentor} other {# Mentorinnen und Mentoren}} ausgeschlossen: {why}',
  whyNoPlaces: 'keine freien Plätze',
  whySameOrganisation: 'dieselbe Organisation',
  whyExcludedOrganisations: 'ausgeschlossene Organisationen (Wettbewerber oder Konzernunternehmen)',
  whyForbiddenPairs: 'ausgeschlossene Paare',
  whyFormerTandem: 'bereits ein Tandem mit dieser Person',
  whyLanguage: 'Sprache: Die Person, die als Mentee teilnimmt, braucht {language}',
  whyGender: 'gewünschtes Geschlecht der Mentorin oder des Mentors (eine feste Regel für diese Person)',
} satisfies Translation<typeof en>;
