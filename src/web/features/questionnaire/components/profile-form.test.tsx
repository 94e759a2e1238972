// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../../shared/contract/matching.ts';
import {
  apiError,
  byLabel,
  byRole,
  click,
  fakeApi,
  fieldError,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { ProfileForm } from './profile-form.tsx';

const profile: ProfileView = {
  participantId: '00000000-0000-4000-8000-000000000101',
  role: 'mentee',
  completedAt: null,
  jobTitle: 'Analyst',
  seniority: 2,
  languages: ['de'],
  location: 'Hamburg',
  gender: 'female',
  topics: ['negotiation'],
  text: '',
  remote: 'either',
  requiredLanguage: null,
  preferredMentorGender: null,
  preferredMentorGenderStrength: 'soft',
  version: 5,
};

describe('ProfileForm', () => {
  it('checks answers in the browser and keeps what was typed', async () => {
    const calls = fakeApi(() => undefined);
    await render(
      <ProfileForm
        profile={profile}
        topics={['negotiation', 'leading teams']}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    await type(byLabel('Languages'), 'german');
    await click(byRole('button', 'Save my profile'));
    expect(fieldError(byLabel('Languages'))).toMatch(/two-letter language code/);
    expect(byLabel('Languages').value).toBe('german');
    expect(calls).toHaveLength(0);
  });

  it('shows the server’s field details beside the fields', async () => {
    fakeApi(() =>
      apiError(400, 'validation_failed', 'Some answers need another look.', [
        { path: 'location', message: 'must be a place we know' },
      ]),
    );
    await render(
      <ProfileForm
        profile={profile}
        topics={['negotiation']}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    await type(byLabel('Location'), 'Atlantis');
    await click(byRole('button', 'Save my profile'));
    await waitFor(() => expect(fieldError(byLabel('Location'))).toBe('Location must be a place we know'));
    expect(document.body.textContent).toContain('Some answers need another look.');
    expect(byLabel('Location').value).toBe('Atlantis');
  });

  it('sends the version it read, and offers the saved profile when it changed meanwhile', async () => {
    const calls = fakeApi(() =>
      apiError(409, 'stale_version', 'Your profile changed since you loaded it.', { currentVersion: 7 }),
    );
    let reloads = 0;
    await render(
      <ProfileForm
        profile={{ ...profile, seniority: 2, topics: ['negotiation'] }}
        topics={['negotiation']}
        onSaved={() => undefined}
        onStale={() => {
          reloads += 1;
        }}
      />,
    );
    await type(byLabel('Location'), 'Bremen');
    await click(byRole('button', 'Save my profile'));
    await waitFor(() =>
      expect(document.body.textContent).toContain('Your profile changed since you loaded it.'),
    );
    expect(calls[0]!.body).toMatchObject({ location: 'Bremen', version: 5 });
    expect(byLabel('Location').value).toBe('Bremen');
    await click(byRole('button', 'Load the saved version'));
    expect(reloads).toBe(1);
  });
});
