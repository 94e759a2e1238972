import { type FormEvent, useState } from 'react';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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
  const t = useMessages(matchingMessages);
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
      onProblem(t('assignChooseBoth'));
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
      onProblem(t('assignRefused', { rules: preview.hardRuleBreaks.join('; ') }));
      return;
    }
    if (preview.ruleBreaks.length && !accept) {
      onProblem(t('assignBreaksRule'));
      return;
    }
    const ok = await run(
      { type: 'assign', menteeId, mentorId, acceptRuleBreaks: preview.ruleBreaks.length > 0 && accept },
      t('assignedDone', { mentee: nameIn(mentees, menteeId), mentor: nameIn(mentors, mentorId) }),
    );
    if (ok) changePair({ mentorId: '' });
  };

  return (
    <form className="form" onSubmit={(e) => void assign(e)} noValidate>
      <div className="field-pair">
        <SelectField
          name="menteeId"
          label={t('mentee')}
          emptyLabel={t('chooseMentee')}
          options={mentees}
          value={menteeId}
          onChange={(v) => changePair({ menteeId: v })}
        />
        <SelectField
          name="mentorId"
          label={t('mentor')}
          emptyLabel={t('chooseMentor')}
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
          {checking.busy ? t('checking') : t('checkPair')}
        </button>
      </div>
      {preview ? <PairPreviewNotice preview={preview} /> : null}
      {preview && !preview.hardRuleBreaks.length && softRuleBreaks(preview).length ? (
        <CheckboxField
          name="acceptRuleBreaks"
          label={t('acceptPair')}
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
          {t('assignMentor')}
        </button>
      </div>
    </form>
  );
}
