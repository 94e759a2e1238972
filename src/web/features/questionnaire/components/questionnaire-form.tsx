import { type FormEvent, useState } from 'react';
import {
  type CriterionName,
  criteria,
  type QuestionnaireSave,
  type QuestionnaireView,
  questionnaireSaveSchema,
} from '../../../../shared/contract/matching.ts';
import { questionnaireMessages } from '../../../../shared/i18n/questionnaire.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { criterionLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { CheckboxField, FormError, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveQuestionnaire } from '../api/questionnaire.ts';

/** The engine's defaults, as documented beside each weight. */
const defaultWeights: Record<CriterionName, number> = {
  topics: 40,
  seniority: 20,
  language: 10,
  location: 10,
  gender: 10,
  industry: 10,
};

/** The hint beside each criterion's weight. */
const criterionKeys = {
  topics: { hint: 'weightHintTopics' },
  seniority: { hint: 'weightHintSeniority' },
  language: { hint: 'weightHintLanguage' },
  location: { hint: 'weightHintLocation' },
  gender: { hint: 'weightHintGender' },
  industry: { hint: 'weightHintIndustry' },
} as const satisfies Record<CriterionName, { hint: string }>;

const fields = ['topics', ...criteria.map((c) => `weights.${c}`), 'idealSeniorityGap'];

/**
 * The coordinator's setup of a cycle's profile questionnaire and how much each criterion counts;
 * read-only where the server says it may no longer change.
 */
export function QuestionnaireForm({
  cycleId,
  questionnaire,
  onSaved,
  onStale,
}: {
  cycleId: string;
  questionnaire: QuestionnaireView;
  onSaved: (q: QuestionnaireView) => void;
  /** Someone saved the questionnaire after this form read it: load what is saved now. */
  onStale: () => void;
}) {
  const t = useMessages(questionnaireMessages);
  const readOnly = !questionnaire.can.edit;
  const [topics, setTopics] = useState(questionnaire.topics.join('\n'));
  const [weights, setWeights] = useState<Record<CriterionName, string>>(
    Object.fromEntries(criteria.map((c) => [c, String(questionnaire.weights[c])])) as Record<
      CriterionName,
      string
    >,
  );
  const [gap, setGap] = useState(String(questionnaire.idealSeniorityGap));
  const [differentIndustry, setDifferentIndustry] = useState(questionnaire.preferDifferentIndustry);
  const [saved, setSaved] = useState(false);
  // The form stays open after a save: the next save names the version that one made.
  const [version, setVersion] = useState(questionnaire.version);
  const errors = useFormErrors(fields);
  const staleness = useStaleVersion();
  const save = useAction(
    async (input: QuestionnaireSave) => {
      errors.clear();
      const next = await saveQuestionnaire(cycleId, input);
      setVersion(next.version);
      onSaved(next);
      setSaved(true);
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
    if (readOnly) return;
    setSaved(false);
    const values = {
      topics: topics
        .split('\n')
        .map((topic) => topic.trim())
        .filter(Boolean),
      weights: Object.fromEntries(
        criteria.map((c) => [c, weights[c].trim() === '' ? Number.NaN : Number(weights[c])]),
      ),
      idealSeniorityGap: Number(gap),
      preferDifferentIndustry: differentIndustry,
      version,
    };
    const checked = validate(questionnaireSaveSchema, values);
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {readOnly ? <p className="notice notice--info">{t('readOnly')}</p> : null}
      <FormError message={errors.formError} />
      <fieldset className="form__fields" disabled={readOnly}>
        <TextAreaField
          name="topics"
          label={t('topicsLabel')}
          hint={t('topicsHint')}
          rows={8}
          value={topics}
          onChange={setTopics}
          error={errors.fieldErrors.topics}
        />
        <fieldset className="form-section">
          <legend>{t('weightsLegend')}</legend>
          <div className="weights">
            {criteria.map((c) => (
              <TextField
                key={c}
                name={`weights.${c}`}
                label={criterionLabel(c)}
                hint={t(criterionKeys[c].hint, { points: defaultWeights[c] })}
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                value={weights[c]}
                onChange={(v) => setWeights((w) => ({ ...w, [c]: v }))}
                error={errors.fieldErrors[`weights.${c}`]}
              />
            ))}
          </div>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() =>
              setWeights(
                Object.fromEntries(criteria.map((c) => [c, String(defaultWeights[c])])) as Record<
                  CriterionName,
                  string
                >,
              )
            }
          >
            {t('restoreDefaults')}
          </button>
        </fieldset>
        <SelectField
          name="idealSeniorityGap"
          label={t('idealGap')}
          hint={t('idealGapHint')}
          options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t('levels', { count: n }) }))}
          value={gap}
          onChange={setGap}
          error={errors.fieldErrors.idealSeniorityGap}
        />
        <CheckboxField
          name="preferDifferentIndustry"
          label={t('preferDifferentIndustry')}
          hint={t('preferDifferentIndustryHint')}
          checked={differentIndustry}
          onChange={setDifferentIndustry}
        />
      </fieldset>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" className="button" disabled={save.busy}>
            {save.busy ? t('saving') : t('saveQuestionnaire')}
          </button>
        </div>
      )}
      <p role="status">{saved ? t('questionnaireSaved') : ''}</p>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
    </form>
  );
}
