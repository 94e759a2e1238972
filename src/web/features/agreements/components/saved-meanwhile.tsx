import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useAction } from '../../../lib/use-action.ts';
import { getAgreement } from '../api/agreements.ts';
import { AgreementText } from './agreement-text.tsx';

type Props = {
  tandemId: string;
  /** The user read the saved version and wants their own text to replace it. */
  onSaveMine: (saved: Agreement) => void;
  busy: boolean;
};

/**
 * The agreement as the partner saved it, shown beside the form on request, so the user can compare
 * without giving up what they typed, and then either load it or save their own text over it.
 */
export function SavedMeanwhile({ tandemId, onSaveMine, busy }: Props) {
  const [saved, setSaved] = useState<Agreement | null>(null);
  const load = useAction(async () => setSaved(await getAgreement(tandemId)));

  if (!saved) {
    return (
      <p>
        <button type="button" className="button button--secondary" disabled={load.busy} onClick={load.run}>
          {load.busy ? 'Loading…' : 'Show the saved version'}
        </button>
        {load.error ? <span className="field__error"> {load.error}</span> : null}
      </p>
    );
  }
  const { current } = saved;
  return (
    <section className="saved-meanwhile" aria-label="The saved version">
      <p className="muted">
        Saved version {current.version}
        {current.savedAt ? `, saved ${formatDateTime(current.savedAt)}` : ''}
        {current.editedBy ? ` by ${current.editedBy.name}` : ''}
      </p>
      <AgreementText version={current} />
      <p>
        <button type="button" className="button" disabled={busy} onClick={() => onSaveMine(saved)}>
          Save my text instead of this version
        </button>
      </p>
    </section>
  );
}
