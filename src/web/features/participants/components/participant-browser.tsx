import { useCallback } from 'react';
import { participantRoles } from '../../../../shared/contract/participants.ts';
import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link, useSearchParams } from '../../../lib/router.tsx';
import type { Option } from '../../../lib/ui/fields.tsx';
import { Empty, LoadError } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { listParticipants } from '../api/participants.ts';
import { CsvExport } from './csv-export.tsx';
import { ParticipantFilters } from './participant-filters.tsx';
import { PAGE_SIZE, ParticipantPagination, participantCountText } from './participant-pagination.tsx';
import { ParticipantTable } from './participant-table.tsx';
import { useSearchText } from './use-search-text.ts';

type Props = {
  organisations: readonly Option[];
  cycles: readonly Option[];
  /** An organisation contact only ever sees their own organisation; the filter is fixed and hidden. */
  fixedOrganisationId?: string;
};

/**
 * The participants table. Filters live in the URL (`?q=&organisationId=&role=&cycleId=&page=`), so
 * Back, reload and a copied link show the same list.
 */
export function ParticipantBrowser({ organisations, cycles, fixedOrganisationId }: Props) {
  const t = useMessages(participantsMessages);
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const organisationId = fixedOrganisationId ?? params.get('organisationId') ?? '';
  const role = params.get('role') ?? '';
  const cycleId = params.get('cycleId') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);
  // Replace keeps Back useful while typing.
  const writeQ = useCallback(
    (text: string) => setParams({ q: text, page: undefined }, { replace: true }),
    [setParams],
  );
  const { searchText, setSearchText, searchNow } = useSearchText(q, writeQ);

  const query = {
    q: q || undefined,
    organisationId: organisationId || undefined,
    role: participantRoles.find((r) => r === role),
    cycleId: cycleId || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  } as const;
  const result = useResource(JSON.stringify(query), (signal) => listParticipants(query, signal));
  const filtered = Boolean(q || role || cycleId || (!fixedOrganisationId && organisationId));

  const clear = () => {
    setSearchText('');
    setParams({
      q: undefined,
      organisationId: undefined,
      role: undefined,
      cycleId: undefined,
      page: undefined,
    });
  };

  return (
    <div className="participant-browser">
      <ParticipantFilters
        searchText={searchText}
        onSearchText={setSearchText}
        onSearchNow={() => searchNow(searchText)}
        values={{ organisationId, role, cycleId }}
        onFilter={(key) => (value) => setParams({ [key]: value, page: undefined })}
        organisations={organisations}
        cycles={cycles}
        organisationFixed={Boolean(fixedOrganisationId)}
        onClear={filtered ? clear : null}
      />

      <div className="list-toolbar">
        <p role="status" className="list-toolbar__count">
          {result.status === 'loading'
            ? t('loadingParticipants')
            : result.data
              ? participantCountText(t, result.data.total, page, result.data.participants.length)
              : ''}
        </p>
        {/* Nothing to export from an empty list. */}
        {result.data && result.data.total > 0 ? (
          <CsvExport
            filter={{ cycleId: cycleId || undefined, organisationId: organisationId || undefined }}
          />
        ) : null}
      </div>

      {result.status === 'error' ? <LoadError error={result.error} onRetry={result.reload} /> : null}
      {result.data && result.data.participants.length === 0 ? (
        <Empty>
          {filtered ? (
            <p>{t('noMatch')}</p>
          ) : (
            <p>
              {t.rich('emptyNone', {
                add: (chunks) => <Link to="/participants/new">{chunks}</Link>,
                import: (chunks) => <Link to="/participants/import">{chunks}</Link>,
              })}
            </p>
          )}
        </Empty>
      ) : null}
      {result.data && result.data.participants.length > 0 ? (
        <ParticipantTable participants={result.data.participants} loading={result.status === 'loading'} />
      ) : null}

      {result.data && result.data.total > PAGE_SIZE ? (
        <ParticipantPagination
          page={page}
          total={result.data.total}
          onPage={(next) => setParams({ page: next > 1 ? String(next) : undefined })}
        />
      ) : null}
    </div>
  );
}
