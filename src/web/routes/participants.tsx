import { useState } from 'react';
import { participantsMessages } from '../../shared/i18n/participants.ts';
import { InviteParticipant } from '../features/invitations/components/invite-participant.tsx';
import { deleteParticipant, getParticipant } from '../features/participants/api/participants.ts';
import { CsvColumnsHelp } from '../features/participants/components/csv-columns-help.tsx';
import { ImportForm } from '../features/participants/components/import-form.tsx';
import { ParticipantBrowser } from '../features/participants/components/participant-browser.tsx';
import { ParticipantForm } from '../features/participants/components/participant-form.tsx';
import { ParticipantProfile } from '../features/participants/components/participant-profile.tsx';
import { useMessages } from '../lib/i18n.tsx';
import { Link, navigate, useSearchParams } from '../lib/router.tsx';
import { useOwnOrganisation } from '../lib/session.tsx';
import { ConfirmButton } from '../lib/ui/confirm-button.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useAction } from '../lib/use-action.ts';
import { useResource } from '../lib/use-resource.ts';
import { useFilterOptions } from './options.ts';

export function ParticipantsPage() {
  const t = useMessages(participantsMessages);
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  const [params] = useSearchParams();
  const cycleId = params.get('cycleId');
  return (
    <Page
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      actions={
        <>
          <Link to={`/participants/new${cycleId ? `?cycleId=${cycleId}` : ''}`} className="button">
            {t('addParticipant')}
          </Link>
          <Link
            to={`/participants/import${cycleId ? `?cycleId=${cycleId}` : ''}`}
            className="button button--secondary"
          >
            {t('importCsv')}
          </Link>
        </>
      }
    >
      <Loaded resource={options} loading={t('loadingFilters')}>
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
  const t = useMessages(participantsMessages);
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  const [params] = useSearchParams();
  return (
    <Page title={t('addParticipant')} intro={<p>{t('newIntro')}</p>}>
      <Loaded resource={options} loading={t('loading')}>
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
  const t = useMessages(participantsMessages);
  const options = useFilterOptions();
  const ownOrganisationId = useOwnOrganisation();
  const [params] = useSearchParams();
  return (
    <Page title={t('importTitle')} intro={<p>{t('importIntro')}</p>}>
      <CsvColumnsHelp organisationOptional={ownOrganisationId !== undefined} />
      <Loaded resource={options} loading={t('loadingCycles')}>
        {({ openCycles }) => (
          <ImportForm cycles={openCycles} defaultCycleId={params.get('cycleId') ?? undefined} />
        )}
      </Loaded>
      <p>
        <Link to="/participants">{t('backToParticipants')}</Link>
      </p>
    </Page>
  );
}

export function ParticipantPage({ id }: { id: string }) {
  const t = useMessages(participantsMessages);
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
    <Loaded resource={participant} loading={t('loadingParticipant')}>
      {(p) => (
        <Page
          title={p.name}
          actions={
            p.can.edit && !editing ? (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('editParticipant')}
              </button>
            ) : null
          }
        >
          <p>
            <Link to="/participants">{t('allParticipants')}</Link>
          </p>
          {editing ? (
            <section className="panel" aria-labelledby="edit-participant">
              <h2 id="edit-participant">{t('editParticipant')}</h2>
              <Loaded resource={options} loading={t('loading')}>
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
              <h2 id="participant-invite">{t('invitationHeading')}</h2>
              <p>{t('invitationText', { name: p.name })}</p>
              <InviteParticipant personId={p.personId} name={p.name} />
            </section>
          ) : null}

          {p.can.remove ? (
            <section aria-labelledby="participant-danger" className="danger-zone">
              <h2 id="participant-danger">{t('removeHeading')}</h2>
              {removal.error ? (
                <div role="alert" className="notice notice--error">
                  {removal.error}
                </div>
              ) : null}
              <ConfirmButton
                label={t('removeParticipant')}
                question={t('removeQuestion', { name: p.name, cycle: p.cycleName })}
                confirmLabel={t('removeConfirm', { name: p.name })}
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
