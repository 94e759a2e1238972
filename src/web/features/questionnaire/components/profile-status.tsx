import { useMemo, useState } from 'react';
import type { z } from 'zod';
import type { profileStatusSchema } from '../../../../shared/contract/matching.ts';
import { questionnaireMessages } from '../../../../shared/i18n/questionnaire.ts';
import { errorMessage } from '../../../lib/api.ts';
import { formatDateTime, participantRoleLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { sendProfileReminders } from '../api/questionnaire.ts';

type Row = z.infer<typeof profileStatusSchema>['participants'][number];

/** Who has finished their profile; unfinished ones can be reminded by mail (through the outbox). */
export function ProfileStatus({
  cycleId,
  rows,
  onReminded,
}: {
  cycleId: string;
  rows: readonly Row[];
  onReminded: () => void;
}) {
  const t = useMessages(questionnaireMessages);
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const open = useMemo(() => rows.filter((r) => !r.completedAt), [rows]);
  const shown = useMemo(
    () =>
      (onlyOpen ? open : rows)
        .slice()
        .sort((a, b) => a.organisationName.localeCompare(b.organisationName) || a.name.localeCompare(b.name)),
    [onlyOpen, open, rows],
  );

  const { run: remind, busy } = useAction(
    async (ids?: string[]) => {
      setMessage(null);
      const { sent } = await sendProfileReminders(cycleId, ids);
      setMessage({ kind: 'success', text: t('remindersSent', { count: sent }) });
      setSelected(new Set());
      onReminded();
    },
    { onError: (error) => setMessage({ kind: 'error', text: errorMessage(error) }) },
  );

  if (!rows.length) return <Empty>{t('noParticipants')}</Empty>;
  return (
    <>
      <p>{t('finishedCount', { finished: rows.length - open.length, total: rows.length })}</p>
      <div className="button-row">
        <label className="field--checkbox">
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />{' '}
          {t('onlyUnfinished')}
        </label>
        <button
          type="button"
          className="button"
          disabled={busy || open.length === 0}
          onClick={() => void remind()}
        >
          {t('remindAll', { count: open.length })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || selected.size === 0}
          onClick={() => void remind([...selected])}
        >
          {t('remindSelected', { count: selected.size })}
        </button>
      </div>
      <div
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message ? `notice notice--${message.kind}` : 'visually-hidden'}
      >
        {message?.text}
      </div>
      {shown.length === 0 ? (
        <Empty>{t('everyoneFinished')}</Empty>
      ) : (
        <TableRegion label={t('sectionProfileStatus')}>
          <table className="table table--compact table--stack">
            <thead>
              <tr>
                <th scope="col">
                  <span className="visually-hidden">{t('columnSelect')}</span>
                </th>
                <th scope="col">{t('columnName')}</th>
                <th scope="col">{t('columnRole')}</th>
                <th scope="col">{t('columnOrganisation')}</th>
                <th scope="col">{t('columnProfile')}</th>
                <th scope="col">{t('columnLastReminder')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.participantId}>
                  <td>
                    {r.completedAt ? null : (
                      <input
                        type="checkbox"
                        aria-label={t('selectPerson', { name: r.name })}
                        checked={selected.has(r.participantId)}
                        onChange={(e) =>
                          setSelected((s) => {
                            const next = new Set(s);
                            if (e.target.checked) next.add(r.participantId);
                            else next.delete(r.participantId);
                            return next;
                          })
                        }
                      />
                    )}
                  </td>
                  <td>
                    {r.name}
                    <br />
                    <span className="muted wrap-anywhere">{r.email}</span>
                  </td>
                  <td data-label={t('columnRole')}>{participantRoleLabel(r.role)}</td>
                  <td data-label={t('columnOrganisation')}>{r.organisationName}</td>
                  <td data-label={t('columnProfile')}>
                    {r.completedAt ? (
                      t('finishedAt', { time: formatDateTime(r.completedAt) })
                    ) : (
                      <span className="badge badge--pending">{t('notFinished')}</span>
                    )}
                  </td>
                  <td data-label={t('columnLastReminder')}>
                    {r.lastReminderAt ? formatDateTime(r.lastReminderAt) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
