import type { ReactNode } from 'react';
import { genders } from '../../../../shared/contract/participants.ts';
import {
  type CycleReport,
  hiddenReasons,
  outcomeShares,
  type ReportCell,
  type ReportQuestionCell,
} from '../../../../shared/contract/reports.ts';
import { dashboardMessages } from '../../../../shared/i18n/dashboard.ts';
import { formatDate, formatNumber, surveyKindLabel } from '../../../lib/format.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { Empty } from '../../../lib/ui/status.tsx';
import { TableRegion } from '../../../lib/ui/table-region.tsx';
import { DataTable } from './data-table.tsx';
import { hiddenMarks, useReportWords } from './labels.ts';
import { type CellKind, HiddenFigure, ReportFigure } from './report-cell.tsx';

type Row = { key: string; label: string; cells: ReportCell[]; kind: CellKind };

/** Measures down, groups across: the programme and each organisation of the report. */
function FigureTable({
  caption,
  rowHeader,
  columns,
  rows,
  threshold,
}: {
  caption: string;
  rowHeader: string;
  columns: readonly string[];
  rows: readonly Row[];
  threshold: number;
}) {
  return (
    <TableRegion label={caption}>
      <DataTable
        caption={caption}
        rowHeading={rowHeader}
        columns={columns}
        rows={rows.map((row) => ({
          key: row.key,
          heading: row.label,
          cells: row.cells.map((cell, i) => (
            <td key={columns[i]} className="num">
              <ReportFigure cell={cell} kind={row.kind} threshold={threshold} />
            </td>
          )),
        }))}
      />
    </TableRegion>
  );
}

type Question = CycleReport['surveys'][number]['questions'][number];

/** One question's figures, a row per group: how many answered, and the mean or each option's count. */
function QuestionTable({
  question,
  columns,
  threshold,
}: {
  question: Question;
  columns: readonly string[];
  threshold: number;
}) {
  const t = useMessages(dashboardMessages);
  const cells = [question.programme, ...question.organisations];
  const figures: string[] =
    question.type === 'scale'
      ? [t('columnMean')]
      : question.type === 'choice'
        ? (question.options ?? [])
        : [];
  const row = (cell: ReportQuestionCell): ReactNode => {
    if (cell.hidden)
      return (
        <td colSpan={1 + figures.length}>
          <HiddenFigure reason={cell.hidden} threshold={threshold} />
        </td>
      );
    const count = (value: number | null | undefined) => (value == null ? '–' : formatNumber(value));
    return (
      <>
        <td className="num">{count(cell.n)}</td>
        {question.type === 'scale' ? (
          <td className="num">
            {cell.mean === null
              ? '–'
              : formatNumber(cell.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
          </td>
        ) : null}
        {question.type === 'choice'
          ? figures.map((option, i) => (
              <td key={option} className="num">
                {count(cell.counts?.[i])}
              </td>
            ))
          : null}
      </>
    );
  };
  return (
    <TableRegion label={question.text}>
      <DataTable
        caption={question.text}
        rowHeading={t('columnGroup')}
        columns={[t('columnAnswers'), ...figures]}
        rows={cells.map((cell, i) => ({ key: columns[i] as string, heading: columns[i], cells: row(cell) }))}
      />
    </TableRegion>
  );
}

const isZero = (cell: ReportCell | undefined) => !!cell && cell.hidden === null && cell.value === 0;

/**
 * A confidential report on the page, in the sections of its PDF: summary, participation, activity,
 * surveys, outcomes, and how hidden figures are marked.
 */
export function ReportView({ report }: { report: CycleReport }) {
  const t = useMessages(dashboardMessages);
  const w = useReportWords();
  const { threshold } = report;
  const columns = [w.programme(), ...report.organisations.map((o) => o.name)];
  const cellsOf = (row: { programme: ReportCell; organisations: ReportCell[] }) => [
    row.programme,
    ...row.organisations,
  ];
  // The summary speaks of the report's subject: the programme, or the one organisation.
  const subject = (row: { programme: ReportCell; organisations: ReportCell[] } | undefined) =>
    row
      ? report.kind === 'organisation'
        ? (row.organisations[0] ?? row.programme)
        : row.programme
      : undefined;
  const stageRow = (role: 'mentee' | 'mentor', stage: string) =>
    report.participation[role].find((p) => p.stage === stage);

  const nominatedMentees = stageRow('mentee', 'nominated');
  const nominatedMentors = stageRow('mentor', 'nominated');
  const menteesInTandem = stageRow('mentee', 'published');
  const meetingsHeld = report.activity.find((a) => a.measure === 'meetings_held');

  const method = (
    <section aria-labelledby="report-method">
      <h2 id="report-method">{t('methodHeading')}</h2>
      <p>{t('methodText', { threshold })}</p>
      <dl className="report-legend" aria-label={t('legendLabel')}>
        {hiddenReasons.map((reason) => (
          <div key={reason}>
            <dt>
              {w.hiddenShort()}
              <sup>{hiddenMarks[reason]}</sup>
            </dt>
            <dd>{w.hidden(reason, threshold)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );

  if (isZero(nominatedMentees?.programme) && isZero(nominatedMentors?.programme)) {
    return (
      <>
        <Empty>{t('reportEmpty')}</Empty>
        {method}
      </>
    );
  }

  const summary: { key: string; label: string; cell: ReportCell | undefined }[] = [
    { key: 'mentees', label: t('summaryMenteesNominated'), cell: subject(nominatedMentees) },
    { key: 'mentors', label: t('summaryMentorsNominated'), cell: subject(nominatedMentors) },
    { key: 'tandems', label: t('summaryMenteesInTandem'), cell: subject(menteesInTandem) },
    { key: 'meetings', label: w.activity('meetings_held'), cell: subject(meetingsHeld) },
  ];
  const noTandems = isZero(menteesInTandem?.programme);
  const outcomesShown = report.outcomes.some((o) => o.programme.hidden !== null || (o.programme.n ?? 0) > 0);
  const outcomeKind = (measure: (typeof report.outcomes)[number]['measure']): CellKind =>
    outcomeShares.includes(measure) ? 'share' : 'mean';

  return (
    <>
      <section aria-labelledby="report-summary">
        <h2 id="report-summary">{t('summaryHeading')}</h2>
        <dl className="facts">
          {summary.map((s) => (
            <div key={s.key}>
              <dt>{s.label}</dt>
              <dd>{s.cell ? <ReportFigure cell={s.cell} kind="count" threshold={threshold} /> : '–'}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="report-participation">
        <h2 id="report-participation">{t('participationHeading')}</h2>
        {(['mentee', 'mentor'] as const).map((role) => (
          <FigureTable
            key={role}
            caption={t('participationCaption', { role })}
            rowHeader={t('columnStep')}
            columns={columns}
            threshold={threshold}
            rows={report.participation[role].map((p) => ({
              key: p.stage,
              label: w.stage(p.stage),
              cells: cellsOf(p),
              kind: 'count',
            }))}
          />
        ))}
      </section>

      <section aria-labelledby="report-activity">
        <h2 id="report-activity">{t('activityHeading')}</h2>
        {noTandems ? (
          <Empty>{t('activityEmpty')}</Empty>
        ) : (
          <>
            <p className="muted">{t('activityIntro')}</p>
            <FigureTable
              caption={t('activityCaption')}
              rowHeader={t('columnMeasure')}
              columns={columns}
              threshold={threshold}
              rows={report.activity.map((a) => ({
                key: a.measure,
                label: w.activity(a.measure),
                cells: cellsOf(a),
                kind: a.measure === 'agreements_signed' || a.measure === 'first_meeting' ? 'share' : 'count',
              }))}
            />
          </>
        )}
      </section>

      <section aria-labelledby="report-events">
        <h2 id="report-events">{t('reportEventsHeading')}</h2>
        {report.events.length === 0 ? (
          <Empty>{t('reportEventsEmpty')}</Empty>
        ) : (
          <>
            <p className="muted">{t('reportEventsIntro')}</p>
            <FigureTable
              caption={t('reportEventsCaption')}
              rowHeader={t('columnEvent')}
              columns={columns}
              threshold={threshold}
              rows={report.events.map((e) => ({
                key: e.eventId,
                label: `${e.title} (${formatDate(e.startsAt.slice(0, 10))})`,
                cells: cellsOf(e),
                kind: 'share',
              }))}
            />
          </>
        )}
      </section>

      <section aria-labelledby="report-surveys">
        <h2 id="report-surveys">{t('surveysHeading')}</h2>
        {report.surveys.length ? (
          <>
            <p className="muted">{t('surveysIntro')}</p>
            {report.surveys.map((s) => (
              <article key={s.surveyId} className="report-survey">
                <h3>{s.title}</h3>
                <p className="muted">{t('surveyMeta', { kind: surveyKindLabel(s.kind), role: s.role })}</p>
                {s.questions.map((q) => (
                  <div key={q.id} className="report-question">
                    <QuestionTable question={q} columns={columns} threshold={threshold} />
                    {q.type === 'text' ? <p className="muted">{t('textAnswers')}</p> : null}
                  </div>
                ))}
              </article>
            ))}
          </>
        ) : (
          <Empty>{t('surveysEmpty')}</Empty>
        )}
      </section>

      <section aria-labelledby="report-outcomes">
        <h2 id="report-outcomes">{t('outcomesHeading')}</h2>
        {outcomesShown ? (
          <>
            <p className="muted">{t('outcomesIntro')}</p>
            <FigureTable
              caption={t('outcomesByOrganisationCaption')}
              rowHeader={t('columnMeasure')}
              columns={columns}
              threshold={threshold}
              rows={report.outcomes.map((o) => ({
                key: o.measure,
                label: w.outcome(o.measure),
                cells: cellsOf(o),
                kind: outcomeKind(o.measure),
              }))}
            />
            <h3>{t('outcomesByGenderHeading')}</h3>
            <FigureTable
              caption={t('outcomesByGenderCaption')}
              rowHeader={t('columnMeasure')}
              columns={genders.map((g) => w.gender(g))}
              threshold={threshold}
              rows={report.outcomes.map((o) => ({
                key: o.measure,
                label: w.outcome(o.measure),
                cells: genders.map((g) => o.genders[g]),
                kind: outcomeKind(o.measure),
              }))}
            />
          </>
        ) : (
          <Empty>{t('outcomesEmpty')}</Empty>
        )}
      </section>

      {method}
    </>
  );
}
