import { plural } from '../../../lib/format.ts';

export const PAGE_SIZE = 50;

/**
 * What the list shows, for the count above it: all of few, or which slice of many. Nothing for an
 * empty list: the message in its place says why it is empty.
 */
export function participantCountText(total: number, page: number, shown: number): string {
  if (total === 0) return '';
  if (total <= PAGE_SIZE) return `${plural(total, 'participant')}.`;
  const first = (page - 1) * PAGE_SIZE + 1;
  return `Showing ${first}–${first + shown - 1} of ${plural(total, 'participant')}.`;
}

type Props = { page: number; total: number; onPage: (page: number) => void };

/** Previous and next page of a list longer than one page. */
export function ParticipantPagination({ page, total, onPage }: Props) {
  return (
    <nav className="pagination" aria-label="Pages of participants">
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Previous page
      </button>
      <span>
        Page {page} of {Math.ceil(total / PAGE_SIZE)}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page * PAGE_SIZE >= total}
        onClick={() => onPage(page + 1)}
      >
        Next page
      </button>
    </nav>
  );
}
