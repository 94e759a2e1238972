// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ResetPasswordForm } from '../features/auth/components/reset-password-form.tsx';
import {
  answers,
  byLabel,
  byRole,
  click,
  fakeApi,
  inGerman,
  json,
  pageText,
  render,
  type,
  waitFor,
} from '../test/dom.tsx';
import { ForgotPasswordPage } from './password-reset.tsx';

describe('password reset in German', () => {
  it('asks for a link and says in German how long it works', async () => {
    fakeApi(
      answers({
        getSetupStatus: () => json(200, { needsSetup: false, mailDelivery: true }),
        requestPasswordReset: () => json(202, { ok: true }),
      }),
    );
    await render(inGerman(<ForgotPasswordPage />));
    expect(document.querySelector('h1')?.textContent).toBe('Passwort vergessen?');
    await type(byLabel('E-Mail-Adresse'), 'cora@example.org');
    await click(byRole('button', 'Link zuschicken'));
    await waitFor(() =>
      expect(pageText()).toContain(
        'Falls es ein Konto für cora@example.org gibt, haben wir einen Link geschickt, mit dem Sie ein neues Passwort festlegen können. Er ist 30 Minuten gültig',
      ),
    );
    expect(byRole('link', 'Zurück zur Anmeldung').getAttribute('href')).toBe('/sign-in');
  });

  it('explains a cut-off link in German', async () => {
    fakeApi(() => undefined);
    await render(inGerman(<ResetPasswordForm token="short" onSignedIn={vi.fn()} />));
    expect(pageText()).toContain('Dieser Link kann nicht verwendet werden.');
    expect(pageText()).toContain('Links sind 30 Minuten gültig und funktionieren nur einmal.');
    expect(byRole('link', 'Fordern Sie einen neuen Link an').getAttribute('href')).toBe('/password-reset');
  });
});
