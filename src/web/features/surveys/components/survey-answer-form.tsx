import { type FormEvent, useId, useState } from 'react';
import { type MySurvey, type SurveyQuestion, TEXT_ANSWER_MAX } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { useFormErrors } from '../../../lib/form.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { fieldMessage } from '../../../lib/ui/field-shell.tsx';
import { FormError, TextAreaField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveMyResponse } from '../api/surveys.ts';

const scaleValues = ['1', '2', '3', '4', '5'] as const;

type Drafts = Record<string, string>;

function draftsOf(survey: MySurvey): Drafts {
  return Object.fromEntries(
    survey.questions.map((q) => [
      q.id,
      survey.answers?.[q.id] === undefined ? '' : String(survey.answers[q.id]),
    ]),
  );
}

/** Radios in a fieldset whose legend is the question: scale 1–5 or one of the options. */
function RadioQuestion({
  question,
  value,
  onChange,
  error,
}: {
  question: Exclude<SurveyQuestion, { type: 'text' }>;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const t = useMessages(surveysMessages);
  const id = useId();
  const choices =
    question.type === 'scale'
      ? scaleValues.map((v) => ({ value: v, label: v }))
      : question.options.map((o) => ({ value: o, label: o }));
  // An optional question can be left without an answer again after one was chosen.
  const all = question.required ? choices : [...choices, { value: '', label: t('noAnswer') }];
  const field = `answers.${question.id}`;
  return (
    <fieldset
      className={`survey-question${error ? ' field--invalid' : ''}`}
      aria-describedby={
        [question.type === 'scale' ? `${id}-hint` : null, error ? `${id}-error` : null]
          .filter(Boolean)
          .join(' ') || undefined
      }
    >
      <legend>
        {question.text}
        {question.required ? <span className="field__required"> {t('requiredMark')}</span> : null}
      </legend>
      {question.type === 'scale' ? (
        <p className="field__hint" id={`${id}-hint`}>
          {t('scaleHint')}
        </p>
      ) : null}
      <div className={question.type === 'scale' ? 'survey-scale' : 'survey-options'}>
        {all.map((c, i) => (
          <label key={c.value || 'none'} className="survey-choice">
            <input
              type="radio"
              name={`${id}-${question.id}`}
              value={c.value}
              checked={value === c.value}
              onChange={() => onChange(c.value)}
              data-field={i === 0 ? field : undefined}
            />{' '}
            {c.label}
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {fieldMessage(t('thisAnswer'), error)}
        </p>
      ) : null}
    </fieldset>
  );
}

function toAnswers(questions: SurveyQuestion[], drafts: Drafts) {
  return Object.fromEntries(
    questions.map((q) => {
      const v = drafts[q.id] ?? '';
      if (v.trim() === '') return [q.id, null];
      return [q.id, q.type === 'scale' ? Number(v) : v];
    }),
  );
}

/** A participant's own answers to an open survey; saving again replaces them until it closes. */
export function SurveyAnswerForm({ survey, onSaved }: { survey: MySurvey; onSaved: (s: MySurvey) => void }) {
  const t = useMessages(surveysMessages);
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(survey));
  const [saved, setSaved] = useState(false);
  const fields = survey.questions.map((q) => `answers.${q.id}`);
  const errors = useFormErrors(fields);
  const set = (id: string) => (value: string) => {
    setSaved(false);
    setDrafts((d) => ({ ...d, [id]: value }));
  };

  const save = useAction(
    async () => {
      errors.clear();
      const result = await saveMyResponse(survey.id, { answers: toAnswers(survey.questions, drafts) });
      setSaved(true);
      onSaved(result);
    },
    { onError: errors.showRequestError },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const missing = Object.fromEntries(
      survey.questions
        .filter((q) => q.required && (drafts[q.id] ?? '').trim() === '')
        .map((q) => [`answers.${q.id}`, t('pleaseAnswer')]),
    );
    if (Object.keys(missing).length) return errors.showErrors(missing);
    void save.run();
  };

  return (
    <form className="form survey-form" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      {survey.questions.map((q) =>
        q.type === 'text' ? (
          <TextAreaField
            key={q.id}
            name={`answers.${q.id}`}
            label={q.required ? t('textLabelRequired', { question: q.text }) : q.text}
            value={drafts[q.id] ?? ''}
            onChange={set(q.id)}
            maxLength={TEXT_ANSWER_MAX}
            hint={t('textHint', { max: TEXT_ANSWER_MAX })}
            error={errors.fieldErrors[`answers.${q.id}`]}
          />
        ) : (
          <RadioQuestion
            key={q.id}
            question={q}
            value={drafts[q.id] ?? ''}
            onChange={set(q.id)}
            error={errors.fieldErrors[`answers.${q.id}`]}
          />
        ),
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? t('saving') : t('saveAnswers')}
        </button>
        <p role="status" className="muted">
          {saved
            ? t('savedCanChange', { date: formatDate(survey.closesOn) })
            : survey.updatedAt
              ? t('lastSaved', { time: formatDateTime(survey.updatedAt) })
              : ''}
        </p>
      </div>
    </form>
  );
}

/** Answers given to a survey that has closed: read-only, for the participant alone. */
export function SurveyAnswersView({ survey }: { survey: MySurvey }) {
  const t = useMessages(surveysMessages);
  if (!survey.answers) return <p className="muted">{t('didNotAnswer')}</p>;
  return (
    <dl className="facts survey-answers">
      {survey.questions.map((q) => (
        <div key={q.id}>
          <dt>{q.text}</dt>
          <dd>{survey.answers?.[q.id] === undefined ? '—' : String(survey.answers[q.id])}</dd>
        </div>
      ))}
    </dl>
  );
}
