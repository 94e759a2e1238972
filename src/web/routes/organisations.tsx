import { useState } from 'react';
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
import { Link, navigate } from '../lib/router.tsx';
import { ConfirmButton } from '../lib/ui/confirm-button.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Empty, Loaded } from '../lib/ui/status.tsx';
import { useAction } from '../lib/use-action.ts';
import { useResource } from '../lib/use-resource.ts';

export function OrganisationsPage() {
  const organisations = useResource('organisations', (signal) => listOrganisations(signal));
  return (
    <Page
      title="Organisations"
      intro={
        <p>The members of the consortium. Each names organisation contacts who nominate their people.</p>
      }
      actions={
        <Link to="/organisations/new" className="button">
          Add organisation
        </Link>
      }
    >
      <Loaded resource={organisations} loading="Loading organisations…">
        {(list) => (
          <OrganisationList organisations={[...list].sort((a, b) => a.name.localeCompare(b.name))} />
        )}
      </Loaded>
    </Page>
  );
}

export function NewOrganisationPage() {
  const organisations = useResource('organisations', (signal) => listOrganisations(signal));
  return (
    <Page title="Add organisation">
      <Loaded resource={organisations} loading="Loading…">
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
    <Loaded resource={data} loading="Loading the organisation…">
      {({ organisation, organisations, contacts, cycles }) => (
        <Page
          title={organisation.name}
          actions={
            organisation.can.edit && !editing ? (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                Edit organisation
              </button>
            ) : null
          }
        >
          <p>
            <Link to="/organisations">← All organisations</Link>
          </p>
          {editing ? (
            <section className="panel" aria-labelledby="edit-organisation">
              <h2 id="edit-organisation">Edit organisation</h2>
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
            <h2 id="org-participants">Participants</h2>
            <p>
              <Link to={`/participants?organisationId=${organisation.id}`}>
                See the {organisation.participantCount} participants of {organisation.name}
              </Link>
            </p>
          </section>

          <section aria-labelledby="org-cycles">
            <h2 id="org-cycles">Cycles</h2>
            {cycles.length ? (
              <ul className="plain-list">
                {cycles.map((c) => (
                  <li key={c.id}>
                    <Link to={`/cycles/${c.id}`}>{c.name}</Link> — {cycleStatusLabel(c.status)}
                  </li>
                ))}
              </ul>
            ) : (
              <Empty>This organisation does not take part in a cycle yet. Add it from a cycle’s page.</Empty>
            )}
          </section>

          <section aria-labelledby="org-contacts">
            <h2 id="org-contacts">Organisation contacts</h2>
            <ContactList contacts={contacts} />
            <h3>Invite an organisation contact</h3>
            <p>
              The contact receives a link to create their account; they then nominate this organisation’s
              people.
            </p>
            <InviteContactForm organisationId={organisation.id} />
          </section>

          {organisation.can.remove ? (
            <section aria-labelledby="org-danger" className="danger-zone">
              <h2 id="org-danger">Delete organisation</h2>
              <p>Deleting removes the organisation from the consortium for good.</p>
              {removal.error ? (
                <div role="alert" className="notice notice--error">
                  {removal.error}
                </div>
              ) : null}
              <ConfirmButton
                label="Delete organisation"
                question={`Delete ${organisation.name}? This cannot be undone.`}
                confirmLabel={`Yes, delete ${organisation.name}`}
                busy={removal.busy}
                onConfirm={removal.run}
              />
            </section>
          ) : organisation.can.edit ? (
            // Whoever manages it learns why there is no delete button.
            <p className="muted">
              An organisation can be deleted once it has no people and takes part in no cycle.
            </p>
          ) : null}
        </Page>
      )}
    </Loaded>
  );
}
