import { useState } from 'react';
import type { Rules } from '../../../../shared/contract/matching.ts';
import { matchingRulesMessages } from '../../../../shared/i18n/matching-rules.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { RemovablePairs } from './removable-pairs.tsx';

type OrganisationPair = Rules['organisationExclusions'][number];

const pairKey = (p: OrganisationPair) => `${p.organisationA}-${p.organisationB}`;

type Props = {
  /** From the organisations' own settings; shown, not changed here. */
  competitorPairs: readonly OrganisationPair[];
  pairs: readonly OrganisationPair[];
  onChange: (change: (pairs: OrganisationPair[]) => OrganisationPair[]) => void;
  organisations: readonly Option[];
  name: (id: string) => string;
  error?: string;
  onProblem: (problem: string | null) => void;
};

/** Pairs of organisations whose people are never matched: competitors, and any added for this cycle. */
export function OrganisationExclusions(props: Props) {
  const { competitorPairs, pairs, onChange, organisations, name, error, onProblem } = props;
  const t = useMessages(matchingRulesMessages);
  const [orgA, setOrgA] = useState('');
  const [orgB, setOrgB] = useState('');

  const add = () => {
    if (!orgA || !orgB || orgA === orgB) return onProblem(t('chooseTwoOrganisations'));
    onProblem(null);
    onChange((p) => [...p, { organisationA: orgA, organisationB: orgB }]);
    setOrgA('');
    setOrgB('');
  };

  return (
    <fieldset className="form-section">
      <legend>{t('organisationsLegend')}</legend>
      <p className="field__hint">{t('competitors')}</p>
      <ul>
        {competitorPairs.length ? (
          competitorPairs.map((p) => (
            <li key={pairKey(p)}>
              {t('pair', { first: name(p.organisationA), second: name(p.organisationB) })}
            </li>
          ))
        ) : (
          <li>{t('none')}</li>
        )}
      </ul>
      <p className="field__hint">{t('addedForCycle')}</p>
      <RemovablePairs
        pairs={pairs}
        keyOf={pairKey}
        labelOf={(p) => t('pair', { first: name(p.organisationA), second: name(p.organisationB) })}
        onRemove={(i) => onChange((all) => all.filter((_, j) => j !== i))}
      />
      {error ? <p className="field__error">{error}</p> : null}
      <div className="field-pair">
        <SelectField
          name="orgA"
          label={t('organisation')}
          emptyLabel={t('choose')}
          options={organisations}
          value={orgA}
          onChange={setOrgA}
        />
        <SelectField
          name="orgB"
          label={t('neverWith')}
          emptyLabel={t('choose')}
          options={organisations}
          value={orgB}
          onChange={setOrgB}
        />
      </div>
      <button type="button" className="button button--secondary" onClick={add}>
        {t('addOrganisationExclusion')}
      </button>
    </fieldset>
  );
}
