import { useAction } from '../../../lib/use-action.ts';
import { type DemoLoaded, loadDemo } from '../api/setup.ts';

/** Loads the demo consortium; the page then shows who to sign in as. */
export function DemoLoader({ onLoaded }: { onLoaded: (demo: DemoLoaded) => void }) {
  const {
    run: load,
    busy,
    error,
  } = useAction(async () => onLoaded(await loadDemo()), {
    keepBusyOnSuccess: true,
  });

  return (
    <div>
      {error ? (
        <div role="alert" className="notice notice--error">
          {error}
        </div>
      ) : null}
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void load()}>
        Load demo consortium
      </button>
      {busy ? (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" />
          Loading the demo consortium…
        </p>
      ) : null}
    </div>
  );
}
