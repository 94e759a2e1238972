// @vitest-environment jsdom
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Cycle } from '../../../../shared/contract/cycles.ts';
import {
  alerts,
  apiError,
  byRole,
  click,
  endpointOf,
  fakeApi,
  json,
  queryByRole,
  render,
  waitFor,
} from '../../../test/dom.tsx';
import { cycle, ids } from '../../../test/fixtures.ts';
import { CycleStatusControl } from './cycle-status-control.tsx';

/** Holds the cycle like a page does, so the control sees its own change come back. */
function Harness({ start }: { start: Cycle }) {
  const [current, setCurrent] = useState(start);
  return <CycleStatusControl cycle={current} onChanged={setCurrent} />;
}

describe('CycleStatusControl', () => {
  it('offers the moves the contract allows, forward first', async () => {
    fakeApi(() => undefined);
    await render(<CycleStatusControl cycle={cycle(ids.cycle2025, 'L', '2025-01-01')} onChanged={vi.fn()} />);
    const buttons = [...document.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Move to matching', 'Back to draft']);
    expect(document.querySelector('[aria-current="step"]')?.textContent).toBe('Open for nominations');
  });

  it('moves the cycle and reports a refusal from the server', async () => {
    const current = cycle(ids.cycle2025, 'L', '2025-01-01');
    const calls = fakeApi(({ body }) =>
      (body as { status: string }).status === 'matching'
        ? json(200, { ...current, status: 'matching' })
        : apiError(409, 'conflict', 'The cycle has participants and cannot go back to draft.'),
    );
    const onChanged = vi.fn();
    await render(<CycleStatusControl cycle={current} onChanged={onChanged} />);

    await click(byRole('button', 'Back to draft'));
    await waitFor(() =>
      expect(alerts()).toContain('The cycle has participants and cannot go back to draft.'),
    );
    expect(onChanged).not.toHaveBeenCalled();

    await click(byRole('button', 'Move to matching'));
    await waitFor(() =>
      expect(onChanged).toHaveBeenCalledWith(expect.objectContaining({ status: 'matching' })),
    );
    expect(endpointOf(calls.at(-1)!)).toEqual({
      operationId: 'changeCycleStatus',
      params: { id: ids.cycle2025 },
    });
    expect(calls.at(-1)!.body).toMatchObject({ status: 'matching' });
  });

  it('moves focus to the next move, so keyboard users keep their place', async () => {
    const start = cycle(ids.cycle2025, 'L', '2025-01-01');
    fakeApi(({ body }) => json(200, { ...start, status: (body as { status: string }).status }));
    await render(<Harness start={start} />);
    await click(byRole('button', 'Move to matching'));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move to running'));
    expect(document.body.textContent).toContain('The cycle is now in the phase “Matching”.');
  });

  it('offers nothing once closed', async () => {
    fakeApi(() => undefined);
    const closed = cycle(ids.cycle2025, 'L', '2025-01-01');
    await render(
      <CycleStatusControl
        cycle={{ ...closed, status: 'closed', can: { ...closed.can, changeStatus: false } }}
        onChanged={vi.fn()}
      />,
    );
    expect(queryByRole('button', /Move to|Back to/)).toBeNull();
    expect(document.body.textContent).toContain('This cycle is closed; its status no longer changes.');
  });

  it('shows the phases without moves where the server says the phase may not change', async () => {
    fakeApi(() => undefined);
    const open = cycle(ids.cycle2025, 'L', '2025-01-01');
    await render(
      <CycleStatusControl
        cycle={{ ...open, can: { ...open.can, changeStatus: false } }}
        onChanged={vi.fn()}
      />,
    );
    expect(queryByRole('button', /Move to|Back to/)).toBeNull();
    expect(document.querySelector('[aria-current="step"]')?.textContent).toBe('Open for nominations');
    expect(document.body.textContent).not.toContain('This cycle is closed');
  });
});
