import { useState } from 'react';
import { listInvitations } from '../features/invitations/api/invitations.ts';
import { InvitationList } from '../features/invitations/components/invitation-list.tsx';
import { InviteAll } from '../features/invitations/components/invite-all.tsx';
import { InviteContactForm } from '../features/invitations/components/invite-contact-form.tsx';
import { listOrganisations } from '../features/organisations/api/organisations.ts';
import { Link } from '../lib/router.tsx';
import { useOwnOrganisation } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { useFilterOptions } from './options.ts';

export function InvitationsPage() {
  const invitations = useResource('invitations', (signal) => listInvitations(signal));
  // A new form after a revocation: the link it showed may be the one that no longer works.
  const [formKey, setFormKey] = useState(0);
  const can = invitations.data?.can;

  return (
    <Page
      title="Invitations"
      intro={
        <p>
          People get an account by invitation. Its link is shown once after inviting: send it to them
          yourself. Where mail is set up, the invitation is mailed to them as well. A pending invitation can
          be revoked.
        </p>
      }
    >
      {can?.inviteContacts ? <InviteContactSection formKey={formKey} onInvited={invitations.reload} /> : null}
      {can?.inviteParticipants ? <InviteParticipantsSection onInvited={invitations.reload} /> : null}
      <section aria-labelledby="sent-invitations">
        <h2 id="sent-invitations">Sent invitations</h2>
        <Loaded resource={invitations} loading="Loading invitations…">
          {(page) => (
            <InvitationList
              invitations={page.invitations}
              onChanged={() => {
                invitations.reload();
                setFormKey((k) => k + 1);
              }}
            />
          )}
        </Loaded>
      </section>
    </Page>
  );
}

/** Shown where the server says the viewer may invite participants: the coordinator and contacts. */
function InviteParticipantsSection({ onInvited }: { onInvited: () => void }) {
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  return (
    <section className="panel" aria-labelledby="invite-participants">
      <h2 id="invite-participants">Invite participants</h2>
      <p>
        To invite one participant, open them from the <Link to="/participants">participants list</Link> and
        choose “Invite”. Or invite everyone who is not invited yet.
      </p>
      <Loaded resource={options} loading="Loading cycles…">
        {({ openCycles, organisations }) =>
          openCycles.length === 0 ? (
            <p>No cycle is taking participants now, so there is nobody to invite.</p>
          ) : (
            <InviteAll
              cycles={openCycles}
              // A contact's people are their own organisation's: there is nothing to choose.
              organisations={ownOrganisationId === undefined ? organisations : null}
              onInvited={onInvited}
            />
          )
        }
      </Loaded>
    </section>
  );
}

/** Shown where the server says the viewer may invite contacts (the coordinator). */
function InviteContactSection({ formKey, onInvited }: { formKey: number; onInvited: () => void }) {
  const organisations = useResource('organisations', async (signal) =>
    (await listOrganisations(signal))
      .map((o) => ({ value: o.id, label: o.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  );
  return (
    <section className="panel" aria-labelledby="invite-contact">
      <h2 id="invite-contact">Invite an organisation contact</h2>
      <Loaded resource={organisations} loading="Loading organisations…">
        {(options) => <InviteContactForm key={formKey} organisations={options} onInvited={onInvited} />}
      </Loaded>
    </section>
  );
}
