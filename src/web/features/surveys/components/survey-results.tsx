import {
  ANONYMITY_THRESHOLD,
  type QuestionResult,
  type SurveyResults,
} from '../../../../shared/contract/surveys.ts';
import { formatDate, plural } from '../../../lib/format.ts';

const hiddenMessage = `Fewer than ${ANONYMITY_THRESHOLD} answers — hidden to protect anonymity.`;

/** Counts as rows with a bar; the numbers are text, the bar only repeats them for the eye. */
function Bars({ rows, caption }: { rows: { label: string; count: number }[]; caption: string }) {
  const total = rows.reduce((s, r) => s + r.count, 0);
  return (
    <table className="table table--compact survey-bars">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          <th scope="col">Count</th>
          <th scope="col">Share</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const share = total ? Math.round((r.count / total) * 100) : 0;
          return (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{r.count}</td>
              <td>
                <span className="survey-bar" aria-hidden="true">
                  <span className="survey-bar__fill" style={{ width: `${share}%` }} />
                </span>
                {share}%
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function QuestionFigures({ q }: { q: QuestionResult }) {
  if (q.suppressed) return <p className="muted">{hiddenMessage}</p>;
  if (q.type === 'scale' && q.counts) {
    return (
      <>
        <p>
          Mean <strong>{q.mean?.toFixed(2) ?? '—'}</strong> on a scale from 1 (not at all) to 5 (very much)
        </p>
        <Bars caption={q.text} rows={q.counts.map((count, i) => ({ label: String(i + 1), count }))} />
      </>
    );
  }
  if (q.type === 'choice' && q.options) {
    return <Bars caption={q.text} rows={q.options.map((o) => ({ label: o.option, count: o.count }))} />;
  }
  if (q.type === 'text' && q.answers) {
    return (
      <ul className="survey-texts">
        {q.answers.map((a, i) => (
          // Answers carry no id on purpose; identical texts are fine side by side.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders while shown
          <li key={i}>{a}</li>
        ))}
      </ul>
    );
  }
  return null;
}

/** Aggregates per question; figures for small groups are hidden by the server already. */
export function SurveyResultsView({ results }: { results: SurveyResults }) {
  const { survey } = results;
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Responses</dt>
          <dd>
            {survey.responseCount} of {plural(survey.audienceSize, 'participant')}
          </dd>
        </div>
        <div>
          <dt>Covers</dt>
          <dd>{results.scope === 'organisation' ? 'Your organisation’s people' : 'The whole programme'}</dd>
        </div>
      </dl>
      {results.hiddenUntilClosed ? (
        <p className="notice notice--info">
          {survey.responseCount === 0 ? 'Nobody has answered yet. ' : ''}
          Figures appear when the survey closes on {formatDate(survey.closesOn)}: until then answers can still
          change, and comparing two readings could show one person’s answers.
        </p>
      ) : results.heldBackSinceReopening ? (
        <p className="notice notice--info">
          The survey was reopened, and fewer than {ANONYMITY_THRESHOLD} answers came in or changed since.
          Figures wait until more do: compared with the figures read before, they would show those few
          people’s answers.
        </p>
      ) : results.suppressed ? (
        <p className="notice notice--info">
          {survey.responseCount === 0 ? 'Nobody has answered yet. ' : ''}
          {hiddenMessage}
        </p>
      ) : null}
      <ol className="cards survey-results">
        {results.questions.map((q) => (
          <li key={q.id} className="card">
            <h2 className="survey-results__question">{q.text}</h2>
            {results.suppressed ? null : <p className="muted">{plural(q.answered, 'answer')}</p>}
            {results.suppressed ? null : <QuestionFigures q={q} />}
          </li>
        ))}
      </ol>
    </>
  );
}
