import { OUTBOX_PAGE_SIZE } from '../../../../shared/contract/outbox.ts';
import { outboxMessages } from '../../../../shared/i18n/outbox.ts';
import { type Translate, useMessages } from '../../../lib/i18n.tsx';

/** Which slice of the matching messages the page shows, for the count above the list. */
export function outboxCountText(
  t: Translate<typeof outboxMessages>,
  total: number,
  page: number,
  shown: number,
): string {
  if (total === 0 || shown === 0) return '';
  if (total <= OUTBOX_PAGE_SIZE) return t('countAll', { total });
  const first = (page - 1) * OUTBOX_PAGE_SIZE + 1;
  return t('countSlice', { first, last: first + shown - 1, total });
}

type Props = { page: number; total: number; onPage: (page: number) => void };

/** Previous and next page of an outbox longer than one page. */
export function OutboxPager({ page, total, onPage }: Props) {
  const t = useMessages(outboxMessages);
  const pages = Math.ceil(total / OUTBOX_PAGE_SIZE);
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
      <span>{t('pageOf', { page, pages })}</span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {t('nextPage')}
      </button>
    </nav>
  );
}
