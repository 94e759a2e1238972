import type { Survey } from '../../../../shared/contract/surveys.ts';
import { questionTypeOptions } from './survey-question-drafts.ts';

/** The questions of a survey that has answers: shown, no longer changed. */
export function AnsweredQuestions({ questions }: { questions: Survey['questions'] }) {
  return (
    <>
      <p className="notice notice--info">
        Participants have already answered, so the questions can no longer change. Title and dates still can.
      </p>
      <ol>
        {questions.map((q) => (
          <li key={q.id}>
            {q.text}{' '}
            <span className="muted">
              ({questionTypeOptions.find((t) => t.value === q.type)?.label}
              {q.type === 'choice' ? `: ${q.options.join(', ')}` : ''}
              {q.required ? ', required' : ''})
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
