import { type FormEvent, useRef, useState } from 'react';
import {
  type Survey,
  type SurveyQuestion,
  type SurveyQuestionType,
  surveyUpdateSchema,
} from '../../../../shared/contract/surveys.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { CheckboxField, FormError, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { saveSurvey } from '../api/surveys.ts';

type Draft = {
  /** Stays the same while the question is edited, so answers keep pointing at it. */
  id: string;
  type: SurveyQuestionType;
  text: string;
  required: boolean;
  options: string;
};

const typeOptions = [
  { value: 'scale', label: 'Scale from 1 to 5' },
  { value: 'choice', label: 'One choice from a list' },
  { value: 'text', label: 'Free text' },
];

function toDraft(q: SurveyQuestion): Draft {
  return {
    id: q.id,
    type: q.type,
    text: q.text,
    required: q.required,
    options: q.type === 'choice' ? q.options.join('\n') : '',
  };
}

function toQuestion(d: Draft) {
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

function newId(existing: readonly Draft[]) {
  let n = existing.length + 1;
  while (existing.some((d) => d.id === `q${n}`)) n++;
  return `q${n}`;
}

/** The coordinator's editor of one survey: title and dates any time, questions until the first answer. */
export function SurveyEditor({ survey, onSaved }: { survey: Survey; onSaved: (s: Survey) => void }) {
  const frozen = survey.responseCount > 0;
  const [title, setTitle] = useState(survey.title);
  const [opensOn, setOpensOn] = useState(survey.opensOn);
  const [closesOn, setClosesOn] = useState(survey.closesOn);
  const [drafts, setDrafts] = useState<Draft[]>(() => survey.questions.map(toDraft));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const list = useRef<HTMLOListElement>(null);
  const fields = [
    'title',
    'opensOn',
    'closesOn',
    ...drafts.flatMap((_, i) => [`questions.${i}.text`, `questions.${i}.options`]),
    'questions',
  ];
  const errors = useFormErrors(fields);

  const change = (i: number, patch: Partial<Draft>) =>
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const move = (i: number, by: -1 | 1) => {
    setDrafts((ds) => {
      const next = [...ds];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      return next;
    });
    setStatus(`Question ${i + 1} moved to position ${i + 1 + by}.`);
  };
  const remove = (i: number) => {
    setDrafts((ds) => ds.filter((_, j) => j !== i));
    setStatus(`Question ${i + 1} removed.`);
  };
  const add = () => {
    setDrafts((ds) => [...ds, { id: newId(ds), type: 'scale', text: '', required: false, options: '' }]);
    setStatus('Question added at the end.');
    // Focus the new question's text once it is rendered.
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>('li:last-child [data-field$=".text"]')?.focus(),
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const values = { title, opensOn, closesOn, ...(frozen ? {} : { questions: drafts.map(toQuestion) }) };
    const checked = validate(surveyUpdateSchema, values);
    if (!checked.ok) return errors.showErrors(checked.errors);
    setBusy(true);
    errors.clear();
    try {
      const saved = await saveSurvey(survey.id, checked.data);
      setDrafts(saved.questions.map(toDraft));
      setStatus('Survey saved.');
      onSaved(saved);
    } catch (error) {
      errors.showRequestError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormError message={errors.formError} />
      <TextField
        name="title"
        label="Title"
        value={title}
        onChange={setTitle}
        required
        error={errors.fieldErrors.title}
      />
      <div className="field-pair">
        <TextField
          name="opensOn"
          label="Opens on"
          type="date"
          value={opensOn}
          onChange={setOpensOn}
          required
          error={errors.fieldErrors.opensOn}
        />
        <TextField
          name="closesOn"
          label="Closes on"
          type="date"
          hint="Open until the day before; answers can be changed until then."
          value={closesOn}
          onChange={setClosesOn}
          required
          error={errors.fieldErrors.closesOn}
        />
      </div>
      <fieldset className="form-section">
        <legend>Questions</legend>
        {frozen ? (
          <>
            <p className="notice notice--info">
              Participants have already answered, so the questions can no longer change. Title and dates still
              can.
            </p>
            <ol>
              {survey.questions.map((q) => (
                <li key={q.id}>
                  {q.text}{' '}
                  <span className="muted">
                    ({typeOptions.find((t) => t.value === q.type)?.label}
                    {q.type === 'choice' ? `: ${q.options.join(', ')}` : ''}
                    {q.required ? ', required' : ''})
                  </span>
                </li>
              ))}
            </ol>
          </>
        ) : (
          <>
            <ol className="survey-editor__questions" ref={list}>
              {drafts.map((d, i) => (
                <li key={d.id} className="card">
                  <fieldset className="form-section">
                    <legend>Question {i + 1}</legend>
                    <TextField
                      name={`questions.${i}.text`}
                      label="Question"
                      value={d.text}
                      onChange={(text) => change(i, { text })}
                      required
                      error={errors.fieldErrors[`questions.${i}.text`]}
                    />
                    <SelectField
                      name={`questions.${i}.type`}
                      label="Kind of answer"
                      options={typeOptions}
                      value={d.type}
                      onChange={(type) => change(i, { type: type as SurveyQuestionType })}
                    />
                    {d.type === 'choice' ? (
                      <TextAreaField
                        name={`questions.${i}.options`}
                        label="Options"
                        hint="One option a line, 2 to 10 options."
                        rows={4}
                        value={d.options}
                        onChange={(options) => change(i, { options })}
                        error={errors.fieldErrors[`questions.${i}.options`]}
                      />
                    ) : null}
                    <CheckboxField
                      name={`questions.${i}.required`}
                      label="An answer is required"
                      checked={d.required}
                      onChange={(required) => change(i, { required })}
                    />
                    <div className="button-row">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={i === 0}
                        onClick={() => move(i, -1)}
                      >
                        Move up<span className="visually-hidden"> question {i + 1}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        disabled={i === drafts.length - 1}
                        onClick={() => move(i, 1)}
                      >
                        Move down<span className="visually-hidden"> question {i + 1}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--danger button--small"
                        disabled={drafts.length === 1}
                        onClick={() => remove(i)}
                      >
                        Remove<span className="visually-hidden"> question {i + 1}</span>
                      </button>
                    </div>
                  </fieldset>
                </li>
              ))}
            </ol>
            {errors.fieldErrors.questions ? (
              <p className="field__error">Questions: {errors.fieldErrors.questions}</p>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              data-field="questions"
              disabled={drafts.length >= 30}
              onClick={add}
            >
              Add question
            </button>
          </>
        )}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save survey'}
        </button>
        <p role="status" className="muted">
          {status}
        </p>
      </div>
    </form>
  );
}
