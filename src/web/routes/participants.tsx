import { useState } from 'react';
import { InviteParticipant } from '../features/invitations/components/invite-participant.tsx';
import { deleteParticipant, getParticipant } from '../features/participants/api/participants.ts';
import { CsvColumnsHelp } from '../features/participants/components/csv-columns-help.tsx';
import { ImportForm } from '../features/participants/components/import-form.tsx';
import { ParticipantBrowser } from '../features/participants/components/participant-browser.tsx';
import { ParticipantForm } from '../features/participants/components/participant-form.tsx';
import { ParticipantProfile } from '../features/participants/components/participant-profile.tsx';
import { Link, navigate, useSearchParams } from '../lib/router.tsx';
import { useOwnOrganisation } from '../lib/session.tsx';
import { ConfirmButton } from '../lib/ui/confirm-button.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useAction } from '../lib/use-action.ts';
import { useResource } from '../lib/use-resource.ts';
import { useFilterOptions } from './options.ts';

export function ParticipantsPage() {
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  const [params] = useSearchParams();
  const cycleId = params.get('cycleId');
  return (
    <Page
      title="Participants"
      intro={<p>Mentors and mentees nominated for a cycle.</p>}
      actions={
        <>
          <Link to={`/participants/new${cycleId ? `?cycleId=${cycleId}` : ''}`} className="button">
            Add participant
          </Link>
          <Link
            to={`/participants/import${cycleId ? `?cycleId=${cycleId}` : ''}`}
            className="button button--secondary"
          >
            Import CSV
          </Link>
        </>
      }
    >
      <Loaded resource={options} loading="Loading filters…">
        {({ organisations, cycles }) => (
          <ParticipantBrowser
            organisations={organisations}
            cycles={cycles}
            fixedOrganisationId={ownOrganisationId}
          />
        )}
      </Loaded>
    </Page>
  );
}

export function NewParticipantPage() {
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  const [params] = useSearchParams();
  return (
    <Page title="Add participant" intro={<p>Nominate a mentor or mentee for a cycle.</p>}>
      <Loaded resource={options} loading="Loading…">
        {({ organisations, openCycles }) => (
          <ParticipantForm
            cycles={openCycles}
            organisations={organisations}
            fixedOrganisationId={ownOrganisationId}
            defaultCycleId={params.get('cycleId') ?? undefined}
            onSaved={(p) => navigate(`/participants/${p.id}`, { replace: true })}
            onCancel={() => navigate('/participants')}
          />
        )}
      </Loaded>
    </Page>
  );
}

export function ImportParticipantsPage() {
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  const [params] = useSearchParams();
  return (
    <Page
      title="Import participants"
      intro={
        <p>
          Add or update many participants at once from a CSV file. People are recognised by email, so
          importing a corrected file again updates them instead of adding them twice.
        </p>
      }
    >
      <CsvColumnsHelp organisationOptional={ownOrganisationId !== undefined} />
      <Loaded resource={options} loading="Loading cycles…">
        {({ openCycles }) => (
          <ImportForm cycles={openCycles} defaultCycleId={params.get('cycleId') ?? undefined} />
        )}
      </Loaded>
      <p>
        <Link to="/participants">← Back to participants</Link>
      </p>
    </Page>
  );
}

export function ParticipantPage({ id }: { id: string }) {
  const participant = useResource(id, (signal) => getParticipant(id, signal));
  const options = useFilterOptions();
  const [editing, setEditing] = useState(false);
  // On success the page leaves for the list; until then the button stays disabled.
  const removal = useAction(
    async () => {
      await deleteParticipant(id);
      navigate('/participants', { replace: true });
    },
    { keepBusyOnSuccess: true },
  );

  return (
    <Loaded resource={participant} loading="Loading the participant…">
      {(p) => (
        <Page
          title={p.name}
          actions={
            p.can.edit && !editing ? (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                Edit participant
              </button>
            ) : null
          }
        >
          <p>
            <Link to="/participants">← All participants</Link>
          </p>
          {editing ? (
            <section className="panel" aria-labelledby="edit-participant">
              <h2 id="edit-participant">Edit participant</h2>
              <Loaded resource={options} loading="Loading…">
                {({ organisations, cycles }) => (
                  <ParticipantForm
                    // A reload after a stale save brings a new version: the form starts from it.
                    key={p.version}
                    participant={p}
                    cycles={cycles}
                    organisations={organisations}
                    onSaved={() => {
                      setEditing(false);
                      participant.reload();
                    }}
                    onCancel={() => setEditing(false)}
                    onStale={participant.reload}
                  />
                )}
              </Loaded>
            </section>
          ) : (
            <ParticipantProfile participant={p} />
          )}

          {p.can.invite ? (
            <section aria-labelledby="participant-invite">
              <h2 id="participant-invite">Invitation</h2>
              <p>
                Invite {p.name} to crossmentor so they can sign in and see their programme. You get a link to
                send them.
              </p>
              <InviteParticipant personId={p.personId} name={p.name} />
            </section>
          ) : null}

          {p.can.remove ? (
            <section aria-labelledby="participant-danger" className="danger-zone">
              <h2 id="participant-danger">Remove from the cycle</h2>
              {removal.error ? (
                <div role="alert" className="notice notice--error">
                  {removal.error}
                </div>
              ) : null}
              <ConfirmButton
                label="Remove participant"
                question={`Remove ${p.name} from ${p.cycleName}?`}
                confirmLabel={`Yes, remove ${p.name}`}
                busy={removal.busy}
                onConfirm={removal.run}
              />
            </section>
          ) : null}
        </Page>
      )}
    </Loaded>
  );
}
