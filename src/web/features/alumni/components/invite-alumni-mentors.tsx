import { useState } from 'react';
import type { AlumniMentor, AlumniMentorList } from '../../../../shared/contract/alumni.ts';
import { alumniMessages } from '../../../../shared/i18n/alumni.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { FormError } from '../../../lib/ui/fields.tsx';
import { Empty, Loaded } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { inviteAlumniMentors, listAlumniMentors } from '../api/alumni.ts';

/**
 * The coordinator invites alumni mentors to the cycle: each with a checkbox, or the reason they
 * cannot be invited (their organisation does not take part, no account, invited already) where
 * the checkbox would be; one button invites the chosen, all or none.
 */
export function InviteAlumniMentors({ cycleId }: { cycleId: string }) {
  const t = useMessages(alumniMessages);
  const loaded = useResource(`alumni-mentors-${cycleId}`, (signal) => listAlumniMentors(cycleId, signal));
  const [changed, setChanged] = useState<AlumniMentorList | null>(null);
  return (
    <section aria-labelledby="invite-alumni-heading">
      <h2 id="invite-alumni-heading">{t('inviteHeading')}</h2>
      <p className="muted">{t('inviteIntro')}</p>
      <Loaded resource={loaded} loading={t('loadingMentors')}>
        {(list) => <MentorsForm cycleId={cycleId} list={changed ?? list} onInvited={setChanged} />}
      </Loaded>
    </section>
  );
}

function MentorsForm({
  cycleId,
  list,
  onInvited,
}: {
  cycleId: string;
  list: AlumniMentorList;
  onInvited: (next: AlumniMentorList) => void;
}) {
  const t = useMessages(alumniMessages);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState('');
  const inviting = useAction(async (personIds: string[]) => {
    const next = await inviteAlumniMentors(cycleId, personIds);
    setChosen(new Set());
    onInvited(next);
    setDone(t('invited', { count: personIds.length }));
  });
  if (!list.mentors.length) {
    return (
      <Empty>
        <p>{t('emptyMentors')}</p>
      </Empty>
    );
  }
  const toggle = (personId: string, on: boolean) =>
    setChosen((c) => {
      const next = new Set(c);
      if (on) next.add(personId);
      else next.delete(personId);
      return next;
    });
  const submit = () => {
    if (chosen.size === 0) {
      inviting.setError(t('noneSelected'));
      return;
    }
    void inviting.run([...chosen]);
  };
  return (
    <>
      {list.can.invite ? null : <p className="notice">{t('phaseClosed')}</p>}
      <p role="status">{done}</p>
      <TableRegion label={t('inviteHeading')}>
        <table className="table table--stack">
          <thead>
            <tr>
              <th scope="col">{t('columnMentor')}</th>
              <th scope="col">{t('columnOrganisation')}</th>
              <th scope="col">{t('columnLastCycle')}</th>
              <th scope="col">{t('columnState')}</th>
            </tr>
          </thead>
          <tbody>
            {list.mentors.map((m) => (
              <tr key={m.personId}>
                <th scope="row">
                  <span className="field--checkbox">
                    <input
                      type="checkbox"
                      id={`invite-${m.personId}`}
                      checked={chosen.has(m.personId)}
                      // Disabled where they cannot be invited: the state column says why.
                      disabled={!m.can.invite || inviting.busy}
                      aria-label={t('selectMentor', { name: m.name })}
                      aria-describedby={m.can.invite ? undefined : `invite-state-${m.personId}`}
                      onChange={(e) => toggle(m.personId, e.target.checked)}
                    />{' '}
                    <label htmlFor={`invite-${m.personId}`}>{m.name}</label>
                  </span>
                </th>
                <td data-label={t('columnOrganisation')}>{m.organisationName}</td>
                <td data-label={t('columnLastCycle')}>
                  {t('lastCycle', { cycle: m.lastCycle.cycleName, endsOn: formatDate(m.lastCycle.endsOn) })}
                </td>
                <td data-label={t('columnState')} id={`invite-state-${m.personId}`}>
                  <MentorState mentor={m} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <FormError message={inviting.error} />
      {list.can.invite ? (
        <p>
          <button type="button" className="button" disabled={inviting.busy} onClick={submit}>
            {t('invite', { count: chosen.size })}
          </button>
        </p>
      ) : null}
    </>
  );
}

/** The invitation's state, else why the mentor cannot be invited; nothing when they can. */
function MentorState({ mentor }: { mentor: AlumniMentor }) {
  const t = useMessages(alumniMessages);
  const invitation = mentor.invitation;
  if (invitation) {
    const date = formatDate((invitation.answeredAt ?? invitation.invitedAt).slice(0, 10));
    const key =
      invitation.state === 'accepted'
        ? 'stateAccepted'
        : invitation.state === 'declined'
          ? 'stateDeclined'
          : 'statePending';
    return <>{t(key, { date })}</>;
  }
  switch (mentor.notInvitableBecause) {
    case 'organisation_not_taking_part':
      return (
        <span className="muted">{t('reasonOrganisation', { organisation: mentor.organisationName })}</span>
      );
    case 'no_account':
      return <span className="muted">{t('reasonNoAccount')}</span>;
    case 'cycle_phase':
      return <span className="muted">{t('reasonCyclePhase')}</span>;
    default:
      return <>{t('notInvited')}</>;
  }
}
