// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Account } from '../../shared/contract/auth.ts';
import {
  alerts,
  answers,
  apiError,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  render,
  waitFor,
} from '../test/dom.tsx';
import { coordinator, cycle, ids } from '../test/fixtures.ts';
import { App } from './app.tsx';

// Which language the app speaks: the browser's before sign-in, the header's switch (remembered in
// this browser), and the account's setting once signed in, which the switch then saves.

function browserLanguages(languages: string[]) {
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
}

afterEach(() => {
  window.localStorage.clear();
  browserLanguages(['en-US', 'en']);
  document.documentElement.lang = 'en';
});

function server(state: { account: Account | null; refuseLanguage?: boolean }) {
  return answers({
    getSetupStatus: () => json(200, { needsSetup: false, mailDelivery: true }),
    getSession: () =>
      state.account
        ? json(200, { account: state.account })
        : apiError(401, 'unauthenticated', 'Sign in first.'),
    listCycles: () => json(200, { cycles: [cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01')] }),
    changeLanguage: ({ body }) => {
      if (state.refuseLanguage) return apiError(503, 'unavailable', 'The service is briefly unavailable.');
      const { language } = body as { language: 'en' | 'de' };
      if (state.account) state.account = { ...state.account, language };
      return json(200, { language });
    },
  });
}

const heading = () => document.querySelector('h1')?.textContent;

describe('the interface language', () => {
  it('follows a German browser before sign-in, and the switch changes it and is remembered', async () => {
    browserLanguages(['de-AT', 'en']);
    window.history.replaceState(null, '', '/sign-in');
    fakeApi(server({ account: null }));
    await render(<App />);
    await waitFor(() => expect(heading()).toBe('Anmelden'));
    expect(document.documentElement.lang).toBe('de');
    expect(byRole('link', 'Passwort vergessen?')).toBeTruthy();

    const english = byRole('button', 'English');
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.getAttribute('aria-pressed')).toBe('false');
    await click(english);
    await waitFor(() => expect(heading()).toBe('Sign in'));
    expect(document.documentElement.lang).toBe('en');
    expect(byRole('button', 'English').getAttribute('aria-pressed')).toBe('true');
    expect(window.localStorage.getItem('crossmentor.language')).toBe('en');
  });

  it('keeps the choice made with the switch over the browser’s languages on the next visit', async () => {
    browserLanguages(['de-DE']);
    window.localStorage.setItem('crossmentor.language', 'en');
    window.history.replaceState(null, '', '/sign-in');
    fakeApi(server({ account: null }));
    await render(<App />);
    await waitFor(() => expect(heading()).toBe('Sign in'));
  });

  it('falls back to English for a browser in a language it does not speak', async () => {
    browserLanguages(['fr-FR', 'it']);
    window.history.replaceState(null, '', '/sign-in');
    fakeApi(server({ account: null }));
    await render(<App />);
    await waitFor(() => expect(heading()).toBe('Sign in'));
    expect(document.documentElement.lang).toBe('en');
  });

  it('speaks the signed-in account’s language whatever the browser says, and the switch saves it', async () => {
    browserLanguages(['en-GB']);
    window.history.replaceState(null, '', '/cycles');
    const calls = fakeApi(server({ account: { ...coordinator, language: 'de' } }));
    await render(<App />);
    await waitFor(() => expect(byRole('link', 'Durchgänge')).toBeTruthy());
    expect(document.documentElement.lang).toBe('de');
    expect(byRole('button', 'Abmelden')).toBeTruthy();
    // Requests say which language to answer in, so the server's messages match the page.
    await waitFor(() => expect(callsTo(calls, 'listCycles')).toHaveLength(1));
    expect(callsTo(calls, 'listCycles')[0]?.headers.get('accept-language')).toBe('de');

    await click(byRole('button', 'English'));
    await waitFor(() => expect(byRole('link', 'Cycles')).toBeTruthy());
    expect(callsTo(calls, 'changeLanguage').map((c) => c.body)).toEqual([{ language: 'en' }]);
  });

  it('follows the browser for an account whose holder has not chosen a language yet', async () => {
    browserLanguages(['de-CH', 'en']);
    window.history.replaceState(null, '', '/cycles');
    const calls = fakeApi(server({ account: { ...coordinator, language: null } }));
    await render(<App />);
    await waitFor(() => expect(byRole('link', 'Durchgänge')).toBeTruthy());
    expect(callsTo(calls, 'changeLanguage')).toEqual([]);
    // Pressing the language already shown changes nothing and saves nothing.
    await click(byRole('button', 'Deutsch'));
    expect(callsTo(calls, 'changeLanguage')).toEqual([]);
  });

  it('goes back to the saved language and says so when saving the choice fails', async () => {
    window.history.replaceState(null, '', '/cycles');
    fakeApi(server({ account: { ...coordinator, language: 'de' }, refuseLanguage: true }));
    await render(<App />);
    await waitFor(() => expect(byRole('link', 'Durchgänge')).toBeTruthy());
    await click(byRole('button', 'English'));
    await waitFor(() => expect(alerts().join(' ')).toContain('Die Sprache konnte nicht gespeichert werden'));
    expect(byRole('link', 'Durchgänge')).toBeTruthy();
    expect(byRole('button', 'Deutsch').getAttribute('aria-pressed')).toBe('true');
  });
});
