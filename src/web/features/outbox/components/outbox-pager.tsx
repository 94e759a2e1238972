import { OUTBOX_PAGE_SIZE } from '../../../../shared/contract/outbox.ts';

/** Which slice of the matching messages the page shows, for the count above the list. */
export function outboxCountText(total: number, page: number, shown: number): string {
  if (total === 0 || shown === 0) return '';
  if (total <= OUTBOX_PAGE_SIZE) return `${total} ${total === 1 ? 'message' : 'messages'}.`;
  const first = (page - 1) * OUTBOX_PAGE_SIZE + 1;
  return `Showing ${first}–${first + shown - 1} of ${total}.`;
}

type Props = { page: number; total: number; onPage: (page: number) => void };

/** Previous and next page of an outbox longer than one page. */
export function OutboxPager({ page, total, onPage }: Props) {
  const pages = Math.ceil(total / OUTBOX_PAGE_SIZE);
  return (
    <nav className="pagination" aria-label="Pages of the outbox">
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Previous page
      </button>
      <span>
        Page {page} of {pages}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next page
      </button>
    </nav>
  );
}
