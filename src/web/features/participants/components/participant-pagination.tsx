import { participantsMessages } from '../../../../shared/i18n/participants.ts';
import { type Translate, useMessages } from '../../../lib/i18n.tsx';

export const PAGE_SIZE = 50;

/**
 * What the list shows, for the count above it: all of few, or which slice of many. Nothing for an
 * empty list: the message in its place says why it is empty.
 */
export function participantCountText(
  t: Translate<typeof participantsMessages>,
  total: number,
  page: number,
  shown: number,
): string {
  if (total === 0) return '';
  if (total <= PAGE_SIZE) return t('countAll', { total });
  const first = (page - 1) * PAGE_SIZE + 1;
  return t('countSlice', { first, last: first + shown - 1, total });
}

type Props = { page: number; total: number; onPage: (page: number) => void };

/** Previous and next page of a list longer than one page. */
export function ParticipantPagination({ page, total, onPage }: Props) {
  const t = useMessages(participantsMessages);
  return (
    <nav className="pagination" aria-label={t('pagesLabel')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {t('previousPage')}
      </button>
      <span>{t('pageOf', { page, pages: Math.ceil(total / PAGE_SIZE) })}</span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page * PAGE_SIZE >= total}
        onClick={() => onPage(page + 1)}
      >
        {t('nextPage')}
      </button>
    </nav>
  );
}
