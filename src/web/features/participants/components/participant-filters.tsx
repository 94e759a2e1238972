import { useId } from 'react';
import { participantRoles } from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { participantRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
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
  const t = useMessages(participantsMessages);
  const { values, onFilter, onClear } = props;
  const searchId = useId();
  return (
    <search className="filters" aria-label={t('filterLabel')}>
      <div className="field">
        <label htmlFor={searchId}>{t('search')}</label>
        <p className="field__hint" id={`${searchId}-hint`}>
          {t('searchHint')}
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
          label={t('organisation')}
          emptyLabel={t('allOrganisations')}
          options={props.organisations}
          value={values.organisationId}
          onChange={onFilter('organisationId')}
        />
      )}
      <SelectField
        name="role"
        label={t('role')}
        emptyLabel={t('allRoles')}
        options={roleOptions()}
        value={values.role}
        onChange={onFilter('role')}
      />
      <SelectField
        name="cycleId"
        label={t('cycle')}
        emptyLabel={t('allCycles')}
        options={props.cycles}
        value={values.cycleId}
        onChange={onFilter('cycleId')}
      />
      {onClear ? (
        <button type="button" className="button button--secondary filters__clear" onClick={onClear}>
          {t('clearFilters')}
        </button>
      ) : null}
    </search>
  );
}
