// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Survey, SurveyDateMove } from '../../../../shared/contract/surveys.ts';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { SurveyDateOffer } from './survey-date-offer.tsx';
import { SurveyList } from './survey-list.tsx';

const cycleId = '00000000-0000-4000-8000-000000000201';
const open: Survey = {
  id: '00000000-0000-4000-8000-000000000401',
  cycleId,
  kind: 'midterm',
  role: 'mentee',
  title: 'Mid-term survey for mentees',
  opensOn: '2027-07-01',
  closesOn: '2027-07-29',
  status: 'open',
  questions: [],
  responseCount: 3,
  audienceSize: 8,
  version: 4,
  can: { edit: true, editQuestions: false, close: true, extend: true, reopen: false },
};
const closed: Survey = {
  ...open,
  id: '00000000-0000-4000-8000-000000000402',
  role: 'mentor',
  title: 'Mid-term survey for mentors',
  status: 'closed',
  can: { edit: true, editQuestions: false, close: false, extend: false, reopen: true },
};

describe('closing, extending and reopening a survey', () => {
  it('closes an open survey after asking, with the version it read', async () => {
    const calls = fakeApi(
      answers({ closeSurvey: () => json(200, { ...open, status: 'closed', version: 5 }) }),
    );
    const onChanged = vi.fn();
    await render(<SurveyList surveys={[open, closed]} onChanged={onChanged} />);
    // What the server does not allow is not offered: the closed survey reopens, the open one does not.
    expect(queryByRole('button', 'Reopen Mid-term survey for mentees')).toBeNull();
    expect(byRole('button', 'Reopen Mid-term survey for mentors')).toBeTruthy();
    await click(byRole('button', 'Close now'));
    await click(byRole('button', 'Close the survey'));
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ status: 'closed' })),
    );
    expect(callsTo(calls, 'closeSurvey')[0]!.body).toEqual({ version: 4 });
  });

  it('extends to a chosen date, and shows why the server refused one', async () => {
    const calls = fakeApi(
      answers({
        extendSurvey: () =>
          apiError(
            409,
            'stale_version',
            'This survey changed since you loaded it. Load it again to see the change, then make yours again.',
          ),
      }),
    );
    const onChanged = vi.fn();
    await render(<SurveyList surveys={[open]} onChanged={onChanged} />);
    await click(byRole('button', 'Extend Mid-term survey for mentees'));
    expect(document.activeElement).toBe(byLabel('New closing date'));
    await click(byRole('button', 'Extend the survey'));
    expect(callsTo(calls, 'extendSurvey')).toHaveLength(0);
    await type(byLabel('New closing date'), '2027-08-15');
    await click(byRole('button', 'Extend the survey'));
    await waitFor(() => expect(alerts().join(' ')).toContain('This survey changed since you loaded it.'));
    expect(callsTo(calls, 'extendSurvey')[0]!.body).toEqual({ version: 4, closesOn: '2027-08-15' });
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('reopens a closed survey until a new date', async () => {
    const calls = fakeApi(
      answers({ reopenSurvey: ({ body }) => json(200, { ...closed, ...(body as object), status: 'open' }) }),
    );
    const onChanged = vi.fn();
    await render(<SurveyList surveys={[closed]} onChanged={onChanged} />);
    await click(byRole('button', 'Reopen Mid-term survey for mentors'));
    await type(byLabel('Open again until'), '2027-09-01');
    await click(byRole('button', 'Reopen the survey'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(callsTo(calls, 'reopenSurvey')[0]!.body).toEqual({ version: 4, closesOn: '2027-09-01' });
  });
});

describe('SurveyDateOffer', () => {
  const offer: SurveyDateMove[] = [
    {
      surveyId: '00000000-0000-4000-8000-000000000403',
      kind: 'final',
      role: 'mentee',
      title: 'Final survey for mentees',
      version: 2,
      opensOn: '2027-12-15',
      closesOn: '2028-01-12',
      proposedOpensOn: '2027-12-31',
      proposedClosesOn: '2028-01-28',
    },
  ];

  it('shows each survey’s dates now and with the cycle, and moves them only when confirmed', async () => {
    const calls = fakeApi(answers({ moveSurveyDates: () => json(200, { surveys: [] }) }));
    const onDone = vi.fn();
    await render(<SurveyDateOffer cycleId={cycleId} offer={offer} onDone={onDone} />);
    const row = document.querySelector('tbody tr')!.textContent!;
    expect(row).toContain('Final survey for mentees');
    expect(row).toContain('15 Dec 2027');
    expect(row).toContain('31 Dec 2027');
    expect(document.activeElement).toBe(document.getElementById('survey-date-offer'));
    await click(byRole('button', 'Move this survey'));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(callsTo(calls, 'moveSurveyDates')[0]!.body).toEqual({
      surveys: [{ id: offer[0]!.surveyId, version: 2, opensOn: '2027-12-31', closesOn: '2028-01-28' }],
    });
  });

  it('keeps the dates without asking the server', async () => {
    const calls = fakeApi(() => undefined);
    const onDone = vi.fn();
    await render(<SurveyDateOffer cycleId={cycleId} offer={offer} onDone={onDone} />);
    await click(byRole('button', 'Keep their dates'));
    expect(onDone).toHaveBeenCalledWith(false);
    expect(calls).toHaveLength(0);
  });

  it('says that nothing moved when a survey changed since the offer', async () => {
    fakeApi(
      answers({
        moveSurveyDates: () =>
          apiError(
            409,
            'stale_version',
            'The survey “Final survey for mentees” changed since you loaded it.',
          ),
      }),
    );
    const onDone = vi.fn();
    await render(<SurveyDateOffer cycleId={cycleId} offer={offer} onDone={onDone} />);
    await click(byRole('button', 'Move this survey'));
    await waitFor(() => expect(alerts().join(' ')).toContain('Nothing was moved'));
    expect(onDone).not.toHaveBeenCalled();
  });
});
