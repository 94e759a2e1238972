import { OUTBOX_MAX_OFFSET, OUTBOX_PAGE_SIZE, outboxStates } from '../../../../shared/contract/outbox.ts';
import { outboxMessages } from '../../../../shared/i18n/outbox.ts';
import { type Translate, useMessages } from '../../../lib/i18n.tsx';
import { useSearchParams } from '../../../lib/router.tsx';
import { Empty, LoadError } from '../../../lib/ui/status.tsx';
import { useResource } from '../../../lib/use-resource.ts';
import { listOutbox } from '../api/outbox.ts';
import { OutboxFilters, type OutboxFilterValues } from './outbox-filters.tsx';
import { deliveryKeys, OutboxMessage } from './outbox-message.tsx';
import { OutboxPager, outboxCountText } from './outbox-pager.tsx';

/** Why the list is empty, in the words of the filters that emptied it. */
function emptyText(t: Translate<typeof outboxMessages>, { kind, state, q }: OutboxFilterValues): string {
  if (!kind && !state && !q) return t('emptyNone');
  // Which filters are set, as the case of the one message that names them all ("other": all three).
  const filters = state
    ? kind
      ? q
        ? 'other'
        : 'stateKind'
      : q
        ? 'stateQ'
        : 'state'
    : kind
      ? q
        ? 'kindQ'
        : 'kind'
      : 'q';
  return t('emptyFiltered', {
    filters,
    state: state ? t(deliveryKeys[state as keyof typeof deliveryKeys]) : '',
    kind,
    q,
  });
}

/**
 * Messages the system sends. Without SMTP settings they are not mailed, and this is where they can
 * be read and handed over; once delivered, only their subject and delivery remain visible. The
 * filters and page live in the address (`?kind=&state=&q=&page=`), so reload and Back keep them.
 */
export function OutboxList() {
  const t = useMessages(outboxMessages);
  const [params, setParams] = useSearchParams();
  const state = outboxStates.find((s) => s === params.get('state'));
  const values = { kind: params.get('kind') ?? '', state: state ?? '', q: params.get('q') ?? '' };
  // A page from an old or edited address: never below the first, never past what the API pages.
  const page = Math.min(
    Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1),
    Math.floor(OUTBOX_MAX_OFFSET / OUTBOX_PAGE_SIZE) + 1,
  );
  const query = {
    kind: values.kind || undefined,
    state,
    q: values.q || undefined,
    limit: OUTBOX_PAGE_SIZE,
    offset: (page - 1) * OUTBOX_PAGE_SIZE,
  };
  const result = useResource(`outbox ${JSON.stringify(query)}`, (signal) => listOutbox(query, signal));
  const filtered = Boolean(values.kind || values.state || values.q);

  return (
    <div className="outbox">
      <OutboxFilters
        values={values}
        kinds={result.data?.kinds ?? (values.kind ? [values.kind] : [])}
        onFilter={(changes) => setParams({ ...changes, page: undefined })}
        onClear={
          filtered
            ? () => setParams({ kind: undefined, state: undefined, q: undefined, page: undefined })
            : null
        }
      />
      <p role="status" className="list-toolbar__count">
        {result.status === 'loading'
          ? t('loading')
          : result.data
            ? outboxCountText(t, result.data.total, page, result.data.messages.length)
            : ''}
      </p>
      {result.status === 'error' ? <LoadError error={result.error} onRetry={result.reload} /> : null}
      {result.data && result.data.messages.length === 0 && result.data.total > 0 ? (
        <Empty>
          {t('pastLastPage', { page })}{' '}
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              const last = Math.ceil(result.data!.total / OUTBOX_PAGE_SIZE);
              setParams({ page: last > 1 ? String(last) : undefined });
            }}
          >
            {t('goToLastPage')}
          </button>
        </Empty>
      ) : null}
      {result.data && result.data.total === 0 ? <Empty>{emptyText(t, values)}</Empty> : null}
      {result.data && result.data.messages.length > 0 ? (
        <ul className="plain-list messages">
          {result.data.messages.map((m) => (
            <li key={m.id}>
              <OutboxMessage message={m} />
            </li>
          ))}
        </ul>
      ) : null}
      {result.data && result.data.total > OUTBOX_PAGE_SIZE ? (
        <OutboxPager
          page={page}
          total={result.data.total}
          onPage={(next) => setParams({ page: next > 1 ? String(next) : undefined })}
        />
      ) : null}
    </div>
  );
}
