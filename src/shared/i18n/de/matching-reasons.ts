import type { Translation } from '../catalogue.ts';
import type en from '../en/matching-reasons.ts';

export default {
  pinned: 'von der Koordination fixiert',
  scoresFile: 'Punktzahl aus der Datei mit den Punktzahlen',
  sharesGoals: 'gemeinsame Ziele: {topics}',
  moreSenior: '{gap, plural, one {eine Karrierestufe} other {# Karrierestufen}} höher',
  bothSpeak: 'beide sprechen {languages}',
  bothIn: 'beide in {location}',
  remotePreferred: 'Mentee bevorzugt Online-Treffen, Mentorin oder Mentor trifft sich online',
  bothRemote: 'beide können sich online treffen',
  mentorGender:
    'Geschlecht der Mentorin oder des Mentors wie gewünscht ({gender, select, female {weiblich} male {männlich} non_binary {nichtbinär} other {{gender}}})',
  differentIndustry: 'andere Branche ({mentee} / {mentor})',
  sameIndustry: 'gleiche Branche ({industry})',
  noEligibleMentor: 'keine Mentorin und kein Mentor kommt infrage: {rules}',
  noMentors: 'es gibt keine Mentorinnen und Mentoren',
  excludedMentors:
    '{rule} ({count, plural, one {# Mentorin oder Mentor} other {# Mentorinnen und Mentoren}})',
  ruleSameOrganisation: 'dieselbe Organisation',
  ruleExcludedOrganisations: 'ausgeschlossenes Paar von Organisationen',
  ruleForbidden: 'gesperrtes Paar',
  ruleRequiredLanguage: 'spricht die geforderte Sprache nicht',
  ruleMentorGender: 'nicht das geforderte Geschlecht',
  ruleNotListed: 'Paar nicht in der Datei mit den Punktzahlen',
  pinnedTakeAll:
    'alle Plätze der infrage kommenden Mentorinnen und Mentoren sind mit fixierten Mentees besetzt ({mentees})',
  reciprocity:
    'ein Tandem würde die Gegenseitigkeit zwischen den Organisationen aus dem Gleichgewicht bringen (Toleranz {tolerance}), obwohl Mentorin oder Mentor {mentor} einen freien Platz hat',
  stableTaken:
    'alle Plätze der infrage kommenden Mentorinnen und Mentoren gingen an Mentees, die dort höher bewertet sind (stabiler Modus)',
  betterTotal:
    'alle Plätze der infrage kommenden Mentorinnen und Mentoren sind durch eine bessere Gesamtpunktzahl besetzt',
  bestAlternative:
    'beste Alternative: Mentorin oder Mentor {mentor}, was die Gesamtpunktzahl um {loss} senken würde',
  bestAlternativeDisplacing:
    'beste Alternative: Mentorin oder Mentor {mentor}, was die Gesamtpunktzahl um {loss} senken würde; stattdessen bliebe Mentee {displaced} ohne Tandem',
  unassignedByCoordinator: 'Von der Koordination aus dem Vorschlag genommen.',
  unassignedForbidden:
    'Dieses vorgeschlagene Paar wurde gesperrt; starten Sie einen neuen Matching-Lauf, um eine andere Mentorin oder einen anderen Mentor zu finden.',
  tandemDissolved: 'Tandem aufgelöst: {reason}',
  runServerStopped: 'Der Server wurde während dieses Laufs beendet; starten Sie den Lauf bitte erneut.',
  runEngineFailed:
    'Das Matching ist mit einem Fehler abgebrochen; der Fehler wurde im Server-Log festgehalten.',
  runStableWithReciprocity:
    'Der stabile Modus kann die Gegenseitigkeit nicht zugleich einhalten; wählen Sie bitte eines von beiden.',
  runPinBreaksRule: 'Das fixierte Paar {mentee} → {mentor} verletzt eine Regel: {rule}',
  runTooManyPins:
    'Mentorin oder Mentor „{mentor}“ hat {pins} fixierte Paare, aber nur {capacity, plural, one {# Platz} other {# Plätze}}',
  runPinsBreakReciprocity:
    'Mit diesen fixierten Paaren hält die Gegenseitigkeit die Toleranz {tolerance} nicht ein; nicht im Gleichgewicht: {organisations}',
} satisfies Translation<typeof en>;
