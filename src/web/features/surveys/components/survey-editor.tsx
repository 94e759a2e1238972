import { type FormEvent, useState } from 'react';
import { type Survey, type SurveyUpdate, surveyUpdateSchema } from '../../../../shared/contract/surveys.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { FormError, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveSurvey } from '../api/surveys.ts';
import { AnsweredQuestions } from './answered-questions.tsx';
import { QuestionDraftEditor } from './question-draft-editor.tsx';
import { toQuestion, toQuestionDraft } from './survey-question-drafts.ts';
import { useQuestionDrafts } from './use-question-drafts.ts';

/**
 * The coordinator's editor of one survey: title and dates any time, questions while the server says
 * they may change (until the first answer).
 */
export function SurveyEditor({
  survey,
  onSaved,
  onStale,
}: {
  survey: Survey;
  onSaved: (s: Survey) => void;
  /** Someone saved the survey after this editor read it: load what is saved now. */
  onStale: () => void;
}) {
  const t = useMessages(surveysMessages);
  const frozen = !survey.can.editQuestions;
  const [title, setTitle] = useState(survey.title);
  const [opensOn, setOpensOn] = useState(survey.opensOn);
  const [closesOn, setClosesOn] = useState(survey.closesOn);
  const { drafts, setDrafts, status, setStatus, list, change, move, remove, add } = useQuestionDrafts(survey);
  const fields = [
    'title',
    'opensOn',
    'closesOn',
    ...drafts.flatMap((_, i) => [`questions.${i}.text`, `questions.${i}.options`]),
    'questions',
  ];
  // The editor stays open after a save: the next save names the version that one made.
  const [version, setVersion] = useState(survey.version);
  const errors = useFormErrors(fields);
  const staleness = useStaleVersion();
  const save = useAction(
    async (update: SurveyUpdate) => {
      errors.clear();
      const saved = await saveSurvey(survey.id, update);
      setDrafts(saved.questions.map(toQuestionDraft));
      setVersion(saved.version);
      setStatus(t('surveySaved'));
      onSaved(saved);
    },
    {
      onError: (error) => {
        // A newer save is told beside the save button, where the user is.
        if (staleness.noticeError(error)) errors.clear();
        else errors.showRequestError(error);
      },
    },
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const values = {
      title,
      opensOn,
      closesOn,
      ...(frozen ? {} : { questions: drafts.map(toQuestion) }),
      version,
    };
    const checked = validate(surveyUpdateSchema, values);
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={errors.formError} />
      <TextField
        name="title"
        label={t('title')}
        value={title}
        onChange={setTitle}
        required
        error={errors.fieldErrors.title}
      />
      <div className="field-pair">
        <TextField
          name="opensOn"
          label={t('opensOn')}
          type="date"
          value={opensOn}
          onChange={setOpensOn}
          required
          error={errors.fieldErrors.opensOn}
        />
        <TextField
          name="closesOn"
          label={t('closesOn')}
          type="date"
          hint={t('closesOnHint')}
          value={closesOn}
          onChange={setClosesOn}
          required
          error={errors.fieldErrors.closesOn}
        />
      </div>
      <fieldset className="form-section">
        <legend>{t('questions')}</legend>
        {frozen ? (
          <AnsweredQuestions questions={survey.questions} />
        ) : (
          <>
            <ol className="survey-editor__questions" ref={list}>
              {drafts.map((d, i) => (
                <QuestionDraftEditor
                  key={d.id}
                  draft={d}
                  index={i}
                  count={drafts.length}
                  errors={errors.fieldErrors}
                  onChange={(patch) => change(i, patch)}
                  onMove={(by) => move(i, by)}
                  onRemove={() => remove(i)}
                />
              ))}
            </ol>
            {errors.fieldErrors.questions ? (
              <p className="field__error">{t('questionsError', { error: errors.fieldErrors.questions })}</p>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              data-field="questions"
              disabled={drafts.length >= 30}
              onClick={add}
            >
              {t('addQuestion')}
            </button>
          </>
        )}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button" disabled={save.busy}>
          {save.busy ? t('saving') : t('saveSurvey')}
        </button>
        <p role="status" className="muted">
          {status}
        </p>
      </div>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
    </form>
  );
}
