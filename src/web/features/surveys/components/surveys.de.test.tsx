// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { MySurvey, Survey, SurveyResults } from '../../../../shared/contract/surveys.ts';
import { byLabel, byRole, click, fakeApi, inGerman, pageText, render } from '../../../test/dom.tsx';
import { SurveyAnswerForm } from './survey-answer-form.tsx';
import { SurveyDateOffer } from './survey-date-offer.tsx';
import { SurveyList } from './survey-list.tsx';
import { SurveyResultsView } from './survey-results.tsx';

const survey: Survey = {
  id: '00000000-0000-4000-8000-000000000301',
  cycleId: '00000000-0000-4000-8000-000000000302',
  kind: 'midterm',
  role: 'mentee',
  title: 'Halbzeitumfrage für Mentees',
  opensOn: '2027-07-01',
  closesOn: '2027-07-29',
  status: 'closed',
  questions: [],
  responseCount: 6,
  audienceSize: 9,
  version: 1,
  can: { edit: true, editQuestions: false, close: false, extend: false, reopen: true },
};

const results: SurveyResults = {
  survey: {
    id: survey.id,
    cycleId: survey.cycleId,
    kind: survey.kind,
    role: survey.role,
    title: survey.title,
    opensOn: survey.opensOn,
    closesOn: survey.closesOn,
    status: survey.status,
    responseCount: 6,
    audienceSize: 9,
    version: 1,
    can: survey.can,
  },
  scope: 'programme',
  hiddenUntilClosed: false,
  heldBackSinceReopening: false,
  suppressed: false,
  questions: [
    {
      id: 'tandem_fit',
      type: 'scale',
      text: 'Wie gut funktioniert Ihr Tandem?',
      answered: 6,
      suppressed: false,
      counts: [0, 1, 1, 2, 2],
      mean: 3.83,
    },
    {
      id: 'change',
      type: 'text',
      text: 'Was würden Sie ändern?',
      answered: 1,
      suppressed: true,
      answers: null,
    },
  ],
};

describe('surveys in German', () => {
  it('shows results with German plurals, numbers and percentages', async () => {
    await render(inGerman(<SurveyResultsView results={results} />));
    expect(pageText()).toContain('6 von 9 Teilnehmenden');
    expect(pageText()).toContain('Das ganze Programm');
    expect(pageText()).toContain('6 Antworten');
    expect(pageText()).toContain('1 Antwort');
    expect(pageText()).toContain('Mittelwert 3,83 auf einer Skala von 1 (gar nicht) bis 5 (sehr)');
    // German writes a (no-break) space before the percent sign.
    const shares = [...document.querySelectorAll('.survey-bars td:last-child')].map((td) => td.textContent);
    expect(shares).toEqual(['0\u00a0%', '17\u00a0%', '17\u00a0%', '33\u00a0%', '33\u00a0%']);
    expect(pageText()).toContain('Weniger als 5 Antworten – zum Schutz der Anonymität ausgeblendet.');
  });

  it('says in German when the figures appear, with the date written out', async () => {
    await render(
      inGerman(
        <SurveyResultsView
          results={{
            ...results,
            survey: { ...results.survey, status: 'open', responseCount: 0, audienceSize: 1 },
            hiddenUntilClosed: true,
            suppressed: true,
          }}
        />,
      ),
    );
    expect(pageText()).toContain('0 von 1 teilnehmenden Person');
    expect(pageText()).toContain(
      'Noch hat niemand geantwortet. Zahlen erscheinen, wenn die Umfrage am 29. Juli 2027 schließt',
    );
  });

  it('lists the cycle’s surveys and offers reopening in German', async () => {
    fakeApi(() => undefined);
    await render(inGerman(<SurveyList surveys={[survey]} onChanged={() => undefined} />));
    expect(pageText()).toContain('Halbzeitumfrage für Mentees · Halbzeit');
    expect(pageText()).toContain('6 von 9');
    expect(pageText()).toContain('Beendet');
    expect(byRole('link', 'Ergebnisse: Halbzeitumfrage für Mentees')).toBeTruthy();
    await click(byRole('button', 'Wieder öffnen: Halbzeitumfrage für Mentees'));
    expect(byLabel('Wieder offen bis')).toBeTruthy();
    expect(pageText()).toContain('Sie wurde am 29. Juli 2027 geschlossen');
    expect(byRole('button', 'Abbrechen')).toBeTruthy();
  });

  it('offers to move several surveys with a German plural', async () => {
    const move = {
      surveyId: survey.id,
      kind: 'final' as const,
      role: 'mentor' as const,
      title: 'Abschlussumfrage',
      version: 3,
      opensOn: '2027-12-15',
      closesOn: '2028-01-12',
      proposedOpensOn: '2027-12-22',
      proposedClosesOn: '2028-01-19',
    };
    await render(
      inGerman(
        <SurveyDateOffer
          cycleId={survey.cycleId}
          offer={[move, { ...move, surveyId: '00000000-0000-4000-8000-000000000309' }]}
          onDone={() => undefined}
        />,
      ),
    );
    expect(byRole('button', 'Diese 2 Umfragen verschieben')).toBeTruthy();
    expect(pageText()).toContain('Abschlussumfrage · Abschluss, Mentorinnen und Mentoren');
  });

  it('asks for answers in German', async () => {
    const mine: MySurvey = {
      id: survey.id,
      cycleId: survey.cycleId,
      cycleName: 'Programm 2027',
      participantId: '00000000-0000-4000-8000-000000000303',
      kind: 'midterm',
      role: 'mentee',
      title: survey.title,
      opensOn: survey.opensOn,
      closesOn: survey.closesOn,
      status: 'open',
      questions: [
        { id: 'tandem_fit', type: 'scale', text: 'Wie gut funktioniert Ihr Tandem?', required: true },
        { id: 'change', type: 'text', text: 'Was würden Sie ändern?', required: false },
      ],
      answers: null,
      submittedAt: null,
      updatedAt: null,
      can: { answer: true },
    };
    const calls = fakeApi(() => undefined);
    await render(inGerman(<SurveyAnswerForm survey={mine} onSaved={() => undefined} />));
    expect(pageText()).toContain('Wie gut funktioniert Ihr Tandem? (Pflichtfrage)');
    expect(pageText()).toContain('1 bedeutet „gar nicht“, 5 bedeutet „sehr“.');
    await click(byRole('button', 'Antworten speichern'));
    expect(pageText()).toContain('Bitte beantworten Sie diese Frage.');
    expect(calls).toHaveLength(0);
  });
});
