import type { Survey } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useSurveyLabels } from './survey-labels.ts';

/** The questions of a survey that has answers: shown, no longer changed. */
export function AnsweredQuestions({ questions }: { questions: Survey['questions'] }) {
  const t = useMessages(surveysMessages);
  const labels = useSurveyLabels();
  return (
    <>
      <p className="notice notice--info">{t('answeredNotice')}</p>
      <ol>
        {questions.map((q) => {
          const kind =
            q.type === 'choice'
              ? t('choiceWithOptions', { kind: labels.questionType(q.type), options: q.options.join(', ') })
              : labels.questionType(q.type);
          return (
            <li key={q.id}>
              {q.text}{' '}
              <span className="muted">
                {q.required ? t('questionFactsRequired', { kind }) : t('questionFacts', { kind })}
              </span>
            </li>
          );
        })}
      </ol>
    </>
  );
}
