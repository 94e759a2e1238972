import { setupMessages } from '../../../../shared/i18n/setup.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { type DemoLoaded, loadDemo } from '../api/setup.ts';

/** Loads the demo consortium; the page then shows who to sign in as. */
export function DemoLoader({ onLoaded }: { onLoaded: (demo: DemoLoaded) => void }) {
  const t = useMessages(setupMessages);
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
        {t('loadDemo')}
      </button>
      {busy ? (
        <p role="status" className="loading">
          <span className="spinner" aria-hidden="true" />
          {t('loadingDemo')}
        </p>
      ) : null}
    </div>
  );
}
