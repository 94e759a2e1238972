// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { ContactToDo } from '../features/setup/components/contact-to-do.tsx';
import { byLabel, byRole, click, fakeApi, inGerman, json, pageText, render, waitFor } from '../test/dom.tsx';
import { ids } from '../test/fixtures.ts';
import { NotFoundPage } from './not-found.tsx';
import { SetupPage } from './setup.tsx';

// The setup page, the contact's to-do and the page for an unknown address as a German reader sees them.

describe('SetupPage in German', () => {
  it('asks for the first coordinator and loads the demo in German', async () => {
    fakeApi(() =>
      json(200, {
        organisations: 6,
        participants: 1,
        demoPassword: 'demo-password-123',
        signInAs: [
          { email: 'coordinator@demo.example', role: 'coordinator', description: 'Leitet das Programm' },
        ],
      }),
    );
    await render(inGerman(<SetupPage onSignedIn={vi.fn()} onDemoContinue={vi.fn()} />));
    expect(document.querySelector('h1')?.textContent).toBe('crossmentor einrichten');
    expect(byLabel('Ihr Name')).toBeTruthy();
    expect(pageText()).toContain('Mindestens 12 Zeichen.');
    expect(byRole('button', 'Konto für die Koordination anlegen')).toBeTruthy();

    await click(byRole('button', 'Demo-Verbund laden'));
    await waitFor(() => expect(pageText()).toContain('Demo-Verbund geladen'));
    expect(pageText()).toContain('6 Organisationen und 1 teilnehmende Person sind bereit.');
    expect([...document.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'E-Mail-Adresse',
      'Rolle',
      'Wer das ist',
    ]);
    expect(document.querySelector('tbody td:nth-child(2)')?.textContent).toBe('Koordination');
    expect(byRole('button', 'Weiter zur Anmeldung')).toBeTruthy();
  });
});

describe('ContactToDo in German', () => {
  it('counts the waiting proposals in German', async () => {
    await render(
      inGerman(
        <ContactToDo
          waiting={[
            { cycleId: ids.cycle2025, cycleName: 'Leadership 2025', count: 2 },
            { cycleId: ids.cycle2024, cycleName: 'Leadership 2024', count: 1 },
          ]}
        />,
      ),
    );
    const items = [...document.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'In Leadership 2025 warten 2 Vorschläge auf Ihre Freigabe – Vorschläge prüfen',
      'In Leadership 2024 wartet 1 Vorschlag auf Ihre Freigabe – Vorschläge prüfen',
    ]);
    expect(byRole('link', 'Vorschläge prüfen').getAttribute('href')).toBe(`/approval/${ids.cycle2025}`);
  });

  it('says in German when nothing waits', async () => {
    await render(inGerman(<ContactToDo waiting={[]} />));
    expect(pageText()).toContain('Im Moment wartet nichts auf Ihre Freigabe.');
  });
});

describe('NotFoundPage in German', () => {
  it('says the page does not exist and leads to the start page', async () => {
    await render(inGerman(<NotFoundPage />));
    expect(document.querySelector('h1')?.textContent).toBe('Seite nicht gefunden');
    expect(byRole('link', 'Zur Startseite').getAttribute('href')).toBe('/');
  });
});
