import type { Translation } from '../catalogue.ts';
import type en from '../en/settings.ts';

export default {
  title: 'Mail-Einstellungen',
  intro: 'Legen Sie fest, wie crossmentor Ihnen schreibt.',
  loading: 'Ihre Mail-Einstellungen werden geladen …',
  language: 'Sprache der Seiten und Mails',
  remindersAndUpdates: 'Erinnerungen und Neuigkeiten',
  digestSingle: 'Eine eigene Mail für jede Erinnerung und Neuigkeit',
  digestDaily: 'Eine tägliche Zusammenfassung',
  digestHint:
    'Die Zusammenfassung bündelt Erinnerungen und Neuigkeiten in einer Mail am Tag. Einladungen, Anmeldelinks und Termineinladungen für Ihren Kalender kommen immer sofort.',
  digestNotOffered:
    'Die tägliche Zusammenfassung gibt es für Mentorinnen, Mentoren und Mentees, denn sie erhalten die Erinnerungen. Mails an die Koordination und an die Ansprechpersonen der Organisationen gehen immer einzeln hinaus.',
  automaticReminders: 'Automatische Erinnerungen',
  remindersHint:
    'Eine Erinnerung, die Sie hier oder mit dem Link zum Abbestellen in ihrer Mail abschalten, wird erst wieder verschickt, wenn Sie sie hier einschalten. Mails darüber, was in Ihrem Tandem geschieht (ein vorgeschlagenes Treffen, eine geänderte Vereinbarung), kommen weiterhin.',
  reminderMeeting:
    'Treffen: wenn Ihr Tandem sich eine Weile nicht getroffen und auch kein Treffen geplant hat',
  reminderAgreement: 'Tandem-Vereinbarung: wöchentlich, solange sie nicht unterschrieben ist',
  reminderProfile: 'Ihr Profil: wöchentlich, solange es nicht vollständig ist',
  reminderSurvey: 'Umfragen: einmal, wenn Sie eine Umfrage nach einer Woche noch nicht beantwortet haben',
  saving: 'Wird gespeichert …',
  save: 'Mail-Einstellungen speichern',
  saved: 'Mail-Einstellungen gespeichert.',
} satisfies Translation<typeof en>;
