import { type FormEvent, useEffect, useId, useState } from 'react';
import { outboxStates } from '../../../../shared/contract/outbox.ts';
import { SelectField } from '../../../lib/ui/fields.tsx';
import { deliveryLabel } from './outbox-message.tsx';

export type OutboxFilterValues = { kind: string; state: string; q: string };

type Props = {
  values: OutboxFilterValues;
  /** Every kind the outbox holds, as the server listed them. */
  kinds: readonly string[];
  onFilter: (changes: Partial<OutboxFilterValues>) => void;
  /** Offers "Clear filters" while any filter is set. */
  onClear: (() => void) | null;
};

const stateOptions = outboxStates.map((s) => ({ value: s, label: deliveryLabel[s] }));

/** Kind and delivery state filter at once; the recipient search runs when submitted (Enter or the button). */
export function OutboxFilters({ values, kinds, onFilter, onClear }: Props) {
  const searchId = useId();
  const [searchText, setSearchText] = useState(values.q);
  // Back, forward and "Clear filters" change the search in the address: the box follows.
  useEffect(() => setSearchText(values.q), [values.q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onFilter({ q: searchText.trim() });
  };
  return (
    <search className="filters" aria-label="Filter the outbox">
      <form onSubmit={submit} className="filters__search">
        <div className="field">
          <label htmlFor={searchId}>Recipient</label>
          <p className="field__hint" id={`${searchId}-hint`}>
            Part of the address or name
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
          Search
        </button>
      </form>
      <SelectField
        name="kind"
        label="Kind"
        emptyLabel="All kinds"
        options={kinds.map((k) => ({ value: k, label: k }))}
        value={values.kind}
        onChange={(kind) => onFilter({ kind })}
      />
      <SelectField
        name="state"
        label="Delivery"
        emptyLabel="Any delivery state"
        options={stateOptions}
        value={values.state}
        onChange={(state) => onFilter({ state })}
      />
      {onClear ? (
        <button type="button" className="button button--secondary" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
