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

describe('MailSettingsForm', () => {
  it('saves the language and the daily digest of a participant', async () => {
    const calls = fakeApi(() => json(200, { language: 'de', digest: true, digestOffered: true }));
    await render(<MailSettingsForm initial={{ language: 'en', digest: false, digestOffered: true }} />);
    await click(byLabel('Deutsch (German)'));
    await click(byLabel('A daily digest'));
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(document.body.textContent).toContain('Mail settings saved.'));
    expect(endpointOf(calls[0]!)).toEqual({ operationId: 'changeMailPreferences', params: {} });
    expect(calls[0]!.body).toEqual({ language: 'de', digest: true });
  });

  it('tells staff the digest is not for them and sends only the language', async () => {
    const calls = fakeApi(() => json(200, { language: 'de', digest: false, digestOffered: false }));
    await render(<MailSettingsForm initial={{ language: 'en', digest: false, digestOffered: false }} />);
    expect(document.body.textContent).toContain('The daily digest is offered to mentors and mentees');
    await click(byLabel('Deutsch (German)'));
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.body).toEqual({ language: 'de', digest: false });
  });

  it("shows the server's refusal", async () => {
    fakeApi(() => apiError(400, 'validation_failed', 'The daily digest is for participants.'));
    await render(<MailSettingsForm initial={{ language: 'en', digest: false, digestOffered: true }} />);
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(alerts()).toContain('The daily digest is for participants.'));
  });
});
