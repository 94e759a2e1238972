import { useState } from 'react';
import { listInvitations } from '../features/invitations/api/invitations.ts';
import { InvitationList } from '../features/invitations/components/invitation-list.tsx';
import { InviteContactForm } from '../features/invitations/components/invite-contact-form.tsx';
import { listOrganisations } from '../features/organisations/api/organisations.ts';
import { Link } from '../lib/router.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

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
      {can?.inviteContacts ? (
        <InviteContactSection formKey={formKey} onInvited={invitations.reload} />
      ) : can ? (
        <p className="notice notice--info">
          To invite one of your participants, open them from the{' '}
          <Link to="/participants">participants list</Link> and choose “Invite”.
        </p>
      ) : null}
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
