// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ProfileView, QuestionnaireView } from '../../../../shared/contract/matching.ts';
import {
  byLabel,
  byRole,
  click,
  fakeApi,
  inGerman,
  json,
  pageText,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { ProfileForm } from './profile-form.tsx';
import { ProfileStatus } from './profile-status.tsx';
import { QuestionnaireForm } from './questionnaire-form.tsx';

const optionTexts = (label: string) =>
  [...(byLabel(label) as unknown as HTMLSelectElement).options].map((o) => o.textContent);

const profile: ProfileView = {
  participantId: '00000000-0000-4000-8000-000000000101',
  role: 'mentee',
  completedAt: null,
  answeredByParticipant: true,
  jobTitle: 'Analystin',
  seniority: 2,
  languages: ['de'],
  location: 'Hamburg',
  gender: 'female',
  topics: ['Verhandeln'],
  text: '',
  remote: 'either',
  requiredLanguage: null,
  preferredMentorGender: null,
  preferredMentorGenderStrength: 'soft',
  version: 5,
};

describe('questionnaire and profile in German', () => {
  it('asks a mentee for the profile in German', async () => {
    fakeApi(() => undefined);
    await render(
      inGerman(
        <ProfileForm
          profile={profile}
          topics={['Verhandeln', 'Führung']}
          onSaved={() => undefined}
          onStale={() => undefined}
        />,
      ),
    );
    expect(optionTexts('Karrierestufe')).toContain('2: Berufserfahrung');
    expect(optionTexts('Treffen')).toEqual(['Vor Ort', 'Online', 'Beides']);
    expect(pageText()).toContain('Ihre Ziele (1 bis 10 auswählen)');
    expect(pageText()).toContain('Wünsche an Ihre Mentorin oder Ihren Mentor');
    expect(optionTexts('Sprache, die Ihre Mentorin oder Ihr Mentor sprechen muss')).toContain('Deutsch');
    expect(byRole('button', 'Profil speichern')).toBeTruthy();
  });

  it('shows the weights and levels of the questionnaire in German', async () => {
    const questionnaire: QuestionnaireView = {
      topics: ['Verhandeln'],
      weights: { topics: 40, seniority: 20, language: 10, location: 10, gender: 10, industry: 10 },
      idealSeniorityGap: 2,
      preferDifferentIndustry: true,
      version: 2,
      can: { edit: true },
    };
    fakeApi(() => json(200, { ...questionnaire, version: 3 }));
    await render(
      inGerman(
        <QuestionnaireForm
          cycleId="00000000-0000-4000-8000-0000000000c1"
          questionnaire={questionnaire}
          onSaved={() => undefined}
          onStale={() => undefined}
        />,
      ),
    );
    expect(byLabel('Ziele und Fachgebiete').value).toBe('40');
    expect(pageText()).toContain('Gemeinsame Themen aus Zielen und Fachgebieten. Voreingestellt: 40.');
    expect(optionTexts('Idealer Abstand der Karrierestufen')).toEqual([
      '1 Stufe',
      '2 Stufen',
      '3 Stufen',
      '4 Stufen',
      '5 Stufen',
    ]);
    await click(byRole('button', 'Fragebogen speichern'));
    await waitFor(() => expect(pageText()).toContain('Fragebogen gespeichert.'));
  });

  it('counts finished profiles and sent reminders with German plurals', async () => {
    fakeApi(() => json(200, { sent: 1 }));
    const row = {
      participantId: '00000000-0000-4000-8000-000000000201',
      name: 'Bea Wagner',
      email: 'bea@example.org',
      role: 'mentor' as const,
      organisationName: 'Alpha Bank',
      completedAt: null,
      lastReminderAt: null,
    };
    await render(
      inGerman(
        <ProfileStatus
          cycleId="00000000-0000-4000-8000-0000000000c1"
          rows={[
            row,
            {
              ...row,
              participantId: '00000000-0000-4000-8000-000000000202',
              name: 'Anna Alt',
              completedAt: '2027-01-20T09:00:00.000Z',
            },
          ]}
          onReminded={() => undefined}
        />,
      ),
    );
    expect(pageText()).toContain('Profil fertig: 1 von 2 Teilnehmenden.');
    expect(pageText()).toContain('Nicht fertig');
    expect(byLabel('Bea Wagner auswählen')).toBeTruthy();
    await click(byRole('button', 'Alle mit unfertigem Profil erinnern (1)'));
    await waitFor(() => expect(pageText()).toContain('1 Erinnerung verschickt.'));
  });
});
