import type { Translation } from '../catalogue.ts';
import type en from '../en/unsubscribe.ts';

export default {
  pageAsk:
    '{reminders, select, meeting {Erinnerungen an Treffen} agreement {Erinnerungen an die Tandem-Vereinbarung} profile {Erinnerungen an Ihr Profil} survey {Erinnerungen an Umfragen} several {Diese Erinnerungen ({list})} other {Alle automatischen Erinnerungen}} abbestellen?',
  pageExplain:
    'Damit erhalten Sie an diese Adresse {reminders, select, meeting {keine Erinnerungen an Treffen} agreement {keine Erinnerungen an die Tandem-Vereinbarung} profile {keine Erinnerungen an Ihr Profil} survey {keine Erinnerungen an Umfragen} several {keine dieser Erinnerungen ({list})} other {keine automatischen Erinnerungen}} mehr. Andere Mails Ihres Mentoring-Programms kommen weiterhin. Sie können die Erinnerungen jederzeit in Ihren Mail-Einstellungen wieder einschalten.',
  pageButton:
    '{reminders, select, meeting {Erinnerungen an Treffen} agreement {Erinnerungen an die Tandem-Vereinbarung} profile {Erinnerungen an Ihr Profil} survey {Erinnerungen an Umfragen} several {Diese Erinnerungen ({list})} other {Alle automatischen Erinnerungen}} abbestellen',
  pageAlreadyOff:
    '{reminders, select, meeting {Erinnerungen an Treffen} agreement {Erinnerungen an die Tandem-Vereinbarung} profile {Erinnerungen an Ihr Profil} survey {Erinnerungen an Umfragen} several {Diese Erinnerungen ({list})} other {Alle automatischen Erinnerungen}} sind abbestellt',
  pageAlreadyOffExplain: 'Sie können sie jederzeit in Ihren Mail-Einstellungen wieder einschalten.',
  pageSettingsLink: 'Mail-Einstellungen (nach der Anmeldung)',
  oneClickDone:
    '{reminders, select, meeting {Erinnerungen an Treffen} agreement {Erinnerungen an die Tandem-Vereinbarung} profile {Erinnerungen an Ihr Profil} survey {Erinnerungen an Umfragen} several {Diese Erinnerungen ({list})} other {Alle automatischen Erinnerungen}} sind abbestellt. Sie können sie in Ihren Mail-Einstellungen wieder einschalten: {link}\n',
  reminderMeeting: 'Erinnerungen an Treffen',
  reminderAgreement: 'Erinnerungen an die Tandem-Vereinbarung',
  reminderProfile: 'Erinnerungen an Ihr Profil',
  reminderSurvey: 'Erinnerungen an Umfragen',
} satisfies Translation<typeof en>;
