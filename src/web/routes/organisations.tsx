import { useState } from 'react';
import { organisationsMessages } from '../../shared/i18n/organisations.ts';
import { listCycles } from '../features/cycles/api/cycles.ts';
import { InviteContactForm } from '../features/invitations/components/invite-contact-form.tsx';
import {
  deleteOrganisation,
  getOrganisation,
  listContacts,
  listOrganisations,
} from '../features/organisations/api/organisations.ts';
import { ContactList } from '../features/organisations/components/contact-list.tsx';
import { OrganisationFacts } from '../features/organisations/components/organisation-facts.tsx';
import { OrganisationForm } from '../features/organisations/components/organisation-form.tsx';
import { OrganisationList } from '../features/organisations/components/organisation-list.tsx';
import { cycleStatusLabel } from '../lib/format.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link, navigate } from '../lib/router.tsx';
import { ConfirmButton } from '../lib/ui/confirm-button.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Empty, Loaded } from '../lib/ui/status.tsx';
import { useAction } from '../lib/use-action.ts';
import { useResource } from '../lib/use-resource.ts';

export function OrganisationsPage() {
  const t = useMessages(organisationsMessages);
  const organisations = useResource('organisations', (signal) => listOrganisations(signal));
  return (
    <Page
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      actions={
        <Link to="/organisations/new" className="button">
          {t('addOrganisation')}
        </Link>
      }
    >
      <Loaded resource={organisations} loading={t('loadingOrganisations')}>
        {(list) => (
          <OrganisationList organisations={[...list].sort((a, b) => a.name.localeCompare(b.name))} />
        )}
      </Loaded>
    </Page>
  );
}

export function NewOrganisationPage() {
  const t = useMessages(organisationsMessages);
  const organisations = useResource('organisations', (signal) => listOrganisations(signal));
  return (
    <Page title={t('addOrganisation')}>
      <Loaded resource={organisations} loading={t('loading')}>
        {(list) => (
          <OrganisationForm
            organisations={list}
            onSaved={(o) => navigate(`/organisations/${o.id}`, { replace: true })}
            onCancel={() => navigate('/organisations')}
          />
        )}
      </Loaded>
    </Page>
  );
}

/** The coordinator's view of one organisation: facts, contacts, invitations, cycles. */
export function OrganisationPage({ id }: { id: string }) {
  const t = useMessages(organisationsMessages);
  const data = useResource(id, async (signal) => {
    const [organisation, organisations, contacts, cycles] = await Promise.all([
      getOrganisation(id, signal),
      listOrganisations(signal),
      listContacts(id, signal),
      listCycles(signal),
    ]);
    return {
      organisation,
      organisations,
      contacts,
      cycles: cycles.filter((c) => c.organisationIds.includes(id)),
    };
  });
  const [editing, setEditing] = useState(false);
  // On success the page leaves for the list; until then the button stays disabled.
  const removal = useAction(
    async () => {
      await deleteOrganisation(id);
      navigate('/organisations', { replace: true });
    },
    { keepBusyOnSuccess: true },
  );

  return (
    <Loaded resource={data} loading={t('loadingOrganisation')}>
      {({ organisation, organisations, contacts, cycles }) => (
        <Page
          title={organisation.name}
          actions={
            organisation.can.edit && !editing ? (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('editOrganisation')}
              </button>
            ) : null
          }
        >
          <p>
            <Link to="/organisations">{t('allOrganisations')}</Link>
          </p>
          {editing ? (
            <section className="panel" aria-labelledby="edit-organisation">
              <h2 id="edit-organisation">{t('editOrganisation')}</h2>
              <OrganisationForm
                // A reload after a stale save brings a new version: the form starts from it.
                key={organisation.version}
                organisation={organisation}
                organisations={organisations}
                onSaved={() => {
                  setEditing(false);
                  data.reload();
                }}
                onCancel={() => setEditing(false)}
                onStale={data.reload}
              />
            </section>
          ) : (
            <OrganisationFacts organisation={organisation} organisations={organisations} />
          )}

          <section aria-labelledby="org-participants">
            <h2 id="org-participants">{t('participantsHeading')}</h2>
            <p>
              <Link to={`/participants?organisationId=${organisation.id}`}>
                {t('seeParticipants', { count: organisation.participantCount, name: organisation.name })}
              </Link>
            </p>
          </section>

          <section aria-labelledby="org-cycles">
            <h2 id="org-cycles">{t('cyclesHeading')}</h2>
            {cycles.length ? (
              <ul className="plain-list">
                {cycles.map((c) => (
                  <li key={c.id}>
                    {t.rich('cycleLine', {
                      name: c.name,
                      status: cycleStatusLabel(c.status),
                      link: (chunks) => <Link to={`/cycles/${c.id}`}>{chunks}</Link>,
                    })}
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>{t('noCycles')}</Empty>
            )}
          </section>

          <section aria-labelledby="org-contacts">
            <h2 id="org-contacts">{t('contactsHeading')}</h2>
            <ContactList contacts={contacts} />
            <h3>{t('inviteContactHeading')}</h3>
            <p>{t('inviteContactIntro')}</p>
            <InviteContactForm organisationId={organisation.id} />
          </section>

          {organisation.can.remove ? (
            <section aria-labelledby="org-danger" className="danger-zone">
              <h2 id="org-danger">{t('deleteHeading')}</h2>
              <p>{t('deleteIntro')}</p>
              {removal.error ? (
                <div role="alert" className="notice notice--error">
                  {removal.error}
                </div>
              ) : null}
              <ConfirmButton
                label={t('deleteHeading')}
                question={t('deleteQuestion', { name: organisation.name })}
                confirmLabel={t('deleteConfirm', { name: organisation.name })}
                busy={removal.busy}
                onConfirm={removal.run}
              />
            </section>
          ) : organisation.can.edit ? (
            // Whoever manages it learns why there is no delete button.
            <p className="muted">{t('deleteWhenEmpty')}</p>
          ) : null}
        </Page>
      )}
    </Loaded>
  );
}
