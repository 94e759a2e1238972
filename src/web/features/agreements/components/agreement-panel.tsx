import { type FormEvent, useState } from 'react';
import {
  type Agreement,
  type AgreementVersion,
  agreementInputSchema,
  cadenceChoices,
  MAX_GOALS,
  type MeetingFormat,
  meetingFormats,
} from '../../../../shared/contract/agreements.ts';
import { ApiError, errorMessage } from '../../../lib/api.ts';
import { useFormErrors, validate } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { FormError, SelectField, TextAreaField, TextField } from '../../../lib/ui/fields.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { getAgreement, saveAgreement, signAgreement } from '../api/agreements.ts';
import { cadenceLabel, meetingFormatLabels, signatureLines } from './labels.ts';

type GoalDraft = { key: string; goalId?: string; title: string; successMeasure: string };

// Field paths as the contract reports them, in the order the form shows them.
const goalFields = Array.from({ length: MAX_GOALS }, (_, i) => [
  `goals.${i}.title`,
  `goals.${i}.successMeasure`,
]).flat();
const formFields = [...goalFields, 'goals', 'cadenceDays', 'meetingFormat', 'confidentiality'];

let nextKey = 0;
const newKey = () => `new-${nextKey++}`;

function draftGoals(version: AgreementVersion): GoalDraft[] {
  const goals = version.goals.map((g) => ({
    key: g.goalId ?? newKey(),
    ...(g.goalId ? { goalId: g.goalId } : {}),
    title: g.title,
    successMeasure: g.successMeasure,
  }));
  return goals.length ? goals : [{ key: newKey(), title: '', successMeasure: '' }];
}

function AgreementText({ version }: { version: AgreementVersion }) {
  return (
    <>
      <h3>Goals</h3>
      <ol className="agreement-goals">
        {version.goals.map((g, i) => (
          <li key={g.goalId ?? i}>
            <strong>{g.title}</strong>
            <br />
            <span className="muted">Success measure:</span> {g.successMeasure}
          </li>
        ))}
      </ol>
      <dl className="facts">
        <div>
          <dt>We meet</dt>
          <dd>{cadenceLabel(version.cadenceDays)}</dd>
        </div>
        <div>
          <dt>Preferred format</dt>
          <dd>{meetingFormatLabels[version.meetingFormat]}</dd>
        </div>
      </dl>
      <h3>Confidentiality</h3>
      <p className="prose">{version.confidentiality}</p>
    </>
  );
}

function AgreementForm({
  agreement,
  onSaved,
  onCancel,
  onStale,
}: {
  agreement: Agreement;
  onSaved: (next: Agreement) => void;
  onCancel?: () => void;
  /** The partner saved meanwhile: load what is there now. */
  onStale: () => void;
}) {
  const current = agreement.current;
  const [goals, setGoals] = useState<GoalDraft[]>(() => draftGoals(current));
  const [cadenceDays, setCadenceDays] = useState(String(current.cadenceDays));
  const [meetingFormat, setMeetingFormat] = useState<MeetingFormat>(current.meetingFormat);
  const [confidentiality, setConfidentiality] = useState(current.confidentiality);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const errors = useFormErrors(formFields);

  const cadenceOptions = cadenceChoices.some((c) => c.days === current.cadenceDays)
    ? cadenceChoices.map((c) => ({ value: String(c.days), label: c.label }))
    : [
        { value: String(current.cadenceDays), label: cadenceLabel(current.cadenceDays) },
        ...cadenceChoices.map((c) => ({ value: String(c.days), label: c.label })),
      ];

  const changeGoal = (key: string, change: Partial<GoalDraft>) =>
    setGoals((gs) => gs.map((g) => (g.key === key ? { ...g, ...change } : g)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(agreementInputSchema, {
      version: current.version,
      savedAt: current.savedAt,
      goals: goals.map(({ goalId, title, successMeasure }) => ({
        ...(goalId ? { goalId } : {}),
        title,
        successMeasure,
      })),
      cadenceDays: Number(cadenceDays),
      meetingFormat,
      confidentiality,
    });
    if (!checked.ok) return errors.showErrors(checked.errors);
    setBusy(true);
    try {
      onSaved(await saveAgreement(agreement.tandemId, checked.data));
    } catch (error) {
      errors.showRequestError(error);
      setStale(error instanceof ApiError && error.status === 409);
    } finally {
      setBusy(false);
    }
  };

  const signed = current.menteeSignedAt || current.mentorSignedAt;
  return (
    <form className="form agreement-form" onSubmit={(e) => void submit(e)} noValidate>
      {signed ? (
        <p className="notice notice--info">
          This agreement is signed. Saving a change makes a new version that you both sign again; the signed
          version stays in the history.
        </p>
      ) : null}
      <FormError message={errors.formError} />
      {stale ? (
        <button type="button" className="button button--secondary" onClick={onStale}>
          Load the newest version
        </button>
      ) : null}
      <fieldset className="form-section">
        <legend>Goals (up to {MAX_GOALS})</legend>
        {errors.fieldErrors.goals ? (
          <p className="field__error" data-field="goals" tabIndex={-1}>
            Goals: {errors.fieldErrors.goals}
          </p>
        ) : null}
        {goals.map((g, i) => (
          <div className="agreement-goal" key={g.key}>
            <TextField
              name={`goals.${i}.title`}
              label={`Goal ${i + 1}`}
              value={g.title}
              onChange={(title) => changeGoal(g.key, { title })}
              maxLength={200}
              required
              error={errors.fieldErrors[`goals.${i}.title`]}
            />
            <TextField
              name={`goals.${i}.successMeasure`}
              label={`Success measure of goal ${i + 1}`}
              hint="How will you both know the goal is reached?"
              value={g.successMeasure}
              onChange={(successMeasure) => changeGoal(g.key, { successMeasure })}
              maxLength={1000}
              required
              error={errors.fieldErrors[`goals.${i}.successMeasure`]}
            />
            {goals.length > 1 ? (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setGoals((gs) => gs.filter((x) => x.key !== g.key))}
              >
                Remove goal {i + 1}
              </button>
            ) : null}
          </div>
        ))}
        {goals.length < MAX_GOALS ? (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setGoals((gs) => [...gs, { key: newKey(), title: '', successMeasure: '' }])}
          >
            Add a goal
          </button>
        ) : (
          <p className="muted">An agreement has at most {MAX_GOALS} goals.</p>
        )}
      </fieldset>
      <SelectField
        name="cadenceDays"
        label="How often we meet"
        value={cadenceDays}
        onChange={setCadenceDays}
        options={cadenceOptions}
        error={errors.fieldErrors.cadenceDays}
      />
      <fieldset className="field checklist">
        <legend>Preferred format</legend>
        <ul>
          {meetingFormats.map((f) => (
            <li key={f}>
              <label>
                <input
                  type="radio"
                  name="meetingFormat"
                  data-field={f === meetingFormats[0] ? 'meetingFormat' : undefined}
                  value={f}
                  checked={meetingFormat === f}
                  onChange={() => setMeetingFormat(f)}
                />{' '}
                {meetingFormatLabels[f]}
              </label>
            </li>
          ))}
        </ul>
        {errors.fieldErrors.meetingFormat ? (
          <p className="field__error">Preferred format: {errors.fieldErrors.meetingFormat}</p>
        ) : null}
      </fieldset>
      <TextAreaField
        name="confidentiality"
        label="Confidentiality terms"
        hint="Proposed by the programme; change them to what you both agree on."
        value={confidentiality}
        onChange={setConfidentiality}
        rows={5}
        maxLength={5000}
        error={errors.fieldErrors.confidentiality}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Saving…' : 'Save the agreement'}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

function Signatures({ agreement }: { agreement: Agreement }) {
  const names = { mentee: agreement.mentee.name, mentor: agreement.mentor.name };
  const lines = signatureLines(agreement.current, names);
  const missing = [
    agreement.current.menteeSignedAt ? null : names.mentee,
    agreement.current.mentorSignedAt ? null : names.mentor,
  ].filter(Boolean);
  return (
    <div className="agreement-signatures">
      {agreement.status === 'signed' ? (
        <p>
          <span className="badge badge--accepted">Signed by both</span>
        </p>
      ) : (
        <p>
          <span className="badge badge--pending">Waiting for {missing.join(' and ')}</span>
        </p>
      )}
      {lines.length ? (
        <ul className="plain-list">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function History({ agreement }: { agreement: Agreement }) {
  if (agreement.history.length === 0) return null;
  const names = { mentee: agreement.mentee.name, mentor: agreement.mentor.name };
  return (
    <section aria-labelledby="agreement-history">
      <h3 id="agreement-history">Earlier versions</h3>
      <ul className="plain-list">
        {agreement.history.map((v) => (
          <li key={v.version}>
            <details>
              <summary>
                Version {v.version}
                {v.savedAt ? `, saved ${formatDateTime(v.savedAt)}` : ''}
                {v.editedBy ? ` by ${v.editedBy.name}` : ''}
                {' · '}
                {signatureLines(v, names).join('; ') || 'never signed'}
              </summary>
              <AgreementText version={v} />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The tandem's agreement: drafted together, signed by both, changed only by signing again. */
export function AgreementPanel({
  tandemId,
  readOnly,
  onChanged,
}: {
  tandemId: string;
  readOnly: boolean;
  /** Saving changes the goals too; the goals panel reloads. */
  onChanged: () => void;
}) {
  const loaded = useResource(`agreement-${tandemId}`, (signal) => getAgreement(tandemId, signal));
  const [replaced, setReplaced] = useState<Agreement | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  const reloadFromServer = () => {
    setReplaced(null);
    setEditing(false);
    loaded.reload();
    onChanged();
  };

  const show = (next: Agreement, text: string) => {
    setReplaced(next);
    setEditing(false);
    setMessage({ kind: 'success', text });
    onChanged();
  };

  return (
    <section className="panel agreement-panel" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Our agreement</h2>
      <Loaded resource={loaded} loading="Loading the agreement…">
        {(fromServer) => {
          const agreement = replaced ?? fromServer;
          const viewerSigned =
            agreement.viewerSide === 'mentee'
              ? agreement.current.menteeSignedAt
              : agreement.current.mentorSignedAt;

          const sign = async () => {
            setBusy(true);
            setMessage(null);
            try {
              const next = await signAgreement(tandemId, {
                version: agreement.current.version,
                savedAt: agreement.current.savedAt ?? '',
              });
              show(
                next,
                next.status === 'signed' ? 'Signed. The agreement is now signed by both of you.' : 'Signed.',
              );
            } catch (error) {
              setMessage({ kind: 'error', text: errorMessage(error) });
              // Someone changed it meanwhile: show what is there now.
              if (error instanceof ApiError && error.status === 409) reloadFromServer();
            } finally {
              setBusy(false);
            }
          };

          if (agreement.status === 'not_saved') {
            return readOnly ? (
              <p className="empty">This tandem never saved an agreement.</p>
            ) : (
              <>
                <p>
                  Write down together what you want to achieve this year, how often you meet and what stays
                  between you. Either of you can start; both of you sign when you agree.
                </p>
                <div role="status">
                  {message ? <p className={`notice notice--${message.kind}`}>{message.text}</p> : null}
                </div>
                <AgreementForm
                  agreement={agreement}
                  onSaved={(next) => show(next, 'Saved. Now both of you sign it.')}
                  onStale={reloadFromServer}
                />
              </>
            );
          }

          return (
            <>
              <Signatures agreement={agreement} />
              {agreement.viewerMustSignAgain && !readOnly ? (
                <p className="notice notice--info">
                  The agreement changed since you signed it. Read it again and sign again if you agree.
                </p>
              ) : null}
              <div role="status">
                {message && message.kind === 'success' ? (
                  <p className="notice notice--success">{message.text}</p>
                ) : null}
              </div>
              {message && message.kind === 'error' ? (
                <p role="alert" className="notice notice--error">
                  {message.text}
                </p>
              ) : null}
              {editing ? (
                <AgreementForm
                  agreement={agreement}
                  onSaved={(next) =>
                    show(
                      next,
                      next.status === 'signed' ? 'Nothing changed.' : 'Saved. Now both of you sign it.',
                    )
                  }
                  onCancel={() => setEditing(false)}
                  onStale={reloadFromServer}
                />
              ) : (
                <>
                  <p className="muted">
                    Version {agreement.current.version}
                    {agreement.current.savedAt ? `, saved ${formatDateTime(agreement.current.savedAt)}` : ''}
                    {agreement.current.editedBy ? ` by ${agreement.current.editedBy.name}` : ''}
                  </p>
                  <AgreementText version={agreement.current} />
                  {readOnly ? null : (
                    <div className="button-row">
                      {viewerSigned ? null : (
                        <button type="button" className="button" disabled={busy} onClick={() => void sign()}>
                          {busy ? 'Signing…' : 'Sign the agreement'}
                        </button>
                      )}
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => {
                          setMessage(null);
                          setEditing(true);
                        }}
                      >
                        Change the agreement
                      </button>
                    </div>
                  )}
                </>
              )}
              <History agreement={agreement} />
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
