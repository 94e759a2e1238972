// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ProfileView } from '../../../../shared/contract/matching.ts';
import {
  apiError,
  byLabel,
  byRole,
  choose,
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
  answeredByParticipant: true,
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
  it('checks answers in the browser and keeps what was chosen', async () => {
    const calls = fakeApi(() => undefined);
    await render(
      <ProfileForm
        profile={profile}
        topics={['negotiation', 'leading teams']}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    await click(byRole('button', 'Remove German'));
    await type(byLabel('Location'), 'Bremen');
    await click(byRole('button', 'Save my profile'));
    expect(fieldError(byLabel('Add a language'))).toBe('Languages must name at least one language');
    expect(byLabel('Location').value).toBe('Bremen');
    expect(calls).toHaveLength(0);
  });

  it('shows what the nomination filled in, and one save confirms it', async () => {
    const calls = fakeApi(() => undefined);
    await render(
      <ProfileForm
        // A complete import counts as finished; the participant still confirms it.
        profile={{
          ...profile,
          completedAt: '2027-01-20T09:00:00.000Z',
          answeredByParticipant: false,
          topics: ['leading teams', 'strategic thinking'],
          languages: ['de', 'en'],
        }}
        topics={['negotiation', 'leading teams', 'strategic thinking']}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    expect(document.body.textContent).toContain('save to confirm');
    expect(byLabel('leading teams').checked).toBe(true);
    expect(byLabel('strategic thinking').checked).toBe(true);
    expect(byLabel('negotiation').checked).toBe(false);
    expect(byLabel('Languages chosen').textContent).toMatch(/German.*English/);
    await click(byRole('button', 'Save my profile'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({
      topics: ['leading teams', 'strategic thinking'],
      languages: ['de', 'en'],
      seniority: 2,
      version: 5,
    });
  });

  it('asks for no confirmation once the participant saved the profile', async () => {
    fakeApi(() => undefined);
    await render(
      <ProfileForm
        profile={{ ...profile, completedAt: '2027-01-20T09:00:00.000Z' }}
        topics={['negotiation']}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    expect(document.body.textContent).not.toContain('save to confirm');
  });

  it('offers languages by name and saves their codes', async () => {
    const calls = fakeApi(() => undefined);
    await render(
      <ProfileForm
        profile={profile}
        topics={['negotiation']}
        onSaved={() => undefined}
        onStale={() => undefined}
      />,
    );
    const add = byLabel('Add a language') as unknown as HTMLSelectElement;
    const names = [...add.options].map((o) => o.textContent);
    expect(names).toContain('French');
    // German is chosen already, so it is not offered again.
    expect(names).not.toContain('German');
    await choose(add, 'fr');
    await click(byRole('button', 'Add'));
    expect(byLabel('Languages chosen').textContent).toMatch(/German.*French/);
    const required = byLabel('Language your mentor must speak') as unknown as HTMLSelectElement;
    expect([...required.options].find((o) => o.value === 'de')?.textContent).toBe('German');
    await choose(required, 'de');
    await click(byRole('button', 'Save my profile'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toMatchObject({ languages: ['de', 'fr'], requiredLanguage: 'de' });
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
