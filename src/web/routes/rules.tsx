import { matchingRulesMessages } from '../../shared/i18n/matching-rules.ts';
import { getPreflight, getRules } from '../features/matching/api/matching.ts';
import { PreflightReport } from '../features/matching/components/preflight-report.tsx';
import { RulesForm } from '../features/matching/components/rules-form.tsx';
import { listOrganisations } from '../features/organisations/api/organisations.ts';
import { listParticipants } from '../features/participants/api/participants.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';

export function CycleRulesPage({ id }: { id: string }) {
  const t = useMessages(matchingRulesMessages);
  const data = useResource(`rules-${id}`, async (signal) => {
    const [rules, organisations, mentees, mentors] = await Promise.all([
      getRules(id, signal),
      listOrganisations(signal),
      listParticipants({ cycleId: id, role: 'mentee', limit: 1000 }, signal),
      listParticipants({ cycleId: id, role: 'mentor', limit: 1000 }, signal),
    ]);
    const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
    const person = (p: { id: string; name: string; organisationName: string }) => ({
      value: p.id,
      label: `${p.name} (${p.organisationName})`,
    });
    return {
      rules,
      organisations: organisations.map((o) => ({ value: o.id, label: o.name })).sort(byLabel),
      mentees: mentees.participants.map(person).sort(byLabel),
      mentors: mentors.participants.map(person).sort(byLabel),
    };
  });
  const preflight = useResource(`preflight-${id}`, (signal) => getPreflight(id, signal));
  return (
    <CycleSection cycleId={id} section={t('sectionTitle')} intro={<p>{t('pageIntro')}</p>}>
      {() => (
        <div className="split">
          <section className="panel" aria-labelledby="rules-heading">
            <h2 id="rules-heading">{t('rulesHeading')}</h2>
            <Loaded resource={data} loading={t('loadingRules')}>
              {(d) => (
                <RulesForm
                  // A reload after a stale save brings a new version: the form starts from it.
                  key={d.rules.version}
                  cycleId={id}
                  rules={d.rules}
                  organisations={d.organisations}
                  mentees={d.mentees}
                  mentors={d.mentors}
                  onSaved={() => preflight.reload()}
                  onStale={data.reload}
                />
              )}
            </Loaded>
          </section>
          <section className="panel" aria-labelledby="preflight-heading">
            <h2 id="preflight-heading">{t('preflightHeading')}</h2>
            <button type="button" className="button button--secondary" onClick={preflight.reload}>
              {t('checkAgain')}
            </button>
            <Loaded resource={preflight} loading={t('checking')}>
              {(report) => <PreflightReport report={report} />}
            </Loaded>
          </section>
        </div>
      )}
    </CycleSection>
  );
}
