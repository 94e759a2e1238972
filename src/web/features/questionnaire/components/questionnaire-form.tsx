import { type FormEvent, useState } from 'react';
import {
  type CriterionName,
  criteria,
  criterionLabels,
  type QuestionnaireSave,
  type QuestionnaireView,
  questionnaireSaveSchema,
} from '../../../../shared/contract/matching.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
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

const weightHints: Record<CriterionName, string> = {
  topics: 'Shared goal and expertise topics. Default 40.',
  seniority: 'How close the seniority gap is to the ideal gap. Default 20.',
  language: 'A language both speak; a mentee’s required language is a hard rule. Default 10.',
  location: 'Same place, or both open to remote meetings. Default 10.',
  gender: 'The mentee’s preferred mentor gender (a “must” preference is a hard rule). Default 10.',
  industry: 'Mentor from a different (or the same) industry. Default 10.',
};

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
        .map((t) => t.trim())
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
      {readOnly ? <p className="notice notice--info">The questionnaire can no longer change.</p> : null}
      <FormError message={errors.formError} />
      <fieldset className="form__fields" disabled={readOnly}>
        <TextAreaField
          name="topics"
          label="Goal and expertise topics"
          hint="One topic a line. Mentees choose their goals and mentors their expertise from this list."
          rows={8}
          value={topics}
          onChange={setTopics}
          error={errors.fieldErrors.topics}
        />
        <fieldset className="form-section">
          <legend>Weight of each criterion (0 to 100 points; 0 leaves it out)</legend>
          <div className="weights">
            {criteria.map((c) => (
              <TextField
                key={c}
                name={`weights.${c}`}
                label={criterionLabels[c]}
                hint={weightHints[c]}
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
            Restore default weights
          </button>
        </fieldset>
        <SelectField
          name="idealSeniorityGap"
          label="Ideal seniority gap"
          hint="How many levels (1 to 5) above the mentee the mentor ideally is."
          options={[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: `${n} level${n === 1 ? '' : 's'}`,
          }))}
          value={gap}
          onChange={setGap}
          error={errors.fieldErrors.idealSeniorityGap}
        />
        <CheckboxField
          name="preferDifferentIndustry"
          label="Prefer mentors from a different industry"
          hint="Untick to prefer the same industry instead."
          checked={differentIndustry}
          onChange={setDifferentIndustry}
        />
      </fieldset>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" className="button" disabled={save.busy}>
            {save.busy ? 'Saving…' : 'Save questionnaire'}
          </button>
        </div>
      )}
      <p role="status">{saved ? 'Questionnaire saved.' : ''}</p>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
    </form>
  );
}
