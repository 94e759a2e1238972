import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import type { MyAlumni, MyAlumniInvitation } from '../../../../shared/contract/alumni.ts';
import { alumniMessages } from '../../../../shared/i18n/alumni.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Link } from '../../../lib/router.tsx';
import { CheckboxField, FormError } from '../../../lib/ui/fields.tsx';
import { useAction } from '../../../lib/use-action.ts';
import {
  acceptAlumniInvitation,
  declineAlumniInvitation,
  removeMyDirectoryEntry,
  saveMyDirectoryEntry,
} from '../api/alumni.ts';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * The programme page's alumni section, once the participant is an alumna or alumnus or has an
 * invitation to a next cycle: their alumni cycles, joining or leaving the directory with what the
 * entry shows, the way to the directory, and invitations to accept or decline.
 */
export function MyAlumniSection({
  alumni,
  onAnswered,
}: {
  alumni: MyAlumni;
  /** An invitation was answered: an accepted one adds a participation the page shows. */
  onAnswered: () => void;
}) {
  const t = useMessages(alumniMessages);
  const [standing, setStanding] = useState(alumni);
  // The page loaded again (after an answer): the server's standing replaces the one changed here.
  useEffect(() => setStanding(alumni), [alumni]);
  const [done, setDone] = useState('');
  if (!standing.cycles.length && !standing.invitations.length) return null;
  return (
    <section className="panel" aria-labelledby="alumni-heading">
      <h2 id="alumni-heading">{t('sectionTitle')}</h2>
      <p role="status">{done}</p>
      {standing.cycles.length ? (
        <>
          <p>{t('alumnusIntro')}</p>
          <ul>
            {standing.cycles.map((c) => (
              <li key={c.cycleId}>{t('cycleRole', { cycle: c.cycleName, role: c.role })}</li>
            ))}
          </ul>
        </>
      ) : null}
      {standing.can.joinDirectory ? (
        <DirectoryChoices
          key={standing.directoryEntry?.updatedAt ?? 'none'}
          standing={standing}
          onSaved={(next, message) => {
            setStanding(next);
            setDone(message);
          }}
        />
      ) : null}
      {standing.can.readDirectory ? (
        <p>
          <Link to="/alumni" className="button button--secondary">
            {t('openDirectory')}
          </Link>
        </p>
      ) : null}
      {standing.invitations.length ? (
        <>
          <h3>{t('invitationsHeading')}</h3>
          {standing.invitations.map((invitation) => (
            <Invitation
              key={invitation.id}
              invitation={invitation}
              onAnswered={(message) => {
                setStanding((s) => ({
                  ...s,
                  invitations: s.invitations.filter((i) => i.id !== invitation.id),
                }));
                setDone(message);
                onAnswered();
              }}
            />
          ))}
        </>
      ) : null}
    </section>
  );
}

function DirectoryChoices({
  standing,
  onSaved,
}: {
  standing: MyAlumni;
  onSaved: (next: MyAlumni, message: string) => void;
}) {
  const t = useMessages(alumniMessages);
  const entry = standing.directoryEntry;
  const [showOrganisation, setShowOrganisation] = useState(entry?.showOrganisation ?? false);
  const [showTopics, setShowTopics] = useState(entry?.showTopics ?? false);
  const saving = useAction(async () => {
    const next = await saveMyDirectoryEntry(showOrganisation, showTopics);
    onSaved(next, t(entry ? 'saved' : 'joined'));
  });
  const leaving = useAction(async () => {
    onSaved(await removeMyDirectoryEntry(), t('left'));
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saving.run();
  };
  return (
    <form onSubmit={submit} aria-labelledby="alumni-directory-heading">
      <h3 id="alumni-directory-heading">{t('directoryHeading')}</h3>
      <p>{t('directoryExplain')}</p>
      <p>
        <strong>{t(entry ? 'listed' : 'notListed')}</strong>
      </p>
      <CheckboxField
        name="showOrganisation"
        label={t('showOrganisation')}
        hint={t('showOrganisationHint')}
        checked={showOrganisation}
        onChange={setShowOrganisation}
      />
      <CheckboxField
        name="showTopics"
        label={t('showTopics')}
        hint={t('showTopicsHint')}
        checked={showTopics}
        onChange={setShowTopics}
      />
      <FormError message={saving.error ?? leaving.error} />
      <p className="button-row">
        <button type="submit" className="button" disabled={saving.busy || leaving.busy}>
          {t(entry ? 'save' : 'join')}
        </button>
        {entry ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={saving.busy || leaving.busy}
            onClick={() => void leaving.run()}
          >
            {t('leave')}
          </button>
        ) : null}
      </p>
    </form>
  );
}

function Invitation({
  invitation,
  onAnswered,
}: {
  invitation: MyAlumniInvitation;
  onAnswered: (message: string) => void;
}) {
  const t = useMessages(alumniMessages);
  const cycle = invitation.cycleName;
  const accepting = useAction(async () => {
    await acceptAlumniInvitation(invitation.id);
    onAnswered(t('accepted', { cycle }));
  });
  const declining = useAction(async () => {
    await declineAlumniInvitation(invitation.id);
    onAnswered(t('declined', { cycle }));
  });
  const busy = accepting.busy || declining.busy;
  return (
    <div className="invitation">
      <p>
        {t('invitationText', {
          cycle,
          startsOn: formatDate(invitation.startsOn),
          endsOn: formatDate(invitation.endsOn),
        })}
      </p>
      {invitation.can.accept ? null : <p className="notice">{t('acceptClosed')}</p>}
      <FormError message={accepting.error ?? declining.error} />
      <p className="button-row">
        {invitation.can.accept ? (
          <button type="button" className="button" disabled={busy} onClick={() => void accepting.run()}>
            {t.rich('accept', { cycle, hidden })}
          </button>
        ) : null}
        {invitation.can.decline ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void declining.run()}
          >
            {t.rich('decline', { cycle, hidden })}
          </button>
        ) : null}
      </p>
    </div>
  );
}
