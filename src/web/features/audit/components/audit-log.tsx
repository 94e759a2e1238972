import { type FormEvent, useId, useState } from 'react';
import type { AuditEntry } from '../../../../shared/contract/audit.ts';
import { auditMessages } from '../../../../shared/i18n/audit.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useSearchParams } from '../../../lib/router.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { listAuditEntries } from '../api/audit.ts';

/** Suggestions for the filter; the log may hold others, and any exact name can be typed. */
const knownActions = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'auth.signed_out',
  'account.role_changed',
  'organisation.created',
  'organisation.updated',
  'organisation.deleted',
  'cycle.created',
  'cycle.updated',
  'cycle.status_changed',
  'cycle.organisation_joined',
  'cycle.organisation_left',
  'participant.created',
  'participant.read',
  'participant.updated',
  'participant.removed',
  'participants.listed',
  'participants.imported',
  'participants.exported',
  'tandems.exported',
  'tandem_health.listed',
  'tandem_health.exported',
  'survey.results_exported',
  'match_runs.comparison_exported',
  'invitation.created',
  'invitation.accepted',
  'setup.demo_loaded',
];

/**
 * The append-only audit log, newest first. "Older entries" appends the next page below, so the
 * entries already read stay where they are.
 */
export function AuditLog() {
  const t = useMessages(auditMessages);
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const [actionText, setActionText] = useState(action);
  const first = useResource(action, (signal) => listAuditEntries({ action: action || undefined }, signal));
  const actionId = useId();

  const filter = (event: FormEvent) => {
    event.preventDefault();
    setParams({ action: actionText.trim() });
  };

  return (
    <>
      <search aria-label={t('filterLabel')}>
        <form className="filters" onSubmit={filter}>
          <div className="field">
            <label htmlFor={actionId}>{t('action')}</label>
            <p className="field__hint" id={`${actionId}-hint`}>
              {t('actionHint')}
            </p>
            <input
              id={actionId}
              value={actionText}
              onChange={(e) => setActionText(e.target.value)}
              aria-describedby={`${actionId}-hint`}
              list={`${actionId}-known`}
              autoComplete="off"
            />
            <datalist id={`${actionId}-known`}>
              {knownActions.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
          </div>
          <button type="submit" className="button button--secondary">
            {t('filter')}
          </button>
        </form>
      </search>
      <Loaded resource={first} loading={t('loading')}>
        {(page) => (
          <AuditPages key={action} action={action} firstEntries={page.entries} firstNext={page.nextBefore} />
        )}
      </Loaded>
    </>
  );
}

type PagesProps = { action: string; firstEntries: AuditEntry[]; firstNext: number | null };

function AuditPages({ action, firstEntries, firstNext }: PagesProps) {
  const t = useMessages(auditMessages);
  const [older, setOlder] = useState<AuditEntry[]>([]);
  const [next, setNext] = useState<number | null>(firstNext);
  const entries = [...firstEntries, ...older];
  const {
    run: loadOlder,
    busy,
    error,
  } = useAction(async (before: number) => {
    const page = await listAuditEntries({ action: action || undefined, before });
    setOlder((o) => [...o, ...page.entries]);
    setNext(page.nextBefore);
  });

  if (!entries.length) {
    return <Empty>{action ? t('emptyForAction', { action }) : t('empty')}</Empty>;
  }
  return (
    <>
      <TableRegion label={t('table')}>
        <table className="table table--compact">
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('action')}</th>
              <th scope="col">{t('target')}</th>
              <th scope="col">{t('details')}</th>
              <th scope="col">{t('ip')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id}>
                <td className="nowrap">{formatDateTime(e.occurredAt)}</td>
                <td className="wrap-anywhere">{e.actorEmail ?? t('system')}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td className="wrap-anywhere">
                  {e.targetType ? `${e.targetType} ${e.targetId ?? ''}` : '—'}
                </td>
                <td>
                  <DetailsCell details={e.details} />
                </td>
                <td>{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}
        </div>
      ) : null}
      <p role="status" className="list-toolbar__count">
        {t('shown', { count: entries.length })}
        {next === null ? ` ${t('oldest')}` : ''}
      </p>
      {next !== null ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void loadOlder(next)}
        >
          {busy ? t('loadingOlder') : t('older')}
        </button>
      ) : null}
    </>
  );
}

function DetailsCell({ details }: { details: Record<string, unknown> }) {
  const pairs = Object.entries(details);
  if (!pairs.length) return <>—</>;
  return (
    <ul className="kv">
      {pairs.map(([k, v]) => (
        <li key={k}>
          <span className="kv__key">{k}</span> {typeof v === 'string' ? v : JSON.stringify(v)}
        </li>
      ))}
    </ul>
  );
}
