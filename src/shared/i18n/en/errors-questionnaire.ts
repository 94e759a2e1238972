// The server's refusals about the questionnaire and profiles.
export default {
  questionnaireFixed:
    '{status, select, running {The questionnaire of a running cycle can no longer change.} other {The questionnaire of a closed cycle can no longer change.}}',
  questionnaireChanged:
    'The questionnaire changed since you loaded it. Load it again to see the change, then make yours again.',
  profileChanged:
    'Your profile changed since you loaded it. Load it again to see the change, then make yours again.',
  unknownTopics: 'Choose topics from the cycle\'\'s list; "{topic}" is not on it.',
  unknownTopicsField: '"{topics}" is not on the cycle\'\'s list',
};
