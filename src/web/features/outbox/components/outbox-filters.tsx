import { type FormEvent, useEffect, useId, useState } from 'react';
import { outboxStates } from '../../../../shared/contract/outbox.ts';
import { outboxMessages } from '../../../../shared/i18n/outbox.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { deliveryKeys } from './outbox-message.tsx';

export type OutboxFilterValues = { kind: string; state: string; q: string };

type Props = {
  values: OutboxFilterValues;
  /** Every kind the outbox holds, as the server listed them. */
  kinds: readonly string[];
  onFilter: (changes: Partial<OutboxFilterValues>) => void;
  /** Offers "Clear filters" while any filter is set. */
  onClear: (() => void) | null;
};

/** Kind and delivery state filter at once; the recipient search runs when submitted (Enter or the button). */
export function OutboxFilters({ values, kinds, onFilter, onClear }: Props) {
  const t = useMessages(outboxMessages);
  const stateOptions = outboxStates.map((s) => ({ value: s, label: t(deliveryKeys[s]) }));
  const searchId = useId();
  const [searchText, setSearchText] = useState(values.q);
  // Back, forward and "Clear filters" change the search in the address: the box follows.
  useEffect(() => setSearchText(values.q), [values.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFilter({ q: searchText.trim() });
  };
  return (
    <search className="filters" aria-label={t('filterLabel')}>
      <form onSubmit={submit} className="filters__search">
        <div className="field">
          <label htmlFor={searchId}>{t('recipient')}</label>
          <p className="field__hint" id={`${searchId}-hint`}>
            {t('recipientHint')}
          </p>
          <input
            id={searchId}
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            aria-describedby={`${searchId}-hint`}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('search')}
        </button>
      </form>
      <SelectField
        name="kind"
        label={t('kind')}
        emptyLabel={t('allKinds')}
        options={kinds.map((k) => ({ value: k, label: k }))}
        value={values.kind}
        onChange={(kind) => onFilter({ kind })}
      />
      <SelectField
        name="state"
        label={t('delivery')}
        emptyLabel={t('anyDelivery')}
        options={stateOptions}
        value={values.state}
        onChange={(state) => onFilter({ state })}
      />
      {onClear ? (
        <button type="button" className="button button--secondary" onClick={onClear}>
          {t('clearFilters')}
        </button>
      ) : null}
    </search>
  );
}
