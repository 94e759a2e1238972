import { type FormEvent, useState } from 'react';
import { CheckboxField, type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { previewPair } from '../api/matching.ts';
import { nameIn } from './hand-assign-options.ts';
import { type PairPreview, PairPreviewNotice, softRuleBreaks } from './pair-preview.tsx';
import type { RunDraftAction } from './use-draft-action.ts';

type Props = {
  cycleId: string;
  mentees: readonly Option[];
  mentors: readonly Option[];
  initialMenteeId: string;
  busy: boolean;
  run: RunDraftAction;
  onError: (error: unknown) => void;
  /** What stops the hand-assignment forms, shown in this one. */
  problem: string | null;
  onProblem: (problem: string | null) => void;
};

/**
 * Hand-assigning shows the pair's score and any broken rule first; a pair that breaks a soft rule is
 * only assigned after the coordinator ticks that they accept it, one that breaks a hard rule never.
 */
export function AssignPairForm(props: Props) {
  const { cycleId, mentees, mentors, busy, run, problem, onProblem } = props;
  const [menteeId, setMenteeId] = useState(props.initialMenteeId);
  const [mentorId, setMentorId] = useState('');
  const [preview, setPreview] = useState<PairPreview | null>(null);
  const [accept, setAccept] = useState(false);
  const checking = useAction(
    async (mentee: string, mentor: string) => setPreview(await previewPair(cycleId, mentee, mentor)),
    { onError: props.onError },
  );

  const changePair = (next: { menteeId?: string; mentorId?: string }) => {
    if (next.menteeId !== undefined) setMenteeId(next.menteeId);
    if (next.mentorId !== undefined) setMentorId(next.mentorId);
    setPreview(null);
    setAccept(false);
    onProblem(null);
  };

  const check = async () => {
    if (!menteeId || !mentorId) {
      onProblem('Choose a mentee and a mentor first.');
      return;
    }
    onProblem(null);
    await checking.run(menteeId, mentorId);
  };

  const assign = async (event: FormEvent) => {
    event.preventDefault();
    if (!preview) {
      await check();
      return;
    }
    if (preview.hardRuleBreaks.length) {
      onProblem(
        `This pair cannot be assigned: ${preview.hardRuleBreaks.join('; ')}. Choose a mentor of another organisation.`,
      );
      return;
    }
    if (preview.ruleBreaks.length && !accept) {
      onProblem(
        'This pair breaks a rule. Tick the box to confirm you accept that, or choose another mentor.',
      );
      return;
    }
    const ok = await run(
      { type: 'assign', menteeId, mentorId, acceptRuleBreaks: preview.ruleBreaks.length > 0 && accept },
      `${nameIn(mentees, menteeId)} is assigned to ${nameIn(mentors, mentorId)}.`,
    );
    if (ok) changePair({ mentorId: '' });
  };

  return (
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
          disabled={checking.busy}
          onClick={() => void check()}
        >
          {checking.busy ? 'Checking…' : 'Check this pair'}
        </button>
      </div>
      {preview ? <PairPreviewNotice preview={preview} /> : null}
      {preview && !preview.hardRuleBreaks.length && softRuleBreaks(preview).length ? (
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
        <button type="submit" className="button" disabled={busy || checking.busy}>
          Assign this mentor
        </button>
      </div>
    </form>
  );
}
