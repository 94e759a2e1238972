import type { SurveyQuestionType } from '../../../../shared/contract/surveys.ts';
import type { FieldErrors } from '../../../lib/form.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { type QuestionDraft, questionTypeOptions } from './survey-question-drafts.ts';

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
  return (
    <li className="card">
      <fieldset className="form-section">
        <legend>Question {i + 1}</legend>
        <TextField
          name={`questions.${i}.text`}
          label="Question"
          value={d.text}
          onChange={(text) => onChange({ text })}
          required
          error={errors[`questions.${i}.text`]}
        />
        <SelectField
          name={`questions.${i}.type`}
          label="Kind of answer"
          options={questionTypeOptions}
          value={d.type}
          onChange={(type) => onChange({ type: type as SurveyQuestionType })}
        />
        {d.type === 'choice' ? (
          <TextAreaField
            name={`questions.${i}.options`}
            label="Options"
            hint="One option a line, 2 to 10 options."
            rows={4}
            value={d.options}
            onChange={(options) => onChange({ options })}
            error={errors[`questions.${i}.options`]}
          />
        ) : null}
        <CheckboxField
          name={`questions.${i}.required`}
          label="An answer is required"
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
            Move up<span className="visually-hidden"> question {i + 1}</span>
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={i === count - 1}
            onClick={() => onMove(1)}
          >
            Move down<span className="visually-hidden"> question {i + 1}</span>
          </button>
          <button
            type="button"
            className="button button--danger button--small"
            disabled={count === 1}
            onClick={onRemove}
          >
            Remove<span className="visually-hidden"> question {i + 1}</span>
          </button>
        </div>
      </fieldset>
    </li>
  );
}
