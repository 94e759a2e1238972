// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../../shared/contract/auth.ts';
import { byLabel, byRole, choose, queryByRole, render, signedIn } from '../../../test/dom.tsx';
import { SurveyResultsExport } from './survey-results-export.tsx';

const surveyId = '00000000-0000-4000-8000-000000000401';
const account = (role: Account['role']): Account => ({
  id: '00000000-0000-4000-8000-000000000402',
  email: 'someone@acme.example',
  name: 'Some One',
  role,
  organisationId: role === 'coordinator' ? null : '00000000-0000-4000-8000-000000000403',
  organisationName: role === 'coordinator' ? null : 'Acme',
  personId: null,
  disabled: false,
  language: 'en',
});

describe('SurveyResultsExport', () => {
  it('offers staff the results as CSV, with the separator they choose', async () => {
    for (const role of ['coordinator', 'organisation_contact'] as const) {
      await render(signedIn(account(role), <SurveyResultsExport surveyId={surveyId} />));
      const link = byRole('link', 'Export results as CSV');
      expect(link.getAttribute('href')).toBe(`/api/v1/surveys/${surveyId}/results.csv`);
      expect(link.hasAttribute('download')).toBe(true);
      await choose(byLabel('CSV separator'), 'semicolon');
      expect(byRole('link', 'Export results as CSV').getAttribute('href')).toBe(
        `/api/v1/surveys/${surveyId}/results.csv?separator=semicolon`,
      );
      document.body.replaceChildren();
    }
  });

  it('offers nothing to a participant, whom the server would refuse', async () => {
    await render(signedIn(account('participant'), <SurveyResultsExport surveyId={surveyId} />));
    expect(queryByRole('link', 'Export results as CSV')).toBeNull();
    expect(document.body.textContent).toBe('');
  });
});
