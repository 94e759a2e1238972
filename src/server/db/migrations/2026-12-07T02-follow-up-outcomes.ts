import { type Kysely, sql } from 'kysely';

// The follow-up surveys ask for the outcomes the reports show (decision 0022): promotion, larger
// leadership responsibility, a new role, still with the organisation, and the tandem's value in
// the mentee's and the mentor's view. New cycles get them from the defaults. Existing cycles' follow-up
// surveys get them here where nobody has answered yet and the coordinator has not changed the
// question they build on; an edited survey is left as its coordinator made it. The texts are the
// defaults' as written today, in English and German (migrations never import app code).
//
// An answered survey keeps its questions, but its old default question "promoted or taken on a
// larger role" is no longer read as a promotion: it and its answers are renamed
// `promoted_or_larger_role`, which the reports count as a career step only.

type Question =
  | { id: string; type: 'scale' | 'text'; text: string; required: boolean }
  | { id: string; type: 'choice'; text: string; required: boolean; options: string[] };

const words = {
  en: {
    oldPromoted: 'Have you been promoted or taken on a larger role since the programme?',
    promoted: 'Have you been promoted since the programme began?',
    leadership:
      'Have you taken on larger leadership responsibility (more people, budget or scope) since the programme began?',
    newRole: 'Have you moved to a new position since the programme began?',
    stillWithEmployer: 'Do you still work for the organisation that nominated you?',
    tandemValue: 'Looking back, how valuable was your tandem to you?',
    leadershipEffect: 'How much did mentoring change the way you lead?',
    yes: 'Yes',
    no: 'No',
    notYet: 'Not yet',
  },
  de: {
    oldPromoted: 'Wurden Sie seit dem Programm befördert, oder haben Sie eine größere Aufgabe übernommen?',
    promoted: 'Wurden Sie seit Beginn des Programms befördert?',
    leadership:
      'Haben Sie seit Beginn des Programms mehr Führungsverantwortung übernommen (mehr Personal, Budget oder Aufgaben)?',
    newRole: 'Haben Sie seit Beginn des Programms eine neue Stelle angetreten?',
    stillWithEmployer: 'Arbeiten Sie noch in der Organisation, die Sie nominiert hat?',
    tandemValue: 'Wie wertvoll war Ihr Tandem im Rückblick für Sie?',
    leadershipEffect: 'Wie sehr hat das Mentoring Ihre Art zu führen verändert?',
    yes: 'Ja',
    no: 'Nein',
    notYet: 'Noch nicht',
  },
};

/** The survey's questions with the outcome questions added, or null when it is not the default to build on. */
function withOutcomes(role: string, questions: Question[]): Question[] | null {
  const ids = new Set(questions.map((q) => q.id));
  if (ids.has('tandem_value')) return null;
  for (const w of Object.values(words)) {
    const choice = (id: string, text: string, options: string[]): Question => ({
      id,
      type: 'choice',
      text,
      required: false,
      options,
    });
    const value: Question = { id: 'tandem_value', type: 'scale', text: w.tandemValue, required: false };
    const yesNoNotYet = [w.yes, w.no, w.notYet];
    if (role === 'mentee') {
      const at = questions.findIndex((q) => q.id === 'promoted' && q.text === w.oldPromoted);
      if (at < 0) continue;
      return [
        ...questions.slice(0, at),
        choice('promoted', w.promoted, yesNoNotYet),
        choice('leadership_responsibility', w.leadership, yesNoNotYet),
        choice('new_role', w.newRole, yesNoNotYet),
        choice('still_with_employer', w.stillWithEmployer, [w.yes, w.no]),
        value,
        ...questions.slice(at + 1),
      ];
    }
    const at = questions.findIndex((q) => q.id === 'leadership_effect' && q.text === w.leadershipEffect);
    if (at < 0) continue;
    // Before the mentor's default first question, as new cycles ask it.
    const first = questions.findIndex((q) => q.id === 'still_in_touch');
    const place = first < 0 ? questions.length : first;
    return [...questions.slice(0, place), value, ...questions.slice(place)];
  }
  return null;
}

export async function addOutcomeQuestions(db: Kysely<unknown>): Promise<void> {
  const surveys = await sql<{ id: string; role: string; questions: Question[] }>`
    select s.id, s.role, s.questions from surveys s
    where s.kind = 'follow_up'
      and not exists (select 1 from survey_responses r where r.survey_id = s.id)
    for update`.execute(db);
  for (const s of surveys.rows) {
    const questions = withOutcomes(s.role, s.questions);
    if (!questions) continue;
    await sql`update surveys set questions = ${JSON.stringify(questions)}::jsonb, version = version + 1
      where id = ${s.id}`.execute(db);
  }
}

/** Renames the old default question of answered follow-up surveys, in the questions and in every answer. */
export async function renameOldPromotionQuestion(db: Kysely<unknown>): Promise<void> {
  const oldTexts = Object.values(words).map((w) => w.oldPromoted);
  const surveys = await sql<{ id: string; questions: Question[] }>`
    select s.id, s.questions from surveys s
    where s.kind = 'follow_up' and s.role = 'mentee'
      and exists (select 1 from survey_responses r where r.survey_id = s.id)
    for update`.execute(db);
  for (const s of surveys.rows) {
    const old = s.questions.find((q) => q.id === 'promoted' && oldTexts.includes(q.text));
    if (!old || s.questions.some((q) => q.id === 'promoted_or_larger_role')) continue;
    const questions = s.questions.map((q) => (q === old ? { ...q, id: 'promoted_or_larger_role' } : q));
    await sql`update surveys set questions = ${JSON.stringify(questions)}::jsonb, version = version + 1
      where id = ${s.id}`.execute(db);
    await sql`update survey_responses
      set answers = (answers - 'promoted') || jsonb_build_object('promoted_or_larger_role', answers -> 'promoted')
      where survey_id = ${s.id} and answers ? 'promoted'`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await renameOldPromotionQuestion(db);
  await addOutcomeQuestions(db);
}

export async function down(): Promise<void> {
  // The questions stay: surveys may have been answered since.
}
