import { useId } from 'react';
import { participantRoles } from '../../../../shared/contract/participants.ts';
import { participantRoleLabel } from '../../../lib/format.ts';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';

const roleOptions = () => participantRoles.map((r) => ({ value: r, label: participantRoleLabel(r) }));

export type ParticipantFilterValues = { organisationId: string; role: string; cycleId: string };

type Props = {
  searchText: string;
  onSearchText: (text: string) => void;
  /** Enter in the search box: search at once instead of waiting for the pause. */
  onSearchNow: () => void;
  values: ParticipantFilterValues;
  onFilter: (key: keyof ParticipantFilterValues) => (value: string) => void;
  organisations: readonly Option[];
  cycles: readonly Option[];
  /** The organisation filter is fixed and hidden (an organisation contact's own). */
  organisationFixed: boolean;
  /** Offers "Clear filters" while any filter is set. */
  onClear: (() => void) | null;
};

/** Search and filters of the participants list. */
export function ParticipantFilters(props: Props) {
  const { values, onFilter, onClear } = props;
  const searchId = useId();
  return (
    <search className="filters" aria-label="Filter participants">
      <div className="field">
        <label htmlFor={searchId}>Search</label>
        <p className="field__hint" id={`${searchId}-hint`}>
          Name, email or job title
        </p>
        <input
          id={searchId}
          type="search"
          value={props.searchText}
          onChange={(e) => props.onSearchText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') props.onSearchNow();
          }}
          aria-describedby={`${searchId}-hint`}
        />
      </div>
      {props.organisationFixed ? null : (
        <SelectField
          name="organisationId"
          label="Organisation"
          emptyLabel="All organisations"
          options={props.organisations}
          value={values.organisationId}
          onChange={onFilter('organisationId')}
        />
      )}
      <SelectField
        name="role"
        label="Role"
        emptyLabel="Mentors and mentees"
        options={roleOptions()}
        value={values.role}
        onChange={onFilter('role')}
      />
      <SelectField
        name="cycleId"
        label="Cycle"
        emptyLabel="All cycles"
        options={props.cycles}
        value={values.cycleId}
        onChange={onFilter('cycleId')}
      />
      {onClear ? (
        <button type="button" className="button button--secondary filters__clear" onClick={onClear}>
          Clear filters
        </button>
      ) : null}
    </search>
  );
}
