import { useState } from 'react';
import { agreementEndpoints } from '../../shared/contract/agreements.ts';
import { cycleEndpoints } from '../../shared/contract/cycles.ts';
import type { SurveyDateMove } from '../../shared/contract/surveys.ts';
import { cyclesMessages } from '../../shared/i18n/cycles.ts';
import { TandemSettingsSection } from '../features/agreements/components/tandem-settings-form.tsx';
import { getCycle, listCycles } from '../features/cycles/api/cycles.ts';
import { CycleChecklistPanel } from '../features/cycles/components/cycle-checklist.tsx';
import { CycleForm } from '../features/cycles/components/cycle-form.tsx';
import { CycleList, CycleStatusBadge } from '../features/cycles/components/cycle-list.tsx';
import { CycleOrganisations } from '../features/cycles/components/cycle-organisations.tsx';
import { CycleStatusControl } from '../features/cycles/components/cycle-status-control.tsx';
import { SetupChecklist } from '../features/cycles/components/setup-checklist.tsx';
import { listOrganisations } from '../features/organisations/api/organisations.ts';
import { SurveyDateOffer } from '../features/surveys/components/survey-date-offer.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link, navigate } from '../lib/router.tsx';
import { useMayCall } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { CycleTabs } from './cycle-sections.tsx';

export function CyclesPage() {
  const t = useMessages(cyclesMessages);
  const mayCall = useMayCall();
  const mayCreate = mayCall(cycleEndpoints.create);
  const guides = mayCall(cycleEndpoints.checklist);
  const cycles = useResource('cycles', async (signal) => {
    const [list, organisations] = await Promise.all([
      listCycles(signal),
      guides ? listOrganisations(signal) : Promise.resolve([]),
    ]);
    return { list, organisations: organisations.length };
  });
  return (
    <Page
      title={t('title')}
      intro={<p>{t('intro')}</p>}
      actions={
        mayCreate ? (
          <Link to="/cycles/new" className="button">
            {t('newCycle')}
          </Link>
        ) : null
      }
    >
      <Loaded resource={cycles} loading={t('loadingCycles')}>
        {({ list, organisations }) => {
          const sorted = [...list].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
          // The coordinator's home guides: the setup until a cycle exists, then the latest cycle still running its course.
          const current = sorted.find((c) => c.status !== 'closed');
          return (
            <>
              {guides && list.length === 0 ? <SetupChecklist organisations={organisations} /> : null}
              {guides && current ? (
                <>
                  <p>
                    {t.rich('whereStands', {
                      name: current.name,
                      link: (chunks) => <Link to={`/cycles/${current.id}`}>{chunks}</Link>,
                    })}
                  </p>
                  <CycleChecklistPanel cycleId={current.id} />
                </>
              ) : null}
              <CycleList cycles={sorted} emptyText={mayCreate ? t('emptyCoordinator') : t('emptyContact')} />
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}

export function NewCyclePage() {
  const t = useMessages(cyclesMessages);
  return (
    <Page title={t('newCycle')}>
      <CycleForm
        onSaved={(c) => navigate(`/cycles/${c.id}`, { replace: true })}
        onCancel={() => navigate('/cycles')}
      />
    </Page>
  );
}

export function CyclePage({ id }: { id: string }) {
  const t = useMessages(cyclesMessages);
  const mayCall = useMayCall();
  const data = useResource(id, async (signal) => {
    const [cycle, organisations] = await Promise.all([getCycle(id, signal), listOrganisations(signal)]);
    return {
      cycle,
      organisations: organisations
        .map((o) => ({ id: o.id, name: o.name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    };
  });
  const [editing, setEditing] = useState(false);
  // The surveys the cycle's new dates would move, until the coordinator moves them or keeps their dates.
  const [surveyDateOffer, setSurveyDateOffer] = useState<readonly SurveyDateMove[]>([]);
  const [surveyNotice, setSurveyNotice] = useState('');

  return (
    <Loaded resource={data} loading={t('loadingCycle')}>
      {({ cycle, organisations }) => (
        <Page
          title={cycle.name}
          intro={
            <p>
              <CycleStatusBadge status={cycle.status} />{' '}
              {t('dates', { start: formatDate(cycle.startsOn), end: formatDate(cycle.endsOn) })}
            </p>
          }
          actions={
            cycle.can.edit && !editing ? (
              <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                {t('editCycle')}
              </button>
            ) : null
          }
        >
          <p>
            <Link to="/cycles">{t('allCycles')}</Link>
          </p>
          <CycleTabs cycleId={cycle.id} />
          {mayCall(cycleEndpoints.checklist) ? (
            <CycleChecklistPanel
              cycleId={cycle.id}
              counted={`${cycle.version}:${cycle.status}:${cycle.organisationIds.join(',')}`}
            />
          ) : null}
          {editing ? (
            <section className="panel" aria-labelledby="edit-cycle">
              <h2 id="edit-cycle">{t('editCycle')}</h2>
              <CycleForm
                // A reload after a stale save brings a new version: the form starts from it.
                key={cycle.version}
                cycle={cycle}
                onSaved={(saved) => {
                  setEditing(false);
                  setSurveyDateOffer('surveyDateOffer' in saved ? saved.surveyDateOffer : []);
                  setSurveyNotice('');
                  data.reload();
                }}
                onCancel={() => setEditing(false)}
                onStale={data.reload}
              />
            </section>
          ) : null}
          {surveyDateOffer.length > 0 ? (
            <SurveyDateOffer
              cycleId={cycle.id}
              offer={surveyDateOffer}
              onDone={(moved) => {
                setSurveyDateOffer([]);
                setSurveyNotice(moved ? t('surveysMoved') : t('surveysKept'));
              }}
            />
          ) : null}
          <p role="status" className={surveyNotice ? 'notice' : 'visually-hidden'}>
            {surveyNotice}
          </p>

          <dl className="facts">
            <div>
              <dt>{t('columnOrganisations')}</dt>
              <dd>{formatNumber(cycle.organisationIds.length)}</dd>
            </div>
            <div>
              <dt>{t('columnMentors')}</dt>
              <dd>{formatNumber(cycle.mentorCount)}</dd>
            </div>
            <div>
              <dt>{t('columnMentees')}</dt>
              <dd>{formatNumber(cycle.menteeCount)}</dd>
            </div>
          </dl>
          <p>
            <Link to={`/participants?cycleId=${cycle.id}`}>{t('seeParticipants')}</Link>
          </p>

          {/* Whoever runs the cycle sees its phases, also once they no longer change. */}
          {cycle.can.changeStatus || cycle.can.edit ? (
            <section aria-labelledby="cycle-status">
              <h2 id="cycle-status">{t('phaseHeading')}</h2>
              <CycleStatusControl cycle={cycle} onChanged={() => data.reload()} />
            </section>
          ) : null}

          {mayCall(agreementEndpoints.changeTandemSettings) ? (
            <TandemSettingsSection cycleId={cycle.id} />
          ) : null}

          <section aria-labelledby="cycle-organisations">
            <h2 id="cycle-organisations">{t('organisationsHeading')}</h2>
            <CycleOrganisations cycle={cycle} organisations={organisations} onChanged={() => data.reload()} />
          </section>
        </Page>
      )}
    </Loaded>
  );
}
