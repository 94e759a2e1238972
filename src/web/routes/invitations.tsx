import { useState } from 'react';
import { invitationsMessages } from '../../shared/i18n/invitations.ts';
import { listInvitations } from '../features/invitations/api/invitations.ts';
import { InvitationList } from '../features/invitations/components/invitation-list.tsx';
import { InviteAll } from '../features/invitations/components/invite-all.tsx';
import { InviteContactForm } from '../features/invitations/components/invite-contact-form.tsx';
import { listOrganisations } from '../features/organisations/api/organisations.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useOwnOrganisation } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { useFilterOptions } from './options.ts';

export function InvitationsPage() {
  const t = useMessages(invitationsMessages);
  const invitations = useResource('invitations', (signal) => listInvitations(signal));
  // A new form after a revocation: the link it showed may be the one that no longer works.
  const [formKey, setFormKey] = useState(0);
  const can = invitations.data?.can;

  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      {can?.inviteContacts ? <InviteContactSection formKey={formKey} onInvited={invitations.reload} /> : null}
      {can?.inviteParticipants ? <InviteParticipantsSection onInvited={invitations.reload} /> : null}
      <section aria-labelledby="sent-invitations">
        <h2 id="sent-invitations">{t('sentHeading')}</h2>
        <Loaded resource={invitations} loading={t('loadingInvitations')}>
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
  const t = useMessages(invitationsMessages);
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  return (
    <section className="panel" aria-labelledby="invite-participants">
      <h2 id="invite-participants">{t('inviteParticipantsHeading')}</h2>
      <p>
        {t.rich('inviteParticipantsIntro', {
          list: (chunks) => <Link to="/participants">{chunks}</Link>,
        })}
      </p>
      <Loaded resource={options} loading={t('loadingCycles')}>
        {({ openCycles, organisations }) =>
          openCycles.length === 0 ? (
            <p>{t('noOpenCycle')}</p>
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
  const t = useMessages(invitationsMessages);
  const organisations = useResource('organisations', async (signal) =>
    (await listOrganisations(signal))
      .map((o) => ({ value: o.id, label: o.name }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  );
  return (
    <section className="panel" aria-labelledby="invite-contact">
      <h2 id="invite-contact">{t('inviteContactHeading')}</h2>
      <Loaded resource={organisations} loading={t('loadingOrganisations')}>
        {(options) => <InviteContactForm key={formKey} organisations={options} onInvited={onInvited} />}
      </Loaded>
    </section>
  );
}
