import { useState } from 'react';
import { type MySurvey, surveyKindLabels } from '../../shared/contract/surveys.ts';
import {
  getSurvey,
  getSurveyResults,
  listCycleSurveys,
  listMySurveys,
} from '../features/surveys/api/surveys.ts';
import { SurveyAnswerForm, SurveyAnswersView } from '../features/surveys/components/survey-answer-form.tsx';
import { SurveyEditor } from '../features/surveys/components/survey-editor.tsx';
import { SurveyList, SurveyStatusBadge } from '../features/surveys/components/survey-list.tsx';
import { SurveyResultsView } from '../features/surveys/components/survey-results.tsx';
import { formatDate } from '../lib/format.ts';
import { Link } from '../lib/router.tsx';
import { useOwnOrganisation } from '../lib/session.tsx';
import { Page } from '../lib/ui/page.tsx';
import { Empty, Loaded } from '../lib/ui/status.tsx';
import { useResource } from '../lib/use-resource.ts';
import { CycleSection } from './cycle-sections.tsx';

/** Staff: the cycle's six surveys; the coordinator edits them, everyone reads the aggregates. */
export function CycleSurveysPage({ id }: { id: string }) {
  const surveys = useResource(`cycle-surveys-${id}`, (signal) => listCycleSurveys(id, signal));
  // A contact's view of people is their own organisation's, as every answer from the server is.
  const ownOrganisationOnly = useOwnOrganisation() !== undefined;
  return (
    <CycleSection
      cycleId={id}
      section="Surveys"
      intro={
        <p>
          Mid-term, final and follow-up surveys for mentees and mentors. They open and close by their dates.
          Answers are confidential: results show counts and anonymous texts, and groups under 5 are hidden
          {ownOrganisationOnly ? '; you see your own organisation’s people only' : ''}.
        </p>
      }
    >
      {() => (
        <Loaded resource={surveys} loading="Loading the surveys…">
          {(list) => <SurveyList surveys={list} onChanged={surveys.reload} />}
        </Loaded>
      )}
    </CycleSection>
  );
}

export function SurveyEditPage({ id }: { id: string }) {
  const survey = useResource(`survey-${id}`, (signal) => getSurvey(id, signal));
  return (
    <Loaded resource={survey} loading="Loading the survey…">
      {(s) => (
        <Page
          title={`Edit: ${s.title}`}
          intro={
            <p>
              {s.responseCount > 0
                ? `${s.responseCount} of ${s.audienceSize} have answered.`
                : 'Nobody has answered yet, so everything can still change.'}
            </p>
          }
        >
          <p>
            <Link to={`/cycles/${s.cycleId}/surveys`}>← All surveys of the cycle</Link>
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
  const results = useResource(`survey-results-${id}`, (signal) => getSurveyResults(id, signal));
  return (
    <Loaded resource={results} loading="Loading the results…">
      {(r) => (
        <Page
          title={`Results: ${r.survey.title}`}
          intro={
            <p>
              <SurveyStatusBadge status={r.survey.status} /> {formatDate(r.survey.opensOn)} –{' '}
              {formatDate(r.survey.closesOn)}
            </p>
          }
        >
          <p>
            <Link to={`/cycles/${r.survey.cycleId}/surveys`}>← All surveys of the cycle</Link>
          </p>
          <SurveyResultsView results={r} />
        </Page>
      )}
    </Loaded>
  );
}

function SurveyHeading({ survey }: { survey: MySurvey }) {
  return (
    <>
      <h3>{survey.title}</h3>
      <p className="muted">
        {survey.cycleName} · {surveyKindLabels[survey.kind]} · {formatDate(survey.opensOn)} –{' '}
        {formatDate(survey.closesOn)}
      </p>
    </>
  );
}

/** A survey's answers as given, where they can no longer be changed. */
function YourAnswers({ survey }: { survey: MySurvey }) {
  return survey.answers ? (
    <details>
      <summary>Your answers</summary>
      <SurveyAnswersView survey={survey} />
    </details>
  ) : (
    <p className="muted">You did not answer this survey.</p>
  );
}

/** Participant: open surveys to answer (where the server says they may), then what is coming and what has closed. */
export function MySurveysPage() {
  const loaded = useResource('my-surveys', (signal) => listMySurveys(signal));
  const [saved, setSaved] = useState<Record<string, MySurvey>>({});
  return (
    <Page
      title="Surveys"
      intro={
        <p>
          Your answers are confidential: nobody reads them with your name. The programme sees only counts and
          anonymous texts, and only when at least 5 people have answered.
        </p>
      }
    >
      <Loaded resource={loaded} loading="Loading your surveys…">
        {(all) => {
          const surveys = all.map((s) => saved[s.id] ?? s);
          if (!surveys.length) {
            return <Empty>You have no surveys yet. They appear here once you are in a tandem.</Empty>;
          }
          const open = surveys.filter((s) => s.status === 'open');
          const upcoming = surveys.filter((s) => s.status === 'upcoming');
          const closed = surveys.filter((s) => s.status === 'closed');
          return (
            <>
              <section aria-labelledby="open-surveys">
                <h2 id="open-surveys">Open now</h2>
                {open.length ? (
                  open.map((s) => (
                    <article key={s.id} className="card">
                      <SurveyHeading survey={s} />
                      {s.can.answer ? (
                        <>
                          <p>
                            {s.answers
                              ? `You have answered. You can change your answers until ${formatDate(s.closesOn)}.`
                              : `Please answer by ${formatDate(s.closesOn)}.`}
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
                  <Empty>No survey is open right now.</Empty>
                )}
              </section>
              {upcoming.length ? (
                <section aria-labelledby="upcoming-surveys">
                  <h2 id="upcoming-surveys">Coming up</h2>
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
                  <h2 id="closed-surveys">Closed</h2>
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
