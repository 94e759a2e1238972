// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Page } from '../lib/ui/page.tsx';
import { byRole, render, waitFor } from '../test/dom.tsx';
import { lazyPage, PageLoader } from './lazy-page.tsx';

function ReportsPage({ year }: { year: number }) {
  return <Page title={`Reports ${year}`}>The year in numbers.</Page>;
}

/** A page module whose download the test finishes (or fails) when it chooses. */
function slowModule() {
  let finish!: () => void;
  let fail!: (error: Error) => void;
  const loaded = new Promise<{ ReportsPage: typeof ReportsPage }>((resolve, reject) => {
    finish = () => resolve({ ReportsPage });
    fail = reject;
  });
  return { load: () => loaded, finish, fail };
}

function status(): HTMLElement | null {
  return document.querySelector('[role="status"]');
}

describe('a page loaded on demand', () => {
  it('says what is loading, as a status screen readers announce, then shows the page', async () => {
    const module = slowModule();
    const Reports = lazyPage(module.load, 'ReportsPage');
    await render(
      <PageLoader loads="loadCycles">
        <Reports year={2026} />
      </PageLoader>,
    );
    expect(status()?.textContent).toBe('Loading the cycles page…');
    // Nothing to tab to while it loads; focus stays where the user was.
    expect(status()?.querySelector('a, button, [tabindex]')).toBeNull();

    await act(async () => module.finish());
    await waitFor(() => expect(document.querySelector('h1')?.textContent).toBe('Reports 2026'));
    expect(status()).toBeNull();
  });

  it('offers a reload when the page code cannot be fetched', async () => {
    const module = slowModule();
    const Reports = lazyPage(module.load, 'ReportsPage');
    // React reports the caught error on the console; the user sees the alert instead.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await render(
      <PageLoader loads="loadCycles">
        <Reports year={2026} />
      </PageLoader>,
    );
    await act(async () => module.fail(new TypeError('Failed to fetch dynamically imported module')));
    await waitFor(() => byRole('button', 'Reload the page'));
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('could not be loaded');
    quiet.mockRestore();
  });
});
