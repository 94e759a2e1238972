import type { SurveyQuestionType, SurveyStatus } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { surveyKindLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';

const statusKeys = {
  upcoming: 'statusUpcoming',
  open: 'statusOpen',
  closed: 'statusClosed',
} as const satisfies Record<SurveyStatus, string>;

const questionTypeKeys = {
  scale: 'typeScale',
  choice: 'typeChoice',
  text: 'typeText',
} as const satisfies Record<SurveyQuestionType, string>;

/** Names of a survey's kind, state and kinds of answer, in the reader's language. */
export function useSurveyLabels() {
  const t = useMessages(surveysMessages);
  return {
    kind: surveyKindLabel,
    status: (status: SurveyStatus) => t(statusKeys[status]),
    questionType: (type: SurveyQuestionType) => t(questionTypeKeys[type]),
  };
}
