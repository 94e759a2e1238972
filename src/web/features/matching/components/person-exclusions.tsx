import { useState } from 'react';
import type { Rules } from '../../../../shared/contract/matching.ts';
import { matchingRulesMessages } from '../../../../shared/i18n/matching-rules.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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
  const t = useMessages(matchingRulesMessages);
  const [menteeId, setMenteeId] = useState('');
  const [mentorId, setMentorId] = useState('');
  const [reason, setReason] = useState('');

  const add = () => {
    if (!menteeId || !mentorId) return onProblem(t('chooseMenteeAndMentor'));
    onProblem(null);
    onChange((p) => [...p, { menteeId, mentorId, reason: reason.trim() }]);
    setMenteeId('');
    setMentorId('');
    setReason('');
  };

  return (
    <fieldset className="form-section">
      <legend>{t('peopleLegend')}</legend>
      <p className="field__hint">{t('peopleHint')}</p>
      <RemovablePairs
        pairs={pairs}
        keyOf={(p) => `${p.menteeId}-${p.mentorId}`}
        labelOf={(p) => t('pair', { first: name(p.menteeId), second: name(p.mentorId) })}
        detailOf={(p) => (p.reason ? t('withReason', { reason: p.reason }) : '')}
        onRemove={(i) => onChange((all) => all.filter((_, j) => j !== i))}
      />
      {error ? <p className="field__error">{error}</p> : null}
      <div className="field-pair">
        <SelectField
          name="menteeId"
          label={t('mentee')}
          emptyLabel={t('choose')}
          options={mentees}
          value={menteeId}
          onChange={setMenteeId}
        />
        <SelectField
          name="mentorId"
          label={t('mentor')}
          emptyLabel={t('choose')}
          options={mentors}
          value={mentorId}
          onChange={setMentorId}
        />
      </div>
      <TextField name="reason" label={t('reason')} value={reason} onChange={setReason} maxLength={200} />
      <button type="button" className="button button--secondary" onClick={add}>
        {t('addPersonExclusion')}
      </button>
    </fieldset>
  );
}
