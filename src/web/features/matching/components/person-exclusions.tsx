import { useState } from 'react';
import type { Rules } from '../../../../shared/contract/matching.ts';
import { type Option, SelectField, TextField } from '../../../lib/ui/fields.tsx';
import { RemovablePairs } from './removable-pairs.tsx';

type PersonPair = Rules['personExclusions'][number];

type Props = {
  pairs: readonly PersonPair[];
  onChange: (change: (pairs: PersonPair[]) => PersonPair[]) => void;
  mentees: readonly Option[];
  mentors: readonly Option[];
  name: (id: string) => string;
  error?: string;
  onProblem: (problem: string | null) => void;
};

/** A mentee and a mentor who are never matched, with the reason. */
export function PersonExclusions({ pairs, onChange, mentees, mentors, name, error, onProblem }: Props) {
  const [menteeId, setMenteeId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [reason, setReason] = useState('');

  const add = () => {
    if (!menteeId || !mentorId) return onProblem('Choose a mentee and a mentor.');
    onProblem(null);
    onChange((p) => [...p, { menteeId, mentorId, reason: reason.trim() }]);
    setMenteeId('');
    setMentorId('');
    setReason('');
  };

  return (
    <fieldset className="form-section">
      <legend>People who are never paired</legend>
      <p className="field__hint">
        For example a reporting line across organisations, or a known conflict. Dissolving a tandem adds its
        pair here, with the reason; remove it only if the two should be paired again.
      </p>
      <RemovablePairs
        pairs={pairs}
        keyOf={(p) => `${p.menteeId}-${p.mentorId}`}
        labelOf={(p) => `${name(p.menteeId)} and ${name(p.mentorId)}`}
        detailOf={(p) => (p.reason ? ` (${p.reason})` : '')}
        onRemove={(i) => onChange((all) => all.filter((_, j) => j !== i))}
      />
      {error ? <p className="field__error">{error}</p> : null}
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
      <button type="button" className="button button--secondary" onClick={add}>
        Add person exclusion
      </button>
    </fieldset>
  );
}
