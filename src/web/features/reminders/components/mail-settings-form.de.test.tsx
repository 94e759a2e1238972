// @vitest-environment jsdom
import { type ReactNode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../../../../shared/i18n/languages.ts';
import { LanguageProvider } from '../../../lib/i18n.tsx';
import { byLabel, byRole, click, fakeApi, json, render, waitFor } from '../../../test/dom.tsx';
import { MailSettingsForm } from './mail-settings-form.tsx';

const allOn = { meeting: true, agreement: true, profile: true, survey: true };

/** A page whose language can switch, as the app's is: `switched` records each switch. */
function Switchable({
  start,
  switched,
  children,
}: {
  start: UiLanguage;
  switched: UiLanguage[];
  children: ReactNode;
}) {
  const [language, setLanguage] = useState(start);
  return (
    <LanguageProvider
      language={language}
      setLanguage={(next) => {
        switched.push(next);
        setLanguage(next);
      }}
    >
      {children}
    </LanguageProvider>
  );
}

const legend = () => document.querySelector('legend')?.textContent;

describe('MailSettingsForm in German', () => {
  it('speaks German and offers each language in its own name', async () => {
    fakeApi(() => undefined);
    await render(
      <LanguageProvider language="de" setLanguage={() => {}}>
        <MailSettingsForm
          initial={{ language: 'de', digest: false, reminders: allOn, digestOffered: true }}
        />
      </LanguageProvider>,
    );
    expect(legend()).toBe('Sprache der Seiten und Mails');
    expect(byLabel('English').getAttribute('value')).toBe('en');
    expect(byLabel('Deutsch').checked).toBe(true);
    expect(document.querySelector('label[for="mail-language-en"]')?.getAttribute('lang')).toBe('en');
    expect(byLabel('Eine tägliche Zusammenfassung')).toBeTruthy();
    expect(document.body.textContent).toContain('Automatische Erinnerungen');
    expect(byLabel('Ihr Profil: wöchentlich, solange es nicht vollständig ist').checked).toBe(true);
    expect(byRole('button', 'Mail-Einstellungen speichern')).toBeTruthy();
  });

  it('switches the page to the language it saved', async () => {
    const calls = fakeApi(() =>
      json(200, { language: 'de', digest: false, reminders: allOn, digestOffered: false }),
    );
    const switched: UiLanguage[] = [];
    await render(
      <Switchable start="en" switched={switched}>
        <MailSettingsForm
          initial={{ language: 'en', digest: false, reminders: allOn, digestOffered: false }}
        />
      </Switchable>,
    );
    expect(legend()).toBe('Language of pages and mails');
    await click(byLabel('Deutsch'));
    // Choosing alone switches nothing: the language changes with the save.
    expect(switched).toEqual([]);
    await click(byRole('button', 'Save mail settings'));
    await waitFor(() => expect(document.body.textContent).toContain('Mail-Einstellungen gespeichert.'));
    expect(calls[0]!.body).toEqual({ language: 'de', digest: false });
    expect(switched).toEqual(['de']);
    expect(legend()).toBe('Sprache der Seiten und Mails');
    expect(byRole('button', 'Mail-Einstellungen speichern')).toBeTruthy();
  });
});
