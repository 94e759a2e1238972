import { listCycles } from '../features/cycles/api/cycles.ts';
import { CycleList } from '../features/cycles/components/cycle-list.tsx';
import { getApproval } from '../features/matching/api/matching.ts';
import {
  getOrganisation,
  listContacts,
  listOrganisations,
} from '../features/organisations/api/organisations.ts';
import { ContactList } from '../features/organisations/components/contact-list.tsx';
import { OrganisationFacts } from '../features/organisations/components/organisation-facts.tsx';
import { participantExportUrl } from '../features/participants/api/participants.ts';
import { ContactToDo } from '../features/setup/components/contact-to-do.tsx';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

/** The organisation contact's home: their own organisation, its contacts, and the cycles it takes part in. */
export function MyOrganisationPage() {
  const { account } = useSession();
  const organisationId = account.organisationId;
  const data = useResource(organisationId ?? 'none', async (signal) => {
    if (!organisationId) return null;
    const [organisation, organisations, contacts, cycles] = await Promise.all([
      getOrganisation(organisationId, signal),
      listOrganisations(signal),
      listContacts(organisationId, signal),
      listCycles(signal),
    ]);
    // What waits for the contact: the undecided proposals of each cycle still under way.
    const waiting = await Promise.all(
      cycles
        .filter((c) => c.status !== 'closed')
        .map(async (c) => {
          const approval = await getApproval(c.id, signal);
          const count = approval.proposals.filter((p) => p.approval === 'pending' && p.can.decide).length;
          return { cycleId: c.id, cycleName: c.name, count };
        }),
    );
    return { organisation, organisations, contacts, cycles, waiting };
  });

  return (
    <Loaded resource={data} loading="Loading your organisation…">
      {(loaded) =>
        loaded ? (
          <Page
            title={loaded.organisation.name}
            intro={
              <p>You are an organisation contact: you nominate and follow this organisation’s people.</p>
            }
          >
            <ContactToDo waiting={loaded.waiting} />
            <OrganisationFacts organisation={loaded.organisation} organisations={loaded.organisations} />
            <section aria-labelledby="my-org-people">
              <h2 id="my-org-people">Your people</h2>
              <div className="button-row">
                <Link to="/participants" className="button">
                  See participants
                </Link>
                <Link to="/participants/new" className="button button--secondary">
                  Add a participant
                </Link>
                <Link to="/participants/import" className="button button--secondary">
                  Import a CSV file
                </Link>
                <a
                  href={participantExportUrl({ organisationId: loaded.organisation.id })}
                  className="button button--secondary"
                  download
                >
                  Export CSV
                </a>
              </div>
            </section>
            <section aria-labelledby="my-org-cycles">
              <h2 id="my-org-cycles">Cycles you take part in</h2>
              <CycleList
                cycles={loaded.cycles}
                emptyText="Your organisation does not take part in a cycle yet. The coordinator adds it."
              />
            </section>
            <section aria-labelledby="my-org-contacts">
              <h2 id="my-org-contacts">Organisation contacts</h2>
              <ContactList contacts={loaded.contacts} />
            </section>
          </Page>
        ) : (
          <Page title="Your organisation">
            <p>Your account is not linked to an organisation. Ask the coordinator to check your account.</p>
          </Page>
        )
      }
    </Loaded>
  );
}
