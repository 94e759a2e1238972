import { type FormEvent, useMemo, useState } from 'react';
import type { z } from 'zod';
import {
  criterionLabels,
  type Draft,
  type DraftAction,
  type pairPreviewSchema,
} from '../../../../shared/contract/matching.ts';
import { CheckboxField, SelectField } from '../../../lib/ui/fields.tsx';
import { previewPair } from '../api/matching.ts';
import { formatScore } from './draft-labels.ts';

type Preview = z.infer<typeof pairPreviewSchema>;

type HandAssignProps = {
  cycleId: string;
  draft: Draft;
  initialMenteeId: string;
  busy: boolean;
  run: (action: DraftAction, done: string) => Promise<boolean>;
  onError: (error: unknown) => void;
};

/**
 * Hand-assigning shows the pair's score and any broken rule first; a pair that breaks a rule is only
 * assigned after the coordinator ticks that they accept it.
 */
export function HandAssign({ cycleId, draft, initialMenteeId, busy, run, onError }: HandAssignProps) {
  const [menteeId, setMenteeId] = useState(initialMenteeId);
  const [mentorId, setMentorId] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [checking, setChecking] = useState(false);
  const [accept, setAccept] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [swapA, setSwapA] = useState('');
  const [swapB, setSwapB] = useState('');

  const mentees = useMemo(
    () =>
      [
        ...draft.proposals.map((p) => ({
          value: p.menteeId,
          label: `${p.menteeName} (${p.menteeOrganisationName}), now with ${p.mentorName}`,
        })),
        ...draft.unmatched.map((u) => ({
          value: u.menteeId,
          label: `${u.name} (${u.organisationName}), unmatched`,
        })),
      ].sort((a, b) => a.label.localeCompare(b.label)),
    [draft.proposals, draft.unmatched],
  );
  const mentors = useMemo(
    () =>
      draft.mentors
        .map((m) => ({
          value: m.mentorId,
          label: `${m.name} (${m.organisationName}), ${m.used} of ${m.capacity} used`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [draft.mentors],
  );
  const proposed = useMemo(
    () =>
      draft.proposals
        .map((p) => ({ value: p.menteeId, label: `${p.menteeName} with ${p.mentorName}` }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [draft.proposals],
  );
  const nameOf = (id: string, list: { value: string; label: string }[]) =>
    list.find((o) => o.value === id)?.label.split(' (')[0] ?? '';

  const changePair = (next: { menteeId?: string; mentorId?: string }) => {
    if (next.menteeId !== undefined) setMenteeId(next.menteeId);
    if (next.mentorId !== undefined) setMentorId(next.mentorId);
    setPreview(null);
    setAccept(false);
    setProblem(null);
  };

  const check = async () => {
    if (!menteeId || !mentorId) {
      setProblem('Choose a mentee and a mentor first.');
      return;
    }
    setChecking(true);
    setProblem(null);
    try {
      setPreview(await previewPair(cycleId, menteeId, mentorId));
    } catch (error) {
      onError(error);
    } finally {
      setChecking(false);
    }
  };

  const assign = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview) {
      await check();
      return;
    }
    if (preview.ruleBreaks.length && !accept) {
      setProblem(
        'This pair breaks a rule. Tick the box to confirm you accept that, or choose another mentor.',
      );
      return;
    }
    const ok = await run(
      { type: 'assign', menteeId, mentorId, acceptRuleBreaks: preview.ruleBreaks.length > 0 && accept },
      `${nameOf(menteeId, mentees)} is assigned to ${nameOf(mentorId, mentors)}.`,
    );
    if (ok) changePair({ mentorId: '' });
  };

  const swap = async (event: FormEvent) => {
    event.preventDefault();
    if (!swapA || !swapB || swapA === swapB) {
      setProblem('Choose two different mentees to swap their mentors.');
      return;
    }
    const ok = await run(
      { type: 'swap', menteeA: swapA, menteeB: swapB },
      `${nameOf(swapA, mentees)} and ${nameOf(swapB, mentees)} swapped mentors.`,
    );
    if (ok) {
      setSwapA('');
      setSwapB('');
    }
  };

  return (
    <div className="hand-assign">
      <form className="form" onSubmit={(e) => void assign(e)} noValidate>
        <div className="field-pair">
          <SelectField
            name="menteeId"
            label="Mentee"
            emptyLabel="Choose a mentee…"
            options={mentees}
            value={menteeId}
            onChange={(v) => changePair({ menteeId: v })}
          />
          <SelectField
            name="mentorId"
            label="Mentor"
            emptyLabel="Choose a mentor…"
            options={mentors}
            value={mentorId}
            onChange={(v) => changePair({ mentorId: v })}
          />
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={checking}
            onClick={() => void check()}
          >
            {checking ? 'Checking…' : 'Check this pair'}
          </button>
        </div>
        {preview ? (
          <div className="pair-preview" role="status">
            <p>
              <strong>Score {formatScore(preview.score)}</strong>
              {preview.contributions.length
                ? ` (${preview.contributions.map((c) => `${criterionLabels[c.criterion]} ${formatScore(c.points)}`).join(', ')})`
                : ''}
            </p>
            {preview.reasons.length ? <p>{preview.reasons.join(' · ')}</p> : null}
            {preview.ruleBreaks.length ? (
              <div className="notice notice--error">
                <p>This pair breaks {preview.ruleBreaks.length === 1 ? 'a rule' : 'rules'}:</p>
                <ul>
                  {preview.ruleBreaks.map((r) => (
                    <li key={r}>{r}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p>This pair keeps every rule.</p>
            )}
          </div>
        ) : null}
        {preview?.ruleBreaks.length ? (
          <CheckboxField
            name="acceptRuleBreaks"
            label="I accept that this pair breaks the rules above"
            checked={accept}
            onChange={setAccept}
          />
        ) : null}
        {problem ? (
          <p role="alert" className="field__error">
            {problem}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={busy || checking}>
            Assign this mentor
          </button>
        </div>
      </form>

      <form className="form" onSubmit={(e) => void swap(e)} noValidate>
        <h4>Swap mentors between two mentees</h4>
        <div className="field-pair">
          <SelectField
            name="menteeA"
            label="First mentee"
            emptyLabel="Choose…"
            options={proposed}
            value={swapA}
            onChange={setSwapA}
          />
          <SelectField
            name="menteeB"
            label="Second mentee"
            emptyLabel="Choose…"
            options={proposed}
            value={swapB}
            onChange={setSwapB}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={busy}>
            Swap mentors
          </button>
        </div>
      </form>
    </div>
  );
}
