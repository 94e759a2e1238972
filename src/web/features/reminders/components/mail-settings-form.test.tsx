// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  alerts,
  apiError,
  byLabel,
  byRole,
  click,
  endpointOf,
  fakeApi,
  json,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { MailSettingsForm } from './mail-settings-form.tsx';

const allOn = { meeting: true, agreement: true, profile: true, survey: true };

describe('MailSettingsForm', () => {
  it('saves the language and the daily digest of a participant', async () => {
    const calls = fakeApi(() =>
      json(200, { language: 'de', digest: true, reminders: allOn, digestOffered: true }),
    );
    await render(
      <MailSettingsForm initial={{ language: 'en', digest: false, reminders: allOn, digestOffered: true }} />,
    );
    await click(byLabel('Deutsch'));
    await click(byLabel('A daily digest'));
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(document.body.textContent).toContain('Mail settings saved.'));
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'changeMailPreferences', params: {} });
    // The reminders were not touched here: they are left out, so a one-click unsubscribe made
    // while this page was open stays.
    expect(calls[0]!.body).toEqual({ language: 'de', digest: true });
  });

  it('shows a reminder turned off by its unsubscribe link and turns it on again', async () => {
    const off = { ...allOn, meeting: false };
    const calls = fakeApi(() =>
      json(200, { language: 'en', digest: false, reminders: allOn, digestOffered: true }),
    );
    await render(
      <MailSettingsForm initial={{ language: 'en', digest: false, reminders: off, digestOffered: true }} />,
    );
    const meetings = byLabel('Meetings: when your tandem has not met or planned a meeting for a while');
    expect(meetings.checked).toBe(false);
    expect(byLabel('Surveys: once, when you have not answered one after a week').checked).toBe(true);
    await click(meetings);
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(document.body.textContent).toContain('Mail settings saved.'));
    expect(calls[0]!.body).toEqual({ language: 'en', digest: false, reminders: allOn });
    expect(meetings.checked).toBe(true);
  });

  it('tells staff the digest is not for them and sends only the language', async () => {
    const calls = fakeApi(() =>
      json(200, { language: 'de', digest: false, reminders: allOn, digestOffered: false }),
    );
    await render(
      <MailSettingsForm
        initial={{ language: 'en', digest: false, reminders: allOn, digestOffered: false }}
      />,
    );
    expect(document.body.textContent).toContain('The daily digest is offered to mentors and mentees');
    expect(document.body.textContent).not.toContain('Automatic reminders');
    await click(byLabel('Deutsch'));
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({ language: 'de', digest: false });
  });

  it("shows the server's refusal", async () => {
    fakeApi(() => apiError(400, 'validation_failed', 'The daily digest is for participants.'));
    await render(
      <MailSettingsForm initial={{ language: 'en', digest: false, reminders: allOn, digestOffered: true }} />,
    );
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(alerts()).toContain('The daily digest is for participants.'));
  });
});
