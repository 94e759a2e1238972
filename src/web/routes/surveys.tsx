import { useState } from 'react';
import { ANONYMITY_THRESHOLD, type MySurvey } from '../../shared/contract/surveys.ts';
import { surveysMessages } from '../../shared/i18n/surveys.ts';
import {
  getSurvey,
  getSurveyResults,
  listCycleSurveys,
  listMySurveys,
} from '../features/surveys/api/surveys.ts';
import { SurveyAnswerForm, SurveyAnswersView } from '../features/surveys/components/survey-answer-form.tsx';
import { SurveyEditor } from '../features/surveys/components/survey-editor.tsx';
import { useSurveyLabels } from '../features/surveys/components/survey-labels.ts';
import { SurveyList, SurveyStatusBadge } from '../features/surveys/components/survey-list.tsx';
import { SurveyResultsView } from '../features/surveys/components/survey-results.tsx';
import { SurveyResultsExport } from '../features/surveys/components/survey-results-export.tsx';
import { formatDate } from '../lib/format.ts';
import { useMessages } from '../lib/i18n.tsx';
import { Link } from '../lib/router.tsx';
import { useOwnOrganisation } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Empty, Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';

/** Staff: the cycle's six surveys; the coordinator edits them, everyone reads the aggregates. */
export function CycleSurveysPage({ id }: { id: string }) {
  const t = useMessages(surveysMessages);
  const surveys = useResource(`cycle-surveys-${id}`, (signal) => listCycleSurveys(id, signal));
  // A contact's view of people is their own organisation's, as every answer from the server is.
  const ownOrganisationOnly = useOwnOrganisation() !== undefined;
  return (
    <CycleSection
      cycleId={id}
      section={t('surveys')}
      intro={
        <p>
          {ownOrganisationOnly
            ? t('cycleSurveysIntroOwnOrganisation', { threshold: ANONYMITY_THRESHOLD })
            : t('cycleSurveysIntro', { threshold: ANONYMITY_THRESHOLD })}
        </p>
      }
    >
      {() => (
        <Loaded resource={surveys} loading={t('loadingSurveys')}>
          {(list) => <SurveyList surveys={list} onChanged={surveys.reload} />}
        </Loaded>
      )}
    </CycleSection>
  );
}

export function SurveyEditPage({ id }: { id: string }) {
  const t = useMessages(surveysMessages);
  const survey = useResource(`survey-${id}`, (signal) => getSurvey(id, signal));
  return (
    <Loaded resource={survey} loading={t('loadingSurvey')}>
      {(s) => (
        <Page
          title={t('editTitle', { title: s.title })}
          intro={
            <p>
              {s.responseCount > 0
                ? t('answeredOf', { count: s.responseCount, total: s.audienceSize })
                : t('nobodyAnsweredEditable')}
            </p>
          }
        >
          <p>
            <Link to={`/cycles/${s.cycleId}/surveys`}>{t('backToCycleSurveys')}</Link>
          </p>
          <SurveyEditor
            // A reload after a stale save brings a new version: the editor starts from it.
            key={s.version}
            survey={s}
            onSaved={() => undefined}
            onStale={survey.reload}
          />
        </Page>
      )}
    </Loaded>
  );
}

export function SurveyResultsPage({ id }: { id: string }) {
  const t = useMessages(surveysMessages);
  const results = useResource(`survey-results-${id}`, (signal) => getSurveyResults(id, signal));
  return (
    <Loaded resource={results} loading={t('loadingResults')}>
      {(r) => (
        <Page
          title={t('resultsTitle', { title: r.survey.title })}
          intro={
            <p>
              <SurveyStatusBadge status={r.survey.status} /> {formatDate(r.survey.opensOn)} –{' '}
              {formatDate(r.survey.closesOn)}
            </p>
          }
        >
          <p>
            <Link to={`/cycles/${r.survey.cycleId}/surveys`}>{t('backToCycleSurveys')}</Link>
          </p>
          <SurveyResultsView results={r} />
          <SurveyResultsExport surveyId={r.survey.id} />
        </Page>
      )}
    </Loaded>
  );
}

function SurveyHeading({ survey }: { survey: MySurvey }) {
  const labels = useSurveyLabels();
  return (
    <>
      <h3>{survey.title}</h3>
      <p className="muted">
        {survey.cycleName} · {labels.kind(survey.kind)} · {formatDate(survey.opensOn)} –{' '}
        {formatDate(survey.closesOn)}
      </p>
    </>
  );
}

/** A survey's answers as given, where they can no longer be changed. */
function YourAnswers({ survey }: { survey: MySurvey }) {
  const t = useMessages(surveysMessages);
  return survey.answers ? (
    <details>
      <summary>{t('yourAnswers')}</summary>
      <SurveyAnswersView survey={survey} />
    </details>
  ) : (
    <p className="muted">{t('didNotAnswer')}</p>
  );
}

/** Participant: open surveys to answer (where the server says they may), then what is coming and what has closed. */
export function MySurveysPage() {
  const t = useMessages(surveysMessages);
  const loaded = useResource('my-surveys', (signal) => listMySurveys(signal));
  const [saved, setSaved] = useState<Record<string, MySurvey>>({});
  return (
    <Page title={t('surveys')} intro={<p>{t('mySurveysIntro', { threshold: ANONYMITY_THRESHOLD })}</p>}>
      <Loaded resource={loaded} loading={t('loadingMySurveys')}>
        {(all) => {
          const surveys = all.map((s) => saved[s.id] ?? s);
          if (!surveys.length) {
            return <Empty>{t('noSurveysYet')}</Empty>;
          }
          const open = surveys.filter((s) => s.status === 'open');
          const upcoming = surveys.filter((s) => s.status === 'upcoming');
          const closed = surveys.filter((s) => s.status === 'closed');
          return (
            <>
              <section aria-labelledby="open-surveys">
                <h2 id="open-surveys">{t('openNow')}</h2>
                {open.length ? (
                  open.map((s) => (
                    <article key={s.id} className="card">
                      <SurveyHeading survey={s} />
                      {s.can.answer ? (
                        <>
                          <p>
                            {s.answers
                              ? t('answeredCanChange', { date: formatDate(s.closesOn) })
                              : t('answerBy', { date: formatDate(s.closesOn) })}
                          </p>
                          <SurveyAnswerForm
                            survey={s}
                            onSaved={(next) => setSaved((m) => ({ ...m, [next.id]: next }))}
                          />
                        </>
                      ) : (
                        <YourAnswers survey={s} />
                      )}
                    </article>
                  ))
                ) : (
                  <Empty>{t('noSurveyOpen')}</Empty>
                )}
              </section>
              {upcoming.length ? (
                <section aria-labelledby="upcoming-surveys">
                  <h2 id="upcoming-surveys">{t('comingUp')}</h2>
                  <ul className="plain-list">
                    {upcoming.map((s) => (
                      <li key={s.id}>
                        <SurveyHeading survey={s} />
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
              {closed.length ? (
                <section aria-labelledby="closed-surveys">
                  <h2 id="closed-surveys">{t('closedSurveys')}</h2>
                  <ul className="plain-list">
                    {closed.map((s) => (
                      <li key={s.id}>
                        <SurveyHeading survey={s} />
                        <YourAnswers survey={s} />
                      </li>
                    ))}
                  </ul>
                </section>
              ) : null}
            </>
          );
        }}
      </Loaded>
    </Page>
  );
}
