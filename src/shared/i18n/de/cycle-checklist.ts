import type { Translation } from '../catalogue.ts';
import type en from '../en/cycle-checklist.ts';

export default {
  titleOrganisations: 'Organisationen',
  titleContacts: 'Ansprechpersonen',
  titleNominations: 'Offen für Nominierungen',
  titleParticipants: 'Teilnehmende',
  titleQuestionnaire: 'Fragebogen',
  titleProfiles: 'Profile',
  titleRules: 'Regeln für das Matching',
  titleMatching: 'Matching',
  titleApproval: 'Freigabe',
  titlePublication: 'Veröffentlichung',
  titleAgreements: 'Vereinbarungen',
  organisationsTakingPart: '{count, plural, one {# Organisation nimmt} other {# Organisationen nehmen}} teil',
  organisationsWithContact:
    '{withContact} von {count, plural, one {# Organisation} other {# Organisationen}} mit Ansprechperson',
  cycleIsDraft:
    'Der Durchgang ist ein Entwurf: Sobald er offen ist, werden die Teilnehmenden daran erinnert, ihre Profile auszufüllen',
  opened: 'Geöffnet',
  nominated:
    '{mentees, plural, one {# Mentee} other {# Mentees}} und {mentors, plural, one {# Mentorin oder Mentor} other {# Mentorinnen und Mentoren}} nominiert',
  questionnaireSaved: 'Themen und Gewichte gespeichert',
  questionnaireDefaults:
    'Die voreingestellten Themen und Gewichte gelten; prüfen Sie sie, bevor die Teilnehmenden ihre Profile ausfüllen',
  profilesFinished: '{finished} von {count, plural, one {# Profil} other {# Profilen}} ausgefüllt',
  rulesSaved: 'Regeln gespeichert',
  rulesDefault:
    'Noch keine Ausschlüsse; legen Sie vor dem Matching fest, welche Organisationen nie zusammenkommen dürfen',
  runsDone: '{count, plural, one {# Matching-Lauf} other {# Matching-Läufe}} durchgeführt',
  notMatched: 'Noch nicht gematcht',
  proposalsApproved: '{approved} von {count, plural, one {# Vorschlag} other {# Vorschlägen}} freigegeben',
  everyProposalDecided: 'Jeder Vorschlag ist entschieden',
  draftNotSent: 'Der Entwurf liegt den Organisationen noch nicht vor',
  tandemsPublished: '{count, plural, one {# Tandem} other {# Tandems}} veröffentlicht',
  agreementsSigned:
    '{signed} von {count, plural, one {# Vereinbarung} other {# Vereinbarungen}} unterschrieben',
  addOrganisations: 'Fügen Sie die teilnehmenden Organisationen hinzu',
  addAnotherOrganisation:
    'Fügen Sie eine weitere Organisation hinzu: Mentees werden über Organisationen hinweg gematcht',
  addOrganisationsFirst: 'Fügen Sie zuerst Organisationen hinzu',
  inviteContacts:
    'Laden Sie eine Ansprechperson für {count, plural, one {# Organisation} other {# Organisationen}} ein',
  openForNominations: 'Öffnen Sie den Durchgang für Nominierungen',
  nominateMentees: 'Nominieren oder importieren Sie Mentees',
  nominateMentors: 'Nominieren oder importieren Sie Mentorinnen und Mentoren',
  reviewQuestionnaire: 'Prüfen Sie den Fragebogen',
  nominateFirst: 'Nominieren Sie zuerst Teilnehmende',
  sendReminders: 'Senden Sie Erinnerungen',
  reviewRules: 'Prüfen Sie die Regeln für das Matching',
  adoptRun: 'Übernehmen Sie einen Matching-Lauf als Entwurf',
  runMatching: 'Starten Sie das Matching',
  remindApprovers:
    '{count, plural, one {# Organisation hat} other {# Organisationen haben}} noch nicht freigegeben – erinnern Sie sie',
  sendToApproval: 'Senden Sie den Entwurf zur Freigabe',
  publishApproved:
    'Veröffentlichen Sie {count, plural, one {# freigegebenes Tandem} other {# freigegebene Tandems}}',
  waitForApprovals: 'Warten Sie auf Freigaben, um zu veröffentlichen',
  agreementsUnsigned:
    '{count, plural, one {# Vereinbarung} other {# Vereinbarungen}} noch nicht unterschrieben',
  publishFirst: 'Veröffentlichen Sie zuerst Tandems',
} satisfies Translation<typeof en>;
