import type { Translation } from '../catalogue.ts';
import type en from '../en/errors-surveys.ts';

export default {
  questionsFixed:
    'Die Fragen können nicht mehr geändert werden: Teilnehmende haben diese Umfrage bereits beantwortet. Titel und Daten lassen sich weiterhin ändern.',
  opensOnAnswer: 'Diese Umfrage beginnt am {date}; ab dann können Sie antworten.',
  closedOnAnswer: 'Diese Umfrage wurde am {date} geschlossen; Antworten können nicht mehr geändert werden.',
  opensOnClose: 'Diese Umfrage beginnt am {date}; ändern Sie ihre Daten, statt sie zu schließen.',
  closedAlready: 'Diese Umfrage wurde bereits am {date} geschlossen.',
  openedToday:
    'Diese Umfrage hat heute begonnen und kann nicht am selben Tag schließen: Schließen Sie sie morgen oder ändern Sie ihre Daten.',
  cycleClosed:
    '{change, select, dates {Der Durchgang ist abgeschlossen: Die Daten seiner Umfragen können nicht mehr geändert werden.} extend {Der Durchgang ist abgeschlossen: Seine Umfragen können nicht mehr verlängert werden.} reopen {Der Durchgang ist abgeschlossen: Seine Umfragen können nicht wieder geöffnet werden.} other {Der Durchgang ist abgeschlossen: Seine Umfragen können nicht mehr verschoben werden.}}',
  closedReopen:
    'Diese Umfrage wurde am {date} geschlossen; öffnen Sie sie wieder, um erneut Antworten anzunehmen.',
  notOpenedYet: 'Diese Umfrage hat noch nicht begonnen; sie beginnt am {date}.',
  openExtend: 'Diese Umfrage ist offen; verlängern Sie sie, um ihr ein späteres Enddatum zu geben.',
  openedNoMove:
    'Die Umfrage „{title}“ hat am {date} begonnen; sie wird nicht mehr mit dem Durchgang verschoben. Verlängern oder schließen Sie sie stattdessen.',
  wouldOpenPast:
    'Die Umfrage „{title}“ würde am {date} beginnen, also nicht in der Zukunft; behalten Sie ihre Daten oder legen Sie sie bei der Umfrage selbst fest.',
  surveyChanged:
    'Diese Umfrage wurde geändert, seit Sie sie geladen haben. Laden Sie sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
  namedSurveyChanged:
    'Die Umfrage „{title}“ wurde geändert, seit Sie sie geladen haben. Laden Sie sie neu, um die Änderung zu sehen, und nehmen Sie Ihre dann erneut vor.',
  closesBeforeOpens: 'Die Umfrage muss nach ihrem Beginn enden.',
  closesBeforeOpensField: 'muss nach dem Öffnungsdatum liegen',
  answersProblem: 'Bitte prüfen Sie Ihre Antworten: {problem}.',
  notAQuestion: 'ist keine Frage dieser Umfrage',
  needsAnswer: '„{question}“ braucht eine Antwort',
  scaleRange: 'muss eine ganze Zahl von 1 bis 5 sein',
  oneOfOptions: 'muss eine dieser Antworten sein: {options}',
  mustBeText: 'muss ein Text sein',
  textTooLong: 'darf höchstens {max} Zeichen lang sein',
  closingDateProblem: 'Das neue Enddatum {problem}.',
  afterCurrentClosing: 'muss nach dem bisherigen Enddatum liegen, dem {date}',
  afterToday: 'muss nach heute, dem {date}, liegen, damit die Umfrage wieder Antworten annimmt',
} satisfies Translation<typeof en>;
