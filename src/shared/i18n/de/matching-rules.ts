import type { Translation } from '../catalogue.ts';
import type en from '../en/matching-rules.ts';

export default {
  sectionTitle: 'Regeln & Vorabprüfung',
  pageIntro:
    'Wer nie zusammen ein Tandem bilden darf, ob auf Gegenseitigkeit geachtet wird, und eine Prüfung, bevor das Matching startet.',
  rulesHeading: 'Regeln',
  loadingRules: 'Die Regeln werden geladen …',
  preflightHeading: 'Vorabprüfung',
  checkAgain: 'Erneut prüfen',
  checking: 'Wird geprüft …',

  unknown: 'Unbekannt',
  readOnly: 'Die Regeln können nicht mehr geändert werden.',
  reciprocity: 'Gegenseitigkeit',
  enforce: 'Auf Gegenseitigkeit achten',
  enforceHint:
    'Jede Organisation erhält für ihre Mentees etwa so viele Plätze bei Mentorinnen und Mentoren, wie sie selbst anbietet.',
  tolerance: 'Spielraum (Plätze)',
  toleranceHint: 'Wie weit eine Organisation vom Ausgleich abweichen darf.',
  saving: 'Wird gespeichert …',
  save: 'Regeln speichern',
  saved: 'Die Regeln sind gespeichert. Die Vorabprüfung zeigt, was sie bewirken.',
  pair: '{first} und {second}',
  remove: 'Entfernen<hidden> {pair}</hidden>',
  choose: 'Bitte wählen …',

  chooseTwoOrganisations: 'Bitte wählen Sie zwei verschiedene Organisationen.',
  formerTandemsLegend: 'Frühere Tandems',
  neverPairAgain: 'Zwei Personen, die bereits ein Tandem gebildet haben, nie erneut zusammenbringen',
  neverPairAgainHint:
    'In einem früheren Durchgang oder in einem aufgelösten Tandem dieses Durchgangs, in beliebiger Rolle. Schalten Sie das nur aus, wenn solche Paare wieder zusammenkommen dürfen.',
  organisationsLegend: 'Organisationen, deren Mitglieder nie zusammen ein Tandem bilden',
  competitors: 'Wettbewerber (aus den Einstellungen der Organisationen, hier nur zur Ansicht):',
  none: 'Keine',
  addedForCycle: 'Für diesen Durchgang hinzugefügt:',
  organisation: 'Organisation',
  neverWith: 'Nie mit',
  addOrganisationExclusion: 'Organisationen ausschließen',

  chooseMenteeAndMentor: 'Bitte wählen Sie beide Personen aus: Mentee sowie Mentorin oder Mentor.',
  peopleLegend: 'Personen, die nie zusammen ein Tandem bilden',
  peopleHint:
    'Zum Beispiel bei einer Berichtslinie über Organisationsgrenzen hinweg oder einem bekannten Konflikt. Wird ein Tandem aufgelöst, steht das Paar mit dem Grund hier; entfernen Sie es nur, wenn die beiden wieder ein Tandem bilden dürfen.',
  withReason: ' ({reason})',
  mentee: 'Mentee',
  mentor: 'Mentorin oder Mentor',
  reason: 'Grund',
  addPersonExclusion: 'Personen ausschließen',

  mentees: 'Mentees',
  mentors: 'Mentorinnen und Mentoren',
  mentorPlaces: 'Plätze bei Mentorinnen und Mentoren',
  unfinishedProfiles: 'Unvollständige Profile',
  formerTandemPairs: 'Als frühere Tandems getrennte Paare',
  unmatchableHeading: 'Mentees ohne mögliche Zuordnung',
  allMatchable: 'Für alle Mentees gibt es mindestens eine mögliche Mentorin oder einen möglichen Mentor.',
  unmatchableCount:
    '{count, plural, one {# Mentee kann} other {# Mentees können}} unter den aktuellen Regeln nicht zugeordnet werden.',
  why: 'Grund',
  reciprocityHeading: 'Bilanz der Gegenseitigkeit',
  reciprocityTable: 'Gegenseitigkeit je Organisation',
  placesGiven: 'Angebotene Plätze',
  balance: 'Saldo',
} satisfies Translation<typeof en>;
