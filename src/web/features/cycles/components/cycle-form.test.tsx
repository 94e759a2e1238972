// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import {
  alerts,
  answers,
  apiError,
  byLabel,
  byRole,
  callsTo,
  click,
  fakeApi,
  json,
  queryByRole,
  render,
  type,
  waitFor,
} from '../../../test/dom.tsx';
import { cycle, ids } from '../../../test/fixtures.ts';
import { CycleForm } from './cycle-form.tsx';

const shown = { ...cycle(ids.cycle2025, 'Leadership 2025', '2025-01-01'), version: 4 };

describe('CycleForm editing a cycle', () => {
  it('sends the version it read with the change', async () => {
    const calls = fakeApi(
      answers({
        updateCycle: () =>
          json(200, { ...shown, name: 'Leadership 2025/26', version: 5, surveyDateOffer: [] }),
      }),
    );
    const onSaved = vi.fn();
    await render(<CycleForm cycle={shown} onSaved={onSaved} onStale={vi.fn()} />);
    await type(byLabel('Name'), 'Leadership 2025/26');
    await click(byRole('button', 'Save cycle'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(callsTo(calls, 'updateCycle')[0]!.body).toEqual({
      name: 'Leadership 2025/26',
      startsOn: shown.startsOn,
      endsOn: shown.endsOn,
      version: 4,
    });
  });

  it('offers the saved version when someone saved the cycle meanwhile, and keeps what was typed until asked', async () => {
    fakeApi(
      answers({
        updateCycle: () =>
          apiError(409, 'stale_version', 'This cycle changed since you loaded it.', { currentVersion: 5 }),
      }),
    );
    const onStale = vi.fn();
    await render(<CycleForm cycle={shown} onSaved={vi.fn()} onStale={onStale} />);
    await type(byLabel('Name'), 'Leadership 2025/26');
    await click(byRole('button', 'Save cycle'));
    await waitFor(() => expect(alerts()).toContain('This cycle changed since you loaded it.'));
    expect(byLabel('Name').value).toBe('Leadership 2025/26');
    await click(byRole('button', 'Load the saved version'));
    expect(onStale).toHaveBeenCalledOnce();
  });

  it('offers no reload for other refusals', async () => {
    fakeApi(answers({ updateCycle: () => apiError(409, 'conflict', 'The cycle is closed.') }));
    await render(<CycleForm cycle={shown} onSaved={vi.fn()} onStale={vi.fn()} />);
    await click(byRole('button', 'Save cycle'));
    await waitFor(() => expect(alerts()).toContain('The cycle is closed.'));
    expect(queryByRole('button', 'Load the saved version')).toBeNull();
  });
});
