import {
  ANONYMITY_THRESHOLD,
  type QuestionResult,
  type SurveyResults,
} from '../../../../shared/contract/surveys.ts';
import { formatPercent } from '../../../../shared/i18n/formats.ts';
import { surveysMessages } from '../../../../shared/i18n/surveys.ts';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useLanguage, useMessages } from '../../../lib/i18n.tsx';

/** Counts as rows with a bar; the numbers are text, the bar only repeats them for the eye. */
function Bars({ rows, caption }: { rows: { label: string; count: number }[]; caption: string }) {
  const t = useMessages(surveysMessages);
  const { language } = useLanguage();
  const total = rows.reduce((s, r) => s + r.count, 0);
  return (
    <table className="table table--compact survey-bars">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnAnswer')}</th>
          <th scope="col">{t('columnCount')}</th>
          <th scope="col">{t('columnShare')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const share = total ? Math.round((r.count / total) * 100) : 0;
          return (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              <td>{formatNumber(r.count)}</td>
              <td>
                <span className="survey-bar" aria-hidden="true">
                  <span className="survey-bar__fill" style={{ width: `${share}%` }} />
                </span>
                {formatPercent(language, share / 100)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function QuestionFigures({ q }: { q: QuestionResult }) {
  const t = useMessages(surveysMessages);
  if (q.suppressed)
    return <p className="muted">{t('hiddenFewAnswers', { threshold: ANONYMITY_THRESHOLD })}</p>;
  if (q.type === 'scale' && q.counts) {
    const mean =
      typeof q.mean === 'number'
        ? formatNumber(q.mean, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
        : '—';
    return (
      <>
        <p>{t.rich('mean', { mean, b: (chunks) => <strong>{chunks}</strong> })}</p>
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
  const t = useMessages(surveysMessages);
  const { survey } = results;
  const nobodyYet = survey.responseCount === 0 ? `${t('nobodyAnswered')} ` : '';
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('responses')}</dt>
          <dd>{t('respondents', { count: survey.responseCount, total: survey.audienceSize })}</dd>
        </div>
        <div>
          <dt>{t('covers')}</dt>
          <dd>{results.scope === 'organisation' ? t('scopeOrganisation') : t('scopeProgramme')}</dd>
        </div>
      </dl>
      {results.hiddenUntilClosed ? (
        <p className="notice notice--info">
          {nobodyYet}
          {t('figuresAfterClose', { date: formatDate(survey.closesOn) })}
        </p>
      ) : results.heldBackSinceReopening ? (
        <p className="notice notice--info">
          {t('heldBackSinceReopening', { threshold: ANONYMITY_THRESHOLD })}
        </p>
      ) : results.suppressed ? (
        <p className="notice notice--info">
          {nobodyYet}
          {t('hiddenFewAnswers', { threshold: ANONYMITY_THRESHOLD })}
        </p>
      ) : null}
      <ol className="cards survey-results">
        {results.questions.map((q) => (
          <li key={q.id} className="card">
            <h2 className="survey-results__question">{q.text}</h2>
            {results.suppressed ? null : <p className="muted">{t('answerCount', { count: q.answered })}</p>}
            {results.suppressed ? null : <QuestionFigures q={q} />}
          </li>
        ))}
      </ol>
    </>
  );
}
