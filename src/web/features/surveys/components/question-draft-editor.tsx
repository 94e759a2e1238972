import type { ReactNode } from 'react';
import type { SurveyQuestionType } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import type { FieldErrors } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { useSurveyLabels } from './survey-labels.ts';
import { type QuestionDraft, questionTypes } from './survey-question-drafts.ts';

type Props = {
  draft: QuestionDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (patch: Partial<QuestionDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
};

/** One question in the editor: its text, kind of answer, options, and its place in the list. */
export function QuestionDraftEditor({
  draft: d,
  index: i,
  count,
  errors,
  onChange,
  onMove,
  onRemove,
}: Props) {
  const t = useMessages(surveysMessages);
  const labels = useSurveyLabels();
  const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
  const number = i + 1;
  return (
    <li className="card">
      <fieldset className="form-section">
        <legend>{t('questionNumber', { number })}</legend>
        <TextField
          name={`questions.${i}.text`}
          label={t('question')}
          value={d.text}
          onChange={(text) => onChange({ text })}
          required
          error={errors[`questions.${i}.text`]}
        />
        <SelectField
          name={`questions.${i}.type`}
          label={t('kindOfAnswer')}
          options={questionTypes.map((type) => ({ value: type, label: labels.questionType(type) }))}
          value={d.type}
          onChange={(type) => onChange({ type: type as SurveyQuestionType })}
        />
        {d.type === 'choice' ? (
          <TextAreaField
            name={`questions.${i}.options`}
            label={t('options')}
            hint={t('optionsHint')}
            rows={4}
            value={d.options}
            onChange={(options) => onChange({ options })}
            error={errors[`questions.${i}.options`]}
          />
        ) : null}
        <CheckboxField
          name={`questions.${i}.required`}
          label={t('answerRequired')}
          checked={d.required}
          onChange={(required) => onChange({ required })}
        />
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={i === 0}
            onClick={() => onMove(-1)}
          >
            {t.rich('moveUp', { number, hidden })}
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={i === count - 1}
            onClick={() => onMove(1)}
          >
            {t.rich('moveDown', { number, hidden })}
          </button>
          <button
            type="button"
            className="button button--danger button--small"
            disabled={count === 1}
            onClick={onRemove}
          >
            {t.rich('removeQuestion', { number, hidden })}
          </button>
        </div>
      </fieldset>
    </li>
  );
}
