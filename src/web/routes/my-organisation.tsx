import type { Cycle } from '../../shared/contract/cycles.ts';
import { dashboardMessages } from '../../shared/i18n/dashboard.ts';
import { myOrganisationMessages } from '../../shared/i18n/my-organisation.ts';
import { listCycles } from '../features/cycles/api/cycles.ts';
import { CycleList } from '../features/cycles/components/cycle-list.tsx';
import { MyEvents } from '../features/events/components/my-events.tsx';
import { getApproval } from '../features/matching/api/matching.ts';
import {
  getOrganisation,
  listContacts,
  listOrganisations,
} from '../features/organisations/api/organisations.ts';
import { ContactList } from '../features/organisations/components/contact-list.tsx';
import { OrganisationFacts } from '../features/organisations/components/organisation-facts.tsx';
import { participantExportUrl } from '../features/participants/api/participants.ts';
import { CycleGlance } from '../features/reports/components/cycle-glance.tsx';
import { ContactToDo } from '../features/setup/components/contact-to-do.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useSession } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';

/**
 * The cycles the home sums up: those running and the one closed last, so a finished year's figures
 * stay at hand; else the latest cycle, so a new contact sees where things start.
 */
function cyclesAtAGlance(cycles: readonly Cycle[]): Cycle[] {
  const latestFirst = [...cycles].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  const running = latestFirst.filter((c) => c.status === 'running');
  const lastClosed = latestFirst.find((c) => c.status === 'closed');
  const shown = lastClosed ? [...running, lastClosed] : running;
  return shown.length ? shown : latestFirst.slice(0, 1);
}

/** The organisation contact's home: their own organisation, its contacts, and the cycles it takes part in. */
export function MyOrganisationPage() {
  const { account } = useSession();
  const t = useMessages(myOrganisationMessages);
  const d = useMessages(dashboardMessages);
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
    <Loaded resource={data} loading={t('loading')}>
      {(loaded) =>
        loaded ? (
          <Page title={loaded.organisation.name} intro={<p>{t('intro')}</p>}>
            <ContactToDo waiting={loaded.waiting} />
            {loaded.cycles.length ? (
              <section aria-labelledby="my-org-glance">
                <h2 id="my-org-glance">{d('homeHeading')}</h2>
                <p className="muted">{d('homeIntro')}</p>
                <div className="cards">
                  {cyclesAtAGlance(loaded.cycles).map((c) => (
                    <CycleGlance key={c.id} cycle={c} organisationId={loaded.organisation.id} />
                  ))}
                </div>
              </section>
            ) : null}
            <OrganisationFacts organisation={loaded.organisation} organisations={loaded.organisations} />
            <section aria-labelledby="my-org-people">
              <h2 id="my-org-people">{t('peopleHeading')}</h2>
              <div className="button-row">
                <Link to="/participants" className="button">
                  {t('seeParticipants')}
                </Link>
                <Link to="/participants/new" className="button button--secondary">
                  {t('addParticipant')}
                </Link>
                <Link to="/participants/import" className="button button--secondary">
                  {t('importCsv')}
                </Link>
                <a
                  href={participantExportUrl({ organisationId: loaded.organisation.id })}
                  className="button button--secondary"
                  download
                >
                  {t('exportCsv')}
                </a>
              </div>
            </section>
            <section aria-labelledby="my-org-cycles">
              <h2 id="my-org-cycles">{t('cyclesHeading')}</h2>
              <CycleList cycles={loaded.cycles} emptyText={t('cyclesEmpty')} />
            </section>
            <section aria-labelledby="my-org-contacts">
              <h2 id="my-org-contacts">{t('contactsHeading')}</h2>
              <ContactList contacts={loaded.contacts} />
            </section>
            <MyEvents />
          </Page>
        ) : (
          <Page title={t('noOrganisationTitle')}>
            <p>{t('noOrganisation')}</p>
          </Page>
        )
      }
    </Loaded>
  );
}
