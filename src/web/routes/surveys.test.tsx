// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { MySurvey } from '../../shared/contract/surveys.ts';
import { byRole, fakeApi, json, render, waitFor } from '../test/dom.tsx';
import { MySurveysPage } from './surveys.tsx';

const base: MySurvey = {
  id: '00000000-0000-4000-8000-000000000401',
  cycleId: '00000000-0000-4000-8000-000000000402',
  cycleName: 'Cycle 2027',
  participantId: '00000000-0000-4000-8000-000000000403',
  kind: 'midterm',
  role: 'mentee',
  title: 'Mid-term survey for mentees',
  opensOn: '2027-07-01',
  closesOn: '2027-07-29',
  status: 'open',
  questions: [{ id: 'tandem_fit', type: 'scale', text: 'How well does your tandem work?', required: true }],
  answers: null,
  submittedAt: null,
  updatedAt: null,
  can: { answer: true },
};

describe('MySurveysPage', () => {
  it('offers open surveys as forms and lists upcoming and closed ones with their dates', async () => {
    fakeApi(() =>
      json(200, {
        surveys: [
          { ...base, kind: 'midterm', status: 'closed', answers: { tandem_fit: 4 }, can: { answer: false } },
          {
            ...base,
            id: '00000000-0000-4000-8000-000000000404',
            kind: 'final',
            title: 'Final survey for mentees',
          },
          {
            ...base,
            id: '00000000-0000-4000-8000-000000000405',
            kind: 'follow_up',
            title: 'Follow-up survey for mentees',
            status: 'upcoming',
            opensOn: '2028-06-15',
            closesOn: '2028-07-13',
            can: { answer: false },
          },
        ],
      }),
    );
    await render(<MySurveysPage />);
    await waitFor(() => byRole('button', 'Save answers'));
    const text = document.body.textContent ?? '';
    expect(text).toContain('Open now');
    expect(text).toContain('Please answer by 29 Jul 2027');
    expect(text).toContain('Coming up');
    expect(text).toContain('15 Jun 2028 – 13 Jul 2028');
    expect(text).toContain('Closed');
    expect(text).toContain('Your answers');
  });

  it('offers the answer form only where the server says the survey may be answered', async () => {
    fakeApi(() =>
      json(200, {
        surveys: [
          { ...base, answers: { tandem_fit: 5 }, can: { answer: false } },
          {
            ...base,
            id: '00000000-0000-4000-8000-000000000404',
            kind: 'final',
            title: 'Final survey for mentees',
          },
        ],
      }),
    );
    await render(<MySurveysPage />);
    await waitFor(() => byRole('button', 'Save answers'));
    expect(document.querySelectorAll('form')).toHaveLength(1);
    const [refused, offered] = [...document.querySelectorAll('article')];
    expect(refused?.querySelector('form')).toBeNull();
    expect(refused?.textContent).toContain('Your answers');
    expect(refused?.textContent).not.toContain('You can change your answers');
    expect(offered?.querySelector('form')).not.toBeNull();
    expect(offered?.textContent).toContain('Please answer by 29 Jul 2027');
  });

  it('says when there are no surveys yet', async () => {
    fakeApi(() => json(200, { surveys: [] }));
    await render(<MySurveysPage />);
    await waitFor(() => expect(document.body.textContent).toContain('You have no surveys yet.'));
  });
});
