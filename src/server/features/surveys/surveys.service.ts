import type { CycleStatus } from '../../../shared/contract/cycles.ts';
import {
  ANONYMITY_THRESHOLD,
  type MySurvey,
  type QuestionResult,
  type Survey,
  type SurveyAnswers,
  type SurveyDateMove,
  type SurveyDateMovesInput,
  type SurveyKind,
  type SurveyNewClose,
  type SurveyQuestion,
  type SurveyResults,
  type SurveyUpdate,
  TEXT_ANSWER_MAX,
} from '../../../shared/contract/surveys.ts';
import { errorsSurveysMessages } from '../../../shared/i18n/errors-surveys.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { addDays, daysBetween, today } from '../../dates.ts';
import type { Queryable, Trx } from '../../db/database.ts';
import { AppError, notFound, staleVersion } from '../../errors.ts';
import { type Actor, auditContext, organisationScope } from '../../http/actor.ts';
import { isoDay, type Message, messagesOf } from '../../messages.ts';
import { enforce } from '../../policy.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { getVisibleCycle } from '../cycles/cycles.service.ts';
import { defaultDates, openingInCalendar } from './survey-defaults.ts';
import {
  mayAnswerSurvey,
  mayChangeSurvey,
  mayChangeSurveyDates,
  mayChangeSurveyQuestions,
  mayCloseSurvey,
  mayExtendSurvey,
  mayMoveSurveyDates,
  mayReopenSurvey,
  mySurveyAbilities,
  surveyAbilities,
  surveyStatus,
} from './surveys.policy.ts';
import {
  findMySurvey,
  findResultRelease,
  findSurvey,
  insertDefaultSurveys,
  listAnswers,
  listAnswerTimes,
  listMySurveys,
  listSurveyDates,
  listSurveys,
  lockSurvey,
  type MySurveyRow,
  type SurveyRow,
  saveResponse,
  saveResultRelease,
  updateSurvey,
} from './surveys.repository.ts';

const say = messagesOf(errorsSurveysMessages);

const allResponses = (row: SurveyRow) => Number(row.all_responses ?? 0);

function present(actor: Actor, row: SurveyRow, cycle: { status: CycleStatus }, now: Date): Survey {
  const dates = { opensOn: row.opens_on, closesOn: row.closes_on };
  return {
    id: row.id,
    cycleId: row.cycle_id,
    kind: row.kind,
    role: row.role,
    title: row.title,
    ...dates,
    status: surveyStatus(dates, now),
    questions: row.questions as SurveyQuestion[],
    responseCount: Number(row.response_count ?? 0),
    audienceSize: Number(row.audience_size ?? 0),
    version: row.version,
    can: surveyAbilities(actor, { ...dates, allResponses: allResponses(row) }, cycle, now),
  };
}

/** A survey staff may see: its cycle must be visible to them (another organisation's answers 404). */
async function visibleSurvey(db: Queryable, actor: Actor, surveyId: string) {
  const scope = organisationScope(actor);
  const row = await findSurvey(db, surveyId, scope);
  if (!row) throw notFound('survey');
  let cycle: Awaited<ReturnType<typeof getVisibleCycle>>;
  try {
    cycle = await getVisibleCycle(db, actor, row.cycle_id);
  } catch {
    throw notFound('survey');
  }
  return { row, scope, cycle };
}

export async function listCycleSurveys(db: Queryable, actor: Actor, cycleId: string, now: Date) {
  const cycle = await getVisibleCycle(db, actor, cycleId);
  const rows = await listSurveys(db, cycleId, organisationScope(actor));
  return rows.map((r) => present(actor, r, cycle, now));
}

export async function readSurvey(db: Queryable, actor: Actor, surveyId: string, now: Date) {
  const { row, cycle } = await visibleSurvey(db, actor, surveyId);
  return present(actor, row, cycle, now);
}

/** JSON with sorted keys: the database stores jsonb with its own key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export async function changeSurvey(
  trx: Trx,
  actor: Actor,
  surveyId: string,
  changes: SurveyUpdate,
  now: Date,
) {
  await lockSurvey(trx, surveyId, 'change');
  const { row, cycle } = await visibleSurvey(trx, actor, surveyId);
  enforce(mayChangeSurvey(actor));
  // The row is locked above, so the version compared is the one the update raises.
  const { version, ...fields } = changes;
  if (row.version !== version) throw staleVersion(say('surveyChanged'), row.version);
  const opensOn = changes.opensOn ?? row.opens_on;
  const closesOn = changes.closesOn ?? row.closes_on;
  // New dates close, extend or reopen the survey as the buttons do: not in a closed cycle either.
  if (opensOn !== row.opens_on || closesOn !== row.closes_on) enforce(mayChangeSurveyDates(cycle));
  if (closesOn <= opensOn) {
    throw new AppError('validation_failed', say('closesBeforeOpens'), [
      { path: 'closesOn', message: say('closesBeforeOpensField') },
    ]);
  }
  const questionsChange =
    changes.questions !== undefined && canonical(changes.questions) !== canonical(row.questions);
  if (questionsChange) enforce(mayChangeSurveyQuestions(actor, { allResponses: allResponses(row) }));
  await updateSurvey(trx, surveyId, { ...fields, ...(questionsChange ? {} : { questions: undefined }) }, now);
  await recordAudit(trx, auditContext(actor, null), {
    action: 'survey.changed',
    targetType: 'survey',
    targetId: surveyId,
    details: { fields: Object.keys(fields).filter((k) => k !== 'questions' || questionsChange) },
  });
  return readSurvey(trx, actor, surveyId, now);
}

function questionResult(question: SurveyQuestion, answers: SurveyAnswers[]): QuestionResult {
  const given = answers.map((a) => a[question.id]).filter((v) => v !== undefined && v !== null && v !== '');
  const base = { id: question.id, text: question.text, answered: given.length };
  // Per question too: an optional question answered by few would give those few away.
  const suppressed = given.length < ANONYMITY_THRESHOLD;
  if (question.type === 'scale') {
    const values = given.filter((v): v is number => typeof v === 'number');
    const counts = [1, 2, 3, 4, 5].map((n) => values.filter((v) => v === n).length);
    const mean = values.length
      ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100
      : null;
    return {
      ...base,
      type: 'scale',
      suppressed,
      counts: suppressed ? null : counts,
      mean: suppressed ? null : mean,
    };
  }
  if (question.type === 'choice') {
    const options = question.options.map((option) => ({
      option,
      count: given.filter((v) => v === option).length,
    }));
    return { ...base, type: 'choice', suppressed, options: suppressed ? null : options };
  }
  const texts = given
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .sort((a, b) => a.localeCompare(b));
  const hidden = texts.length < ANONYMITY_THRESHOLD;
  return {
    ...base,
    answered: texts.length,
    type: 'text',
    suppressed: hidden,
    answers: hidden ? null : texts,
  };
}

/** Aggregates per question; a contact's cover their own organisation's people only. */
export async function surveyResults(
  db: Trx,
  actor: Actor,
  surveyId: string,
  now: Date,
): Promise<SurveyResults> {
  const { row, scope, cycle } = await visibleSurvey(db, actor, surveyId);
  const survey = present(actor, row, cycle, now);
  const saved = await listAnswers(db, surveyId, scope);
  const answers = saved.map((a) => a.answers);
  // While answers can still change, two readings a day apart would give away the one person who
  // answered or changed in between (staff see who is done on the health list): figures wait for
  // the close.
  const hiddenUntilClosed = survey.status !== 'closed';
  // The same holds across a reopening: figures shown before, compared with figures after a few
  // more answers, give those few away. Answers given or changed since the figures were last shown
  // (in this scope) are released only when none or enough of them are.
  const scopeKey = scope ?? 'programme';
  const released = await findResultRelease(db, surveyId, scopeKey);
  // Inclusive: a survey takes no answers while its figures show, so one saved at that moment came after.
  const changedSince = released ? saved.filter((a) => a.updatedAt >= released).length : 0;
  const heldBackSinceReopening = !hiddenUntilClosed && changedSince > 0 && changedSince < ANONYMITY_THRESHOLD;
  const suppressed = hiddenUntilClosed || heldBackSinceReopening || answers.length < ANONYMITY_THRESHOLD;
  if (!suppressed && (released === null || changedSince > 0)) {
    await saveResultRelease(db, surveyId, scopeKey, now);
  }
  const { questions, ...rest } = survey;
  return {
    survey: rest,
    scope: scope ? 'organisation' : 'programme',
    hiddenUntilClosed,
    heldBackSinceReopening,
    suppressed,
    questions: questions.map((q) => {
      const result = questionResult(q, suppressed ? [] : answers);
      return suppressed ? { ...result, answered: 0 } : result;
    }),
  };
}

/**
 * Whether a closed survey's figures may be in reports now, recording that they are. A report shows
 * the programme's figures, each organisation's and the programme's by gender. Each of these has
 * one timeline shared with the results page (the programme's and each organisation's scope, as the
 * page records them): after a reopening, figures show again only when none or at least 5 answers
 * came in or changed since they last showed in that scope, so no two readings, of a page or a
 * report, single anyone out.
 */
export async function releaseSurveyForReports(trx: Trx, surveyId: string, now: Date): Promise<boolean> {
  const times = await listAnswerTimes(trx, surveyId);
  const scopes = new Map<string, Date[]>([['programme', []]]);
  for (const a of times) {
    for (const scope of ['programme', a.organisation_id, `gender:${a.gender}`]) {
      scopes.set(scope, [...(scopes.get(scope) ?? []), a.updated_at]);
    }
  }
  const releases = new Map<string, { released: Date | null; changed: number }>();
  for (const [scope, updated] of scopes) {
    const released = await findResultRelease(trx, surveyId, scope);
    // Inclusive, as on the page: an answer saved at the moment of a release came after it.
    releases.set(scope, {
      released,
      changed: released ? updated.filter((u) => u >= released).length : updated.length,
    });
  }
  const few = ({ released, changed }: { released: Date | null; changed: number }) =>
    released !== null && changed > 0 && changed < ANONYMITY_THRESHOLD;
  // A gender with fewer answers than the threshold is never shown, and changes in it change no figure shown.
  const shown = (scope: string) =>
    !scope.startsWith('gender:') || (scopes.get(scope)?.length ?? 0) >= ANONYMITY_THRESHOLD;
  if ([...releases].some(([scope, r]) => shown(scope) && few(r))) return false;
  for (const [scope, r] of releases) {
    if (r.released === null || r.changed > 0) await saveResultRelease(trx, surveyId, scope, now);
  }
  return true;
}

function presentMine(actor: Actor, row: MySurveyRow, now: Date): MySurvey {
  const dates = { opensOn: row.opens_on, closesOn: row.closes_on };
  return {
    id: row.id,
    cycleId: row.cycle_id,
    cycleName: row.cycle_name,
    participantId: row.participant_id,
    kind: row.kind,
    role: row.role,
    title: row.title,
    ...dates,
    status: surveyStatus(dates, now),
    questions: row.questions as SurveyQuestion[],
    answers: (row.answers as SurveyAnswers | null) ?? null,
    submittedAt: row.submitted_at?.toISOString() ?? null,
    updatedAt: row.updated_at?.toISOString() ?? null,
    can: mySurveyAbilities(actor, dates, now),
  };
}

export async function listOwnSurveys(db: Queryable, actor: Actor, now: Date) {
  if (!actor.personId) return [];
  return (await listMySurveys(db, actor.personId)).map((r) => presentMine(actor, r, now));
}

/** Checks each answer against its question; returns the answers to keep, or every problem found. */
export function validateAnswers(questions: SurveyQuestion[], input: Record<string, number | string | null>) {
  const problems: { path: string; message: Message }[] = [];
  const known = new Map(questions.map((q) => [q.id, q]));
  for (const id of Object.keys(input)) {
    if (!known.has(id)) problems.push({ path: `answers.${id}`, message: say('notAQuestion') });
  }
  const kept: SurveyAnswers = {};
  for (const q of questions) {
    const value = input[q.id];
    const path = `answers.${q.id}`;
    const empty = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
    if (empty) {
      if (q.required) problems.push({ path, message: say('needsAnswer', { question: q.text }) });
      continue;
    }
    if (q.type === 'scale') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 5)
        problems.push({ path, message: say('scaleRange') });
      else kept[q.id] = value;
    } else if (q.type === 'choice') {
      if (typeof value !== 'string' || !q.options.includes(value))
        problems.push({ path, message: say('oneOfOptions', { options: q.options.join(', ') }) });
      else kept[q.id] = value;
    } else if (typeof value !== 'string') {
      problems.push({ path, message: say('mustBeText') });
    } else if (value.trim().length > TEXT_ANSWER_MAX) {
      problems.push({ path, message: say('textTooLong', { max: String(TEXT_ANSWER_MAX) }) });
    } else {
      kept[q.id] = value.trim();
    }
  }
  return { kept, problems };
}

/** Creates or replaces the caller's own answers, while the survey is open. */
export async function answerSurvey(
  trx: Trx,
  actor: Actor,
  surveyId: string,
  input: Record<string, number | string | null>,
  now: Date,
) {
  await lockSurvey(trx, surveyId, 'answer');
  const row = actor.personId ? await findMySurvey(trx, actor.personId, surveyId) : undefined;
  if (!row) throw notFound('survey');
  enforce(mayAnswerSurvey(actor, { opensOn: row.opens_on, closesOn: row.closes_on }, now));
  const { kept, problems } = validateAnswers(row.questions as SurveyQuestion[], input);
  if (problems.length > 0) {
    throw new AppError(
      'validation_failed',
      say('answersProblem', { problem: problems[0]!.message }),
      problems,
    );
  }
  await saveResponse(trx, surveyId, row.participant_id, kept, now);
  return presentMine(actor, (await findMySurvey(trx, actor.personId!, surveyId))!, now);
}

/** Locks the survey, checks who sees it and the version its form read, before any change of its state. */
async function lockedSurvey(trx: Trx, actor: Actor, surveyId: string, version: number) {
  await lockSurvey(trx, surveyId, 'change');
  const found = await visibleSurvey(trx, actor, surveyId);
  enforce(mayChangeSurvey(actor));
  if (found.row.version !== version) throw staleVersion(say('surveyChanged'), found.row.version);
  return { ...found, dates: { opensOn: found.row.opens_on, closesOn: found.row.closes_on } };
}

async function setClosingDate(
  trx: Trx,
  actor: Actor,
  survey: { id: string; closesOn: string },
  closesOn: string,
  action: 'survey.closed' | 'survey.extended' | 'survey.reopened',
  now: Date,
) {
  await updateSurvey(trx, survey.id, { closesOn }, now);
  await recordAudit(trx, auditContext(actor, null), {
    action,
    targetType: 'survey',
    targetId: survey.id,
    details: { closesOnBefore: survey.closesOn, closesOn },
  });
  return readSurvey(trx, actor, survey.id, now);
}

const closingDateProblem = (message: Message) =>
  new AppError('validation_failed', say('closingDateProblem', { problem: message }), [
    { path: 'closesOn', message },
  ]);

/** Closes an open survey today: answers stop now, and its results show once it has closed. */
export async function closeSurvey(trx: Trx, actor: Actor, surveyId: string, version: number, now: Date) {
  const { dates } = await lockedSurvey(trx, actor, surveyId, version);
  enforce(mayCloseSurvey(actor, dates, now));
  return setClosingDate(trx, actor, { id: surveyId, ...dates }, today(now), 'survey.closed', now);
}

/** Gives a survey that has not closed a later closing date. */
export async function extendSurvey(
  trx: Trx,
  actor: Actor,
  surveyId: string,
  input: SurveyNewClose,
  now: Date,
) {
  const { dates, cycle } = await lockedSurvey(trx, actor, surveyId, input.version);
  enforce(mayExtendSurvey(actor, dates, cycle, now));
  if (input.closesOn <= dates.closesOn) {
    throw closingDateProblem(say('afterCurrentClosing', { date: isoDay(dates.closesOn) }));
  }
  return setClosingDate(trx, actor, { id: surveyId, ...dates }, input.closesOn, 'survey.extended', now);
}

/** Opens a closed survey again until a new closing date; its results hide again until then. */
export async function reopenSurvey(
  trx: Trx,
  actor: Actor,
  surveyId: string,
  input: SurveyNewClose,
  now: Date,
) {
  const { dates, cycle } = await lockedSurvey(trx, actor, surveyId, input.version);
  enforce(mayReopenSurvey(actor, dates, cycle, now));
  if (input.closesOn <= today(now)) {
    throw closingDateProblem(say('afterToday', { date: isoDay(today(now)) }));
  }
  return setClosingDate(trx, actor, { id: surveyId, ...dates }, input.closesOn, 'survey.reopened', now);
}

/**
 * What the cycle's new dates would do to its surveys that have not opened yet: each would move as
 * far as its default opening day moved, keeping how long it stays open, so a coordinator's own
 * adjustments survive. Nothing moves here: the coordinator sees the offer and decides
 * (`moveSurveyDates`). Open and closed surveys are not offered: moving them would change what
 * participants already answer.
 */
export async function offerSurveyDateMoves(
  db: Queryable,
  cycleId: string,
  before: { startsOn: string; endsOn: string },
  after: { startsOn: string; endsOn: string },
  now: Date,
): Promise<SurveyDateMove[]> {
  const shift = (kind: SurveyKind) =>
    daysBetween(defaultDates(kind, before).opensOn, defaultDates(kind, after).opensOn);
  const rows = await listSurveyDates(db, cycleId);
  return rows
    .filter((r) => r.opens_on > today(now) && shift(r.kind) !== 0)
    .map((r) => {
      // Never today or earlier: the move would open (or close) the survey at once, unasked.
      const shifted = openingInCalendar(addDays(r.opens_on, shift(r.kind)));
      const proposedOpensOn = shifted > today(now) ? shifted : addDays(today(now), 1);
      return {
        surveyId: r.id,
        kind: r.kind,
        role: r.role,
        title: r.title,
        version: r.version,
        opensOn: r.opens_on,
        closesOn: r.closes_on,
        proposedOpensOn,
        proposedClosesOn: addDays(proposedOpensOn, daysBetween(r.opens_on, r.closes_on)),
      };
    });
}

/**
 * Moves surveys of one cycle to the dates the coordinator confirmed, all or none: a survey changed
 * since the offer answers 409 and nothing moves.
 */
export async function moveSurveyDates(
  trx: Trx,
  actor: Actor,
  cycleId: string,
  input: SurveyDateMovesInput,
  now: Date,
) {
  const cycle = await getVisibleCycle(trx, actor, cycleId);
  enforce(mayChangeSurvey(actor));
  // One order for every mover, so two coordinators confirming at once never deadlock.
  const moves = [...input.surveys].sort((a, b) => a.id.localeCompare(b.id));
  for (const move of moves) await lockSurvey(trx, move.id, 'change');
  const current = new Map((await listSurveyDates(trx, cycleId)).map((r) => [r.id, r]));
  for (const move of moves) {
    const row = current.get(move.id);
    if (!row) throw notFound('survey');
    if (row.version !== move.version)
      throw staleVersion(say('namedSurveyChanged', { title: row.title }), row.version);
    enforce(
      mayMoveSurveyDates(
        { opensOn: row.opens_on, closesOn: row.closes_on, title: row.title },
        move,
        cycle,
        now,
      ),
    );
  }
  for (const move of moves) {
    const row = current.get(move.id)!;
    await updateSurvey(trx, move.id, { opensOn: move.opensOn, closesOn: move.closesOn }, now);
    await recordAudit(trx, auditContext(actor, null), {
      action: 'survey.dates_moved',
      targetType: 'survey',
      targetId: move.id,
      details: {
        before: { opensOn: row.opens_on, closesOn: row.closes_on },
        after: { opensOn: move.opensOn, closesOn: move.closesOn },
      },
    });
  }
  const rows = await listSurveys(trx, cycleId, organisationScope(actor));
  return rows.map((r) => present(actor, r, cycle, now));
}

/** A new cycle's surveys: the default set in its language, dated from the cycle's start and end. */
export async function addDefaultSurveys(
  db: Queryable,
  cycleId: string,
  cycle: { startsOn: string; endsOn: string; language: UiLanguage },
) {
  await insertDefaultSurveys(db, cycleId, cycle);
}
