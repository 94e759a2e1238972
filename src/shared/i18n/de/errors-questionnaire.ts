import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-questionnaire.ts';

export default {
  questionnaireFixed:
    '{status, select, running {Der Fragebogen eines laufenden Durchgangs kann nicht mehr geändert werden.} other {Der Fragebogen eines abgeschlossenen Durchgangs kann nicht mehr geändert werden.}}',
  questionnaireChanged:
    'Der Fragebogen wurde geändert, seit Sie ihn geladen haben. Laden Sie ihn neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
  profileChanged:
    'Ihr Profil wurde geändert, seit Sie es geladen haben. Laden Sie es neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
  unknownTopics: 'Wählen Sie Themen aus der Liste des Durchgangs; „{topic}“ steht nicht darauf.',
  unknownTopicsField: '„{topics}“ steht nicht auf der Liste des Durchgangs',
} satisfies Translation<typeof en>;
