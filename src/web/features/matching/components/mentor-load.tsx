import { useState } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';

/** How many places each mentor has and how many the draft uses, behind a toggle. */
export function MentorLoad({ draft }: { draft: Draft }) {
  const t = useMessages(matchingMessages);
  const [open, setOpen] = useState(false);
  const free = draft.mentors.reduce((n, m) => n + Math.max(0, m.capacity - m.used), 0);
  return (
    <section aria-labelledby="mentors-heading">
      <h3 id="mentors-heading">{t('mentorsHeading')}</h3>
      <p>
        {t('mentorsSummary', { mentors: draft.mentors.length, free })}{' '}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? t('hideMentors') : t('showMentors')}
        </button>
      </p>
      {open ? (
        <TableRegion label={t('mentorsTable')}>
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">{t('mentor')}</th>
                <th scope="col">{t('organisation')}</th>
                <th scope="col" className="num">
                  {t('columnUsedOfCapacity')}
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.mentors.map((m) => (
                <tr key={m.mentorId}>
                  <td>{m.name}</td>
                  <td data-label={t('organisation')}>{m.organisationName}</td>
                  <td data-label={t('columnUsedOfCapacity')} className="num">
                    {t('usedOf', { used: m.used, capacity: m.capacity })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      ) : null}
    </section>
  );
}
