import { useMemo } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import { matchingMessages } from '../../../../shared/i18n/matching.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import type { RunDraftAction } from './use-draft-action.ts';

type Props = { draft: Draft; disabled: boolean; run: RunDraftAction };

/** Pairs the coordinator forbade; each can be allowed again. */
export function ForbiddenPairs({ draft, disabled, run }: Props) {
  const t = useMessages(matchingMessages);
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of draft.proposals) m.set(p.menteeId, p.menteeName);
    for (const u of draft.unmatched) m.set(u.menteeId, u.name);
    for (const x of draft.mentors) m.set(x.mentorId, x.name);
    return m;
  }, [draft]);
  return (
    <section aria-labelledby="forbidden-heading">
      <h3 id="forbidden-heading">{t('forbiddenHeading')}</h3>
      {draft.forbidden.length === 0 ? (
        <p className="muted">{t('forbiddenNone')}</p>
      ) : (
        <ul className="plain-list">
          {draft.forbidden.map((f) => {
            const pair = t('pair', {
              mentee: names.get(f.menteeId) ?? t('someMentee'),
              mentor: names.get(f.mentorId) ?? t('someMentor'),
            });
            return (
              <li key={`${f.menteeId}-${f.mentorId}`} className="button-row">
                <span>{pair}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={disabled}
                  onClick={() =>
                    void run(
                      { type: 'unforbid', menteeId: f.menteeId, mentorId: f.mentorId },
                      t('allowedAgain', { pair }),
                    )
                  }
                >
                  {t.rich('allowAgain', {
                    pair,
                    hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                  })}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
