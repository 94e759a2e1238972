import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { participantRoles } from '../../../../shared/contract/participants.ts';
import { participantRoleLabels, plural } from '../../../lib/format.ts';
import { Link, useSearchParams } from '../../../lib/router.tsx';
import { type Option, SelectField } from '../../../lib/ui/fields.tsx';
import { Empty, LoadError } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { listParticipants, participantExportUrl } from '../api/participants.ts';

export const PAGE_SIZE = 50;
/** Long enough to type a word, short enough to feel immediate. */
const SEARCH_DELAY_MS = 300;

type Props = {
  organisations: readonly Option[];
  cycles: readonly Option[];
  /** An organisation contact only ever sees their own organisation; the filter is fixed and hidden. */
  fixedOrganisationId?: string;
};

const roleOptions = participantRoles.map((r) => ({ value: r, label: participantRoleLabels[r] }));

/**
 * The participants table. Filters live in the URL (`?q=&organisationId=&role=&cycleId=&page=`), so
 * Back, reload and a copied link show the same list.
 */
export function ParticipantBrowser({ organisations, cycles, fixedOrganisationId }: Props) {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const organisationId = fixedOrganisationId ?? params.get('organisationId') ?? '';
  const role = params.get('role') ?? '';
  const cycleId = params.get('cycleId') ?? '';
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1);

  const [searchText, setSearchText] = useState(q);
  // The q this box last wrote to the URL; any other change of q came from Back/forward or "Clear filters".
  const written = useRef(q);
  const search = useCallback(
    (text: string) => {
      written.current = text.trim();
      setParams({ q: text.trim(), page: undefined }, { replace: true });
    },
    [setParams],
  );
  // Typing waits for a pause before it changes the URL (and the query); replace keeps Back useful.
  useEffect(() => {
    if (searchText.trim() === written.current) return;
    const timer = setTimeout(() => search(searchText), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText, search]);
  useEffect(() => {
    if (q === written.current) return;
    written.current = q;
    setSearchText(q);
  }, [q]);

  const query = {
    q: q || undefined,
    organisationId: organisationId || undefined,
    role: role === 'mentor' || role === 'mentee' ? role : undefined,
    cycleId: cycleId || undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  } as const;
  const result = useResource(JSON.stringify(query), (signal) => listParticipants(query, signal));
  const filtered = Boolean(q || role || cycleId || (!fixedOrganisationId && organisationId));
  const searchId = useId();

  const setFilter = (key: string) => (value: string) => setParams({ [key]: value, page: undefined });

  return (
    <div className="participant-browser">
      <search className="filters" aria-label="Filter participants">
        <div className="field">
          <label htmlFor={searchId}>Search</label>
          <p className="field__hint" id={`${searchId}-hint`}>
            Name, email or job title
          </p>
          <input
            id={searchId}
            type="search"
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches at once instead of waiting for the pause.
              if (e.key === 'Enter') search(searchText);
            }}
            aria-describedby={`${searchId}-hint`}
          />
        </div>
        {fixedOrganisationId ? null : (
          <SelectField
            name="organisationId"
            label="Organisation"
            emptyLabel="All organisations"
            options={organisations}
            value={organisationId}
            onChange={setFilter('organisationId')}
          />
        )}
        <SelectField
          name="role"
          label="Role"
          emptyLabel="Mentors and mentees"
          options={roleOptions}
          value={role}
          onChange={setFilter('role')}
        />
        <SelectField
          name="cycleId"
          label="Cycle"
          emptyLabel="All cycles"
          options={cycles}
          value={cycleId}
          onChange={setFilter('cycleId')}
        />
        {filtered ? (
          <button
            type="button"
            className="button button--secondary filters__clear"
            onClick={() => {
              setSearchText('');
              setParams({
                q: undefined,
                organisationId: undefined,
                role: undefined,
                cycleId: undefined,
                page: undefined,
              });
            }}
          >
            Clear filters
          </button>
        ) : null}
      </search>

      <div className="list-toolbar">
        <p role="status" className="list-toolbar__count">
          {result.status === 'loading'
            ? 'Loading participants…'
            : result.data
              ? countText(result.data.total, page, result.data.participants.length)
              : ''}
        </p>
        <a
          className="button button--secondary"
          href={participantExportUrl({
            cycleId: cycleId || undefined,
            organisationId: organisationId || undefined,
          })}
          download
        >
          Export CSV
        </a>
      </div>

      {result.status === 'error' ? <LoadError error={result.error} onRetry={result.reload} /> : null}
      {result.data && result.data.participants.length === 0 ? (
        <Empty>
          {filtered ? (
            <p>No participants match these filters.</p>
          ) : (
            <p>
              No participants yet. <Link to="/participants/new">Add a participant</Link> or{' '}
              <Link to="/participants/import">import a CSV file</Link>.
            </p>
          )}
        </Empty>
      ) : null}
      {result.data && result.data.participants.length > 0 ? (
        <TableRegion label="Participants">
          <table className="table table--stack" aria-busy={result.status === 'loading'}>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role</th>
                <th scope="col">Organisation</th>
                <th scope="col">Cycle</th>
                <th scope="col">Job title</th>
                <th scope="col">Email</th>
                <th scope="col">Account</th>
              </tr>
            </thead>
            <tbody>
              {result.data.participants.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/participants/${p.id}`}>{p.name}</Link>
                  </td>
                  <td data-label="Role">{participantRoleLabels[p.role]}</td>
                  <td data-label="Organisation">{p.organisationName}</td>
                  <td data-label="Cycle">{p.cycleName}</td>
                  <td data-label="Job title">{p.jobTitle || '—'}</td>
                  <td data-label="Email" className="wrap-anywhere">
                    {p.email}
                  </td>
                  <td data-label="Account">{p.hasAccount ? 'Yes' : 'Not yet'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}

      {result.data && result.data.total > PAGE_SIZE ? (
        <nav className="pagination" aria-label="Pages of participants">
          <button
            type="button"
            className="button button--secondary"
            disabled={page <= 1}
            onClick={() => setParams({ page: page - 1 > 1 ? String(page - 1) : undefined })}
          >
            Previous page
          </button>
          <span>
            Page {page} of {Math.ceil(result.data.total / PAGE_SIZE)}
          </span>
          <button
            type="button"
            className="button button--secondary"
            disabled={page * PAGE_SIZE >= result.data.total}
            onClick={() => setParams({ page: String(page + 1) })}
          >
            Next page
          </button>
        </nav>
      ) : null}
    </div>
  );
}

function countText(total: number, page: number, shown: number): string {
  if (total === 0) return 'No participants found.';
  if (total <= PAGE_SIZE) return `${plural(total, 'participant')}.`;
  const first = (page - 1) * PAGE_SIZE + 1;
  return `Showing ${first}–${first + shown - 1} of ${plural(total, 'participant')}.`;
}
