import { type FormEvent, useMemo, useState } from 'react';
import type { z } from 'zod';
import { type Rules, rulesSchema, type rulesViewSchema } from '../../../../shared/contract/matching.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { CheckboxField, FormError, type Option, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { saveRules } from '../api/matching.ts';

type RulesView = z.infer<typeof rulesViewSchema>;

type RulesFormProps = {
  cycleId: string;
  rules: RulesView;
  organisations: readonly Option[];
  mentees: readonly Option[];
  mentors: readonly Option[];
  onSaved: (rules: RulesView) => void;
};

/** The cycle's hard rules beyond "another organisation": exclusions and reciprocity. */
export function RulesForm({ cycleId, rules, organisations, mentees, mentors, onSaved }: RulesFormProps) {
  const [enforce, setEnforce] = useState(rules.reciprocityTolerance !== null);
  const [tolerance, setTolerance] = useState(String(rules.reciprocityTolerance ?? 0));
  const [orgPairs, setOrgPairs] = useState(rules.organisationExclusions);
  const [people, setPeople] = useState(rules.personExclusions);
  const [orgA, setOrgA] = useState('');
  const [orgB, setOrgB] = useState('');
  const [menteeId, setMenteeId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [reason, setReason] = useState('');
  const [addProblem, setAddProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const errors = useFormErrors(['reciprocityTolerance', 'organisationExclusions', 'personExclusions']);
  const names = useMemo(
    () => new Map([...organisations, ...mentees, ...mentors].map((o) => [o.value, o.label])),
    [organisations, mentees, mentors],
  );
  const name = (id: string) => names.get(id) ?? 'Unknown';

  const addOrgPair = () => {
    if (!orgA || !orgB || orgA === orgB) return setAddProblem('Choose two different organisations.');
    setAddProblem(null);
    setOrgPairs((p) => [...p, { organisationA: orgA, organisationB: orgB }]);
    setOrgA('');
    setOrgB('');
  };
  const addPerson = () => {
    if (!menteeId || !mentorId) return setAddProblem('Choose a mentee and a mentor.');
    setAddProblem(null);
    setPeople((p) => [...p, { menteeId, mentorId, reason: reason.trim() }]);
    setMenteeId('');
    setMentorId('');
    setReason('');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const checked = validate(rulesSchema, {
      reciprocityTolerance: enforce ? (tolerance.trim() === '' ? Number.NaN : Number(tolerance)) : null,
      organisationExclusions: orgPairs,
      personExclusions: people,
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    setBusy(true);
    errors.clear();
    try {
      onSaved(await saveRules(cycleId, checked.data as Rules));
      setSaved(true);
    } catch (error) {
      errors.showRequestError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <FormError message={errors.formError} />
      <fieldset className="form-section">
        <legend>Reciprocity</legend>
        <CheckboxField
          name="enforce"
          label="Enforce reciprocity"
          hint="Each organisation receives about as many mentor places for its mentees as it gives."
          checked={enforce}
          onChange={setEnforce}
        />
        {enforce ? (
          <TextField
            name="reciprocityTolerance"
            label="Tolerance (places)"
            hint="How far an organisation may be out of balance."
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
        <legend>Organisations that are never paired</legend>
        <p className="field__hint">Competitors (from the organisations’ settings, read-only here):</p>
        <ul>
          {rules.competitorExclusions.length ? (
            rules.competitorExclusions.map((p) => (
              <li key={`${p.organisationA}-${p.organisationB}`}>
                {name(p.organisationA)} and {name(p.organisationB)}
              </li>
            ))
          ) : (
            <li>None</li>
          )}
        </ul>
        <p className="field__hint">Added for this cycle:</p>
        <ul className="plain-list">
          {orgPairs.map((p, i) => (
            <li key={`${p.organisationA}-${p.organisationB}`} className="button-row">
              {name(p.organisationA)} and {name(p.organisationB)}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setOrgPairs((all) => all.filter((_, j) => j !== i))}
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  {name(p.organisationA)} and {name(p.organisationB)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {errors.fieldErrors.organisationExclusions ? (
          <p className="field__error">{errors.fieldErrors.organisationExclusions}</p>
        ) : null}
        <div className="field-pair">
          <SelectField
            name="orgA"
            label="Organisation"
            emptyLabel="Choose…"
            options={organisations}
            value={orgA}
            onChange={setOrgA}
          />
          <SelectField
            name="orgB"
            label="Never with"
            emptyLabel="Choose…"
            options={organisations}
            value={orgB}
            onChange={setOrgB}
          />
        </div>
        <button type="button" className="button button--secondary" onClick={addOrgPair}>
          Add organisation exclusion
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>People who are never paired</legend>
        <p className="field__hint">For example a reporting line across organisations, or a known conflict.</p>
        <ul className="plain-list">
          {people.map((p, i) => (
            <li key={`${p.menteeId}-${p.mentorId}`} className="button-row">
              {name(p.menteeId)} and {name(p.mentorId)}
              {p.reason ? ` (${p.reason})` : ''}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setPeople((all) => all.filter((_, j) => j !== i))}
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  {name(p.menteeId)} and {name(p.mentorId)}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {errors.fieldErrors.personExclusions ? (
          <p className="field__error">{errors.fieldErrors.personExclusions}</p>
        ) : null}
        <div className="field-pair">
          <SelectField
            name="menteeId"
            label="Mentee"
            emptyLabel="Choose…"
            options={mentees}
            value={menteeId}
            onChange={setMenteeId}
          />
          <SelectField
            name="mentorId"
            label="Mentor"
            emptyLabel="Choose…"
            options={mentors}
            value={mentorId}
            onChange={setMentorId}
          />
        </div>
        <TextField name="reason" label="Reason" value={reason} onChange={setReason} maxLength={200} />
        <button type="button" className="button button--secondary" onClick={addPerson}>
          Add person exclusion
        </button>
      </fieldset>
      {addProblem ? (
        <p role="alert" className="field__error">
          {addProblem}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save rules'}
        </button>
      </div>
      <p role="status">{saved ? 'Rules saved. Run the pre-flight check to see their effect.' : ''}</p>
    </form>
  );
}
