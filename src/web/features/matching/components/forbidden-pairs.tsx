import { useMemo } from 'react';
import type { Draft } from '../../../../shared/contract/matching.ts';
import type { RunDraftAction } from './use-draft-action.ts';

type Props = { draft: Draft; disabled: boolean; run: RunDraftAction };

/** Pairs the coordinator forbade; each can be allowed again. */
export function ForbiddenPairs({ draft, disabled, run }: Props) {
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const p of draft.proposals) m.set(p.menteeId, p.menteeName);
    for (const u of draft.unmatched) m.set(u.menteeId, u.name);
    for (const x of draft.mentors) m.set(x.mentorId, x.name);
    return m;
  }, [draft]);
  return (
    <section aria-labelledby="forbidden-heading">
      <h3 id="forbidden-heading">Forbidden pairs</h3>
      {draft.forbidden.length === 0 ? (
        <p className="muted">None. Forbidding a proposed pair keeps the engine from proposing it again.</p>
      ) : (
        <ul className="plain-list">
          {draft.forbidden.map((f) => {
            const pair = `${names.get(f.menteeId) ?? 'Mentee'} and ${names.get(f.mentorId) ?? 'mentor'}`;
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
                      `${pair} may be paired again.`,
                    )
                  }
                >
                  Allow again<span className="visually-hidden"> {pair}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
