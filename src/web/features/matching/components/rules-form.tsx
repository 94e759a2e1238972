import { type FormEvent, useMemo, useState } from 'react';
import type { z } from 'zod';
import { type Rules, rulesSchema, type rulesViewSchema } from '../../../../shared/contract/matching.ts';
import { matchingRulesMessages } from '../../../../shared/i18n/matching-rules.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { StaleVersionNotice, useStaleVersion } from '../../../lib/stale-version.tsx';
import { CheckboxField, FormError, type Option, TextField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { saveRules } from '../api/matching.ts';
import { OrganisationExclusions } from './organisation-exclusions.tsx';
import { PersonExclusions } from './person-exclusions.tsx';

type RulesView = z.infer<typeof rulesViewSchema>;

type RulesFormProps = {
  cycleId: string;
  rules: RulesView;
  organisations: readonly Option[];
  mentees: readonly Option[];
  mentors: readonly Option[];
  onSaved: (rules: RulesView) => void;
  /** Someone saved the rules after this form read them: load what is saved now. */
  onStale: () => void;
};

/**
 * The cycle's hard rules beyond "another organisation": exclusions and reciprocity; read-only where
 * the server says they may no longer change.
 */
export function RulesForm({
  cycleId,
  rules,
  organisations,
  mentees,
  mentors,
  onSaved,
  onStale,
}: RulesFormProps) {
  const t = useMessages(matchingRulesMessages);
  const readOnly = !rules.can.edit;
  const [enforce, setEnforce] = useState(rules.reciprocityTolerance !== null);
  const [tolerance, setTolerance] = useState(String(rules.reciprocityTolerance ?? 0));
  const [neverPairAgain, setNeverPairAgain] = useState(rules.neverPairAgain);
  const [orgPairs, setOrgPairs] = useState(rules.organisationExclusions);
  const [people, setPeople] = useState(rules.personExclusions);
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  // The form stays open after a save: the next save names the version that one made.
  const [version, setVersion] = useState(rules.version);
  const errors = useFormErrors(['reciprocityTolerance', 'organisationExclusions', 'personExclusions']);
  const staleness = useStaleVersion();
  const names = useMemo(
    () => new Map([...organisations, ...mentees, ...mentors].map((o) => [o.value, o.label])),
    [organisations, mentees, mentors],
  );
  const name = (id: string) => names.get(id) ?? t('unknown');
  const save = useAction(
    async (input: Rules) => {
      errors.clear();
      const next = await saveRules(cycleId, input);
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
    const checked = validate(rulesSchema, {
      reciprocityTolerance: enforce ? (tolerance.trim() === '' ? Number.NaN : Number(tolerance)) : null,
      neverPairAgain,
      organisationExclusions: orgPairs,
      personExclusions: people,
      version,
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    void save.run(checked.data as Rules);
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {readOnly ? <p className="notice notice--info">{t('readOnly')}</p> : null}
      <FormError message={errors.formError} />
      <fieldset className="form__fields" disabled={readOnly}>
        <fieldset className="form-section">
          <legend>{t('reciprocity')}</legend>
          <CheckboxField
            name="enforce"
            label={t('enforce')}
            hint={t('enforceHint')}
            checked={enforce}
            onChange={setEnforce}
          />
          {enforce ? (
            <TextField
              name="reciprocityTolerance"
              label={t('tolerance')}
              hint={t('toleranceHint')}
              type="number"
              min={0}
              max={1000}
              value={tolerance}
              onChange={setTolerance}
              error={errors.fieldErrors.reciprocityTolerance}
            />
          ) : null}
        </fieldset>
        <fieldset className="form-section">
          <legend>{t('formerTandemsLegend')}</legend>
          <CheckboxField
            name="neverPairAgain"
            label={t('neverPairAgain')}
            hint={t('neverPairAgainHint')}
            checked={neverPairAgain}
            onChange={setNeverPairAgain}
          />
        </fieldset>
        <OrganisationExclusions
          competitorPairs={rules.competitorExclusions}
          pairs={orgPairs}
          onChange={setOrgPairs}
          organisations={organisations}
          name={name}
          error={errors.fieldErrors.organisationExclusions}
          onProblem={setAddProblem}
        />
        <PersonExclusions
          pairs={people}
          onChange={setPeople}
          mentees={mentees}
          mentors={mentors}
          name={name}
          error={errors.fieldErrors.personExclusions}
          onProblem={setAddProblem}
        />
      </fieldset>
      {addProblem ? (
        <p role="alert" className="field__error">
          {addProblem}
        </p>
      ) : null}
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" className="button" disabled={save.busy}>
            {save.busy ? t('saving') : t('save')}
          </button>
        </div>
      )}
      <p role="status">{saved ? t('saved') : ''}</p>
      <StaleVersionNotice
        stale={staleness.stale}
        message={staleness.message}
        times={staleness.times}
        onReload={onStale}
      />
    </form>
  );
}
