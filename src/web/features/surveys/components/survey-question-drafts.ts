import type { SurveyQuestion, SurveyQuestionType } from '../../../../shared/contract/surveys.ts';

/** A question as the editor changes it: the options of a choice as one text, a line each. */
export type QuestionDraft = {
  /** Stays the same while the question is edited, so answers keep pointing at it. */
  id: string;
  type: SurveyQuestionType;
  text: string;
  required: boolean;
  options: string;
};

/** The kinds of answer, in the order the editor offers them. */
export const questionTypes: readonly SurveyQuestionType[] = ['scale', 'choice', 'text'];

export function toQuestionDraft(q: SurveyQuestion): QuestionDraft {
  return {
    id: q.id,
    type: q.type,
    text: q.text,
    required: q.required,
    options: q.type === 'choice' ? q.options.join('\n') : '',
  };
}

/** The question as the contract takes it. */
export function toQuestion(d: QuestionDraft) {
  const base = { id: d.id, type: d.type, text: d.text, required: d.required };
  if (d.type !== 'choice') return base;
  return {
    ...base,
    options: d.options
      .split('\n')
      .map((o) => o.trim())
      .filter(Boolean),
  };
}

/** The next free id of the form `q<n>`. */
export function newQuestionId(existing: readonly QuestionDraft[]) {
  let n = existing.length + 1;
  while (existing.some((d) => d.id === `q${n}`)) n++;
  return `q${n}`;
}
