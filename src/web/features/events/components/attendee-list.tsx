import { useState } from 'react';
import type { z } from 'zod';
import type {
  CycleEvent,
  EventRegistration,
  eventRegistrationListSchema,
} from '../../../../shared/contract/events.ts';
import { eventAdminMessages } from '../../../../shared/i18n/event-admin.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError } from '../../../lib/ui/fields.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { markAttendance } from '../api/event-admin.ts';
import { registrantRoleLabel } from './event-admin-labels.tsx';

export type RegistrationList = z.infer<typeof eventRegistrationListSchema>;

type Props = {
  event: CycleEvent;
  registrations: readonly EventRegistration[];
  /** The list as the server saved it after attendance was marked. */
  onSaved: (list: RegistrationList) => void;
};

const ticks = (registered: readonly EventRegistration[]) =>
  Object.fromEntries(registered.map((r) => [r.id, r.attended === true]));

/**
 * The registered people, then the waiting list in its order. Where the coordinator may mark
 * attendance, a checkbox per registered person and one save: whoever is not ticked is recorded as
 * not attended. Ticks not saved stay as they are when a save fails.
 */
export function AttendeeList({ event, registrations, onSaved }: Props) {
  const t = useMessages(eventAdminMessages);
  const registered = registrations.filter((r) => r.status === 'registered');
  const waiting = registrations
    .filter((r) => r.status === 'waiting')
    .sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0));
  const marking = event.can.markAttendance && registered.length > 0;
  const [saved, setSaved] = useState(() => ticks(registered));
  const [marks, setMarks] = useState(saved);
  const [justSaved, setJustSaved] = useState(false);
  const dirty = registered.some((r) => (marks[r.id] ?? false) !== (saved[r.id] ?? false));
  const save = useAction(async () => {
    const list = await markAttendance(
      event.id,
      registered.map((r) => ({ registrationId: r.id, attended: marks[r.id] ?? false })),
    );
    const now = ticks(list.registrations.filter((r) => r.status === 'registered'));
    setSaved(now);
    setMarks(now);
    setJustSaved(true);
    onSaved(list);
  });
  const tick = (id: string, on: boolean) => {
    setJustSaved(false);
    setMarks((m) => ({ ...m, [id]: on }));
  };
  const markAll = () => {
    setJustSaved(false);
    setMarks(Object.fromEntries(registered.map((r) => [r.id, true])));
  };

  const attendedText = (r: EventRegistration) =>
    r.attended === null ? t('attendedUnmarked') : r.attended ? t('attendedYes') : t('attendedNo');

  return (
    <>
      <section aria-labelledby="registered-heading">
        <h2 id="registered-heading">{t('registeredHeading', { count: registered.length })}</h2>
        {marking ? <p>{t('attendanceHint')}</p> : null}
        {registered.length ? (
          <TableRegion label={t('registeredTable')}>
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('columnName')}</th>
                  <th scope="col">{t('columnOrganisation')}</th>
                  <th scope="col">{t('columnRole')}</th>
                  <th scope="col">{t('columnEmail')}</th>
                  <th scope="col">{t('columnRegisteredAt')}</th>
                  <th scope="col">{t('columnAttended')}</th>
                </tr>
              </thead>
              <tbody>
                {registered.map((r) => (
                  <tr key={r.id}>
                    <td>{r.name}</td>
                    <PersonCells registration={r} />
                    <td data-label={t('columnAttended')}>
                      {marking ? (
                        <label>
                          <input
                            type="checkbox"
                            checked={marks[r.id] ?? false}
                            onChange={(e) => tick(r.id, e.target.checked)}
                          />
                          <span className="visually-hidden">{t('attendedName', { name: r.name })}</span>
                        </label>
                      ) : (
                        attendedText(r)
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : (
          <Empty>{t('nobodyRegistered')}</Empty>
        )}
        {marking ? (
          <div className="form">
            <FormError message={save.error} />
            <div className="button-row">
              <button type="button" className="button button--secondary" onClick={markAll}>
                {t('markAll')}
              </button>
              <button type="button" className="button" disabled={save.busy} onClick={() => void save.run()}>
                {save.busy ? t('saving') : t('saveAttendance')}
              </button>
            </div>
            <p role="status" className="muted">
              {dirty ? t('attendanceUnsaved') : justSaved ? t('attendanceSaved') : ''}
            </p>
          </div>
        ) : null}
      </section>
      <section aria-labelledby="waiting-heading">
        <h2 id="waiting-heading">{t('waitingHeading', { count: waiting.length })}</h2>
        {waiting.length ? (
          <TableRegion label={t('waitingTable')}>
            <table className="table table--stack">
              <thead>
                <tr>
                  <th scope="col">{t('columnPosition')}</th>
                  <th scope="col">{t('columnName')}</th>
                  <th scope="col">{t('columnOrganisation')}</th>
                  <th scope="col">{t('columnRole')}</th>
                  <th scope="col">{t('columnEmail')}</th>
                  <th scope="col">{t('columnRegisteredAt')}</th>
                </tr>
              </thead>
              <tbody>
                {waiting.map((r) => (
                  <tr key={r.id}>
                    <td>{r.waitingPosition}</td>
                    <td data-label={t('columnName')}>{r.name}</td>
                    <PersonCells registration={r} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : (
          <Empty>{t('nobodyWaiting')}</Empty>
        )}
      </section>
    </>
  );
}

/** The cells both lists give a person: organisation, role, email, when they registered. */
function PersonCells({ registration: r }: { registration: EventRegistration }) {
  const t = useMessages(eventAdminMessages);
  return (
    <>
      <td data-label={t('columnOrganisation')}>{r.organisationName}</td>
      <td data-label={t('columnRole')}>{registrantRoleLabel(r.role)}</td>
      <td data-label={t('columnEmail')} className="wrap-anywhere">
        {r.email}
      </td>
      <td data-label={t('columnRegisteredAt')} className="nowrap">
        {formatDateTime(r.registeredAt)}
      </td>
    </>
  );
}
