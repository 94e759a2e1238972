import { type FormEvent, useState } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { CheckboxField, type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { previewPair } from '../api/matching.ts';
import { nameIn } from './hand-assign-options.ts';
import { type PairPreview, PairPreviewNotice } from './pair-preview.tsx';
import type { RunDraftAction } from './use-draft-action.ts';

type Props = {
  cycleId: string;
  /** The draft's proposals: who has which mentor now. */
  proposals: Draft['proposals'];
  /** Mentees with a proposed mentor, to pick the two from, labelled with both organisations. */
  proposed: readonly Option[];
  /** Every mentee, labelled with the name the success message uses. */
  mentees: readonly Option[];
  busy: boolean;
  run: RunDraftAction;
  onError: (error: unknown) => void;
  onProblem: (problem: string) => void;
};

type SwapPreview = { pair: string; preview: PairPreview }[];

/**
 * Two proposed mentees exchange their mentors. Like hand-assigning, the two pairs it makes are
 * checked first: a hard rule (same or excluded organisations) refuses the swap, other rule breaks
 * need the coordinator's explicit acceptance.
 */
export function SwapMentorsForm({
  cycleId,
  proposals,
  proposed,
  mentees,
  busy,
  run,
  onError,
  onProblem,
}: Props) {
  const t = useMessages(matchingMessages);
  const [swapA, setSwapA] = useState('');
  const [swapB, setSwapB] = useState('');
  const [previews, setPreviews] = useState<SwapPreview | null>(null);
  const [accept, setAccept] = useState(false);
  const checking = useAction(
    async (menteeA: string, menteeB: string) => {
      const a = proposals.find((p) => p.menteeId === menteeA)!;
      const b = proposals.find((p) => p.menteeId === menteeB)!;
      // Each mentor leaves the other mentee's place, so that place counts as free.
      const [forA, forB] = await Promise.all([
        previewPair(cycleId, a.menteeId, b.mentorId, b.menteeId),
        previewPair(cycleId, b.menteeId, a.mentorId, a.menteeId),
      ]);
      setPreviews([
        { pair: t('swapPair', { mentee: a.menteeName, mentor: b.mentorName }), preview: forA },
        { pair: t('swapPair', { mentee: b.menteeName, mentor: a.mentorName }), preview: forB },
      ]);
    },
    { onError },
  );

  const changePair = (next: { a?: string; b?: string }) => {
    if (next.a !== undefined) setSwapA(next.a);
    if (next.b !== undefined) setSwapB(next.b);
    setPreviews(null);
    setAccept(false);
  };

  const check = async () => {
    if (!swapA || !swapB || swapA === swapB) {
      onProblem(t('swapChooseTwo'));
      return;
    }
    await checking.run(swapA, swapB);
  };

  const hard = previews?.filter((p) => p.preview.hardRuleBreaks.length) ?? [];
  const breaksRules = previews?.some((p) => p.preview.ruleBreaks.length) ?? false;

  const swap = async (event: FormEvent) => {
    event.preventDefault();
    if (!previews) {
      await check();
      return;
    }
    if (hard.length) {
      onProblem(
        t('swapRefused', {
          problems: hard.map((p) => `${p.pair}: ${p.preview.hardRuleBreaks.join(', ')}`).join('; '),
        }),
      );
      return;
    }
    if (breaksRules && !accept) {
      onProblem(t('swapBreaksRule'));
      return;
    }
    const ok = await run(
      { type: 'swap', menteeA: swapA, menteeB: swapB, acceptRuleBreaks: breaksRules && accept },
      t('swappedDone', { menteeA: nameIn(mentees, swapA), menteeB: nameIn(mentees, swapB) }),
    );
    if (ok) changePair({ a: '', b: '' });
  };

  return (
    <form className="form" onSubmit={(e) => void swap(e)} noValidate>
      <h4>{t('swapHeading')}</h4>
      <div className="field-pair">
        <SelectField
          name="menteeA"
          label={t('swapFirst')}
          emptyLabel={t('choose')}
          options={proposed}
          value={swapA}
          onChange={(v) => changePair({ a: v })}
        />
        <SelectField
          name="menteeB"
          label={t('swapSecond')}
          emptyLabel={t('choose')}
          options={proposed}
          value={swapB}
          onChange={(v) => changePair({ b: v })}
        />
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={checking.busy}
          onClick={() => void check()}
        >
          {checking.busy ? t('checking') : t('checkSwap')}
        </button>
      </div>
      {previews?.map((p) => (
        <PairPreviewNotice key={p.pair} pair={p.pair} preview={p.preview} />
      ))}
      {previews && !hard.length && breaksRules ? (
        <CheckboxField
          name="acceptSwapRuleBreaks"
          label={t('acceptSwap')}
          checked={accept}
          onChange={setAccept}
        />
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={busy || checking.busy}>
          {t('swapMentors')}
        </button>
      </div>
    </form>
  );
}
