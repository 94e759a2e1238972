import { type FormEvent, useState } from 'react';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { nameIn } from './hand-assign-options.ts';
import type { RunDraftAction } from './use-draft-action.ts';

type Props = {
  /** Mentees with a proposed mentor, to pick the two from. */
  proposed: readonly Option[];
  /** Every mentee, labelled with the name the success message uses. */
  mentees: readonly Option[];
  busy: boolean;
  run: RunDraftAction;
  onProblem: (problem: string) => void;
};

/** Two proposed mentees exchange their mentors. */
export function SwapMentorsForm({ proposed, mentees, busy, run, onProblem }: Props) {
  const [swapA, setSwapA] = useState('');
  const [swapB, setSwapB] = useState('');

  const swap = async (event: FormEvent) => {
    event.preventDefault();
    if (!swapA || !swapB || swapA === swapB) {
      onProblem('Choose two different mentees to swap their mentors.');
      return;
    }
    const ok = await run(
      { type: 'swap', menteeA: swapA, menteeB: swapB },
      `${nameIn(mentees, swapA)} and ${nameIn(mentees, swapB)} swapped mentors.`,
    );
    if (ok) {
      setSwapA('');
      setSwapB('');
    }
  };

  return (
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
  );
}
