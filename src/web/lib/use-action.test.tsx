// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api.ts';
import { type Action, type ActionOptions, useAction } from './use-action.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Work = (value: string) => Promise<unknown>;

/** A promise the test settles when it chooses, to look at the state while the work runs. */
function deferred() {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

let root: Root | null = null;
let current: Action<[string]> | null = null;

function Probe({ work, options }: { work: Work; options?: ActionOptions }) {
  current = useAction(work, options);
  return null;
}

async function mount(work: Work, options?: ActionOptions) {
  const container = document.createElement('div');
  root = createRoot(container);
  await act(async () => root!.render(<Probe work={work} options={options} />));
  return {
    rerender: (next: Work) => act(async () => root!.render(<Probe work={next} options={options} />)),
  };
}

/** Starts a run inside act; the run is handed back wrapped, since awaiting it would wait for its end. */
async function start(value = 'x'): Promise<{ running: Promise<boolean> }> {
  let running!: Promise<boolean>;
  await act(async () => {
    running = current!.run(value);
  });
  return { running };
}

async function finish({ running }: { running: Promise<boolean> }, settle: () => void): Promise<boolean> {
  let outcome!: boolean;
  await act(async () => {
    settle();
    outcome = await running;
  });
  return outcome;
}

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  current = null;
});

describe('useAction', () => {
  it('is busy while the work runs and not after it succeeded', async () => {
    const gate = deferred();
    const work = vi.fn(() => gate.promise);
    await mount(work);
    expect(current!.busy).toBe(false);

    const running = await start('first');
    expect(work).toHaveBeenCalledWith('first');
    expect(current!.busy).toBe(true);

    expect(await finish(running, gate.resolve)).toBe(true);
    expect(current!.busy).toBe(false);
    expect(current!.error).toBeNull();
  });

  it('keeps the message of a failure and is no longer busy', async () => {
    const gate = deferred();
    await mount(() => gate.promise);

    const running = await start();
    const failure = new ApiError(409, 'conflict', 'The cycle is closed.');
    expect(await finish(running, () => gate.reject(failure))).toBe(false);
    expect(current!.busy).toBe(false);
    expect(current!.error).toBe('The cycle is closed.');
  });

  it('says something plain for a failure that is not an answer of the server', async () => {
    await mount(async () => {
      throw new TypeError('x is undefined');
    });
    let outcome!: boolean;
    await act(async () => {
      outcome = await current!.run('x');
    });
    expect(outcome).toBe(false);
    expect(current!.error).toBe('Something went wrong. Please try again.');
    expect(current!.busy).toBe(false);
  });

  it('counts work that throws before its first await as a failure', async () => {
    await mount(() => {
      throw new ApiError(400, 'bad', 'Refused at once.');
    });
    await act(async () => {
      await current!.run('x');
    });
    expect(current!.error).toBe('Refused at once.');
    expect(current!.busy).toBe(false);
  });

  it('clears the last failure when the next run starts', async () => {
    const first = deferred();
    const second = deferred();
    const gates = [first, second];
    await mount(() => gates.shift()!.promise);

    await finish(await start(), () => first.reject(new ApiError(500, 'internal', 'Broken.')));
    expect(current!.error).toBe('Broken.');

    const running = await start();
    expect(current!.error).toBeNull();
    expect(current!.busy).toBe(true);
    await finish(running, second.resolve);
    expect(current!.error).toBeNull();
  });

  it('hands a failure to onError instead of keeping a message', async () => {
    const gate = deferred();
    const onError = vi.fn();
    await mount(() => gate.promise, { onError });

    const failure = new ApiError(422, 'invalid', 'Please check the form.');
    expect(await finish(await start(), () => gate.reject(failure))).toBe(false);
    expect(onError).toHaveBeenCalledExactlyOnceWith(failure);
    expect(current!.error).toBeNull();
    expect(current!.busy).toBe(false);
  });

  it('stays busy after a success that hands over, but not after a failure', async () => {
    const failing = deferred();
    const succeeding = deferred();
    const gates = [failing, succeeding];
    await mount(() => gates.shift()!.promise, { keepBusyOnSuccess: true });

    await finish(await start(), () => failing.reject(new ApiError(400, 'bad', 'Try again.')));
    expect(current!.busy).toBe(false);
    expect(current!.error).toBe('Try again.');

    expect(await finish(await start(), succeeding.resolve)).toBe(true);
    expect(current!.busy).toBe(true);
    expect(current!.error).toBeNull();
  });

  it('runs the work of the latest render with a run function that stays the same', async () => {
    const older = vi.fn(async () => {});
    const newer = vi.fn(async () => {});
    const { rerender } = await mount(older);
    const run = current!.run;
    await rerender(newer);
    expect(current!.run).toBe(run);

    await act(async () => {
      await current!.run('now');
    });
    expect(older).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledWith('now');
  });

  it('shows a message of the caller’s own until the next run', async () => {
    await mount(async () => {});
    act(() => current!.setError('Choose two different runs.'));
    expect(current!.error).toBe('Choose two different runs.');
    await act(async () => {
      await current!.run('x');
    });
    expect(current!.error).toBeNull();
  });
});
