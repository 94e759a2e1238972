import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { getAgreement } from '../api/agreements.ts';
import { AgreementText } from './agreement-text.tsx';
import { versionLine } from './labels.ts';

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
  const t = useMessages(agreementsMessages);
  const [saved, setSaved] = useState<Agreement | null>(null);
  const load = useAction(async () => setSaved(await getAgreement(tandemId)));

  if (!saved) {
    return (
      <p>
        <button type="button" className="button button--secondary" disabled={load.busy} onClick={load.run}>
          {load.busy ? t('loading') : t('showSaved')}
        </button>
        {load.error ? <span className="field__error"> {load.error}</span> : null}
      </p>
    );
  }
  const { current } = saved;
  return (
    <section className="saved-meanwhile" aria-label={t('savedVersionRegion')}>
      <p className="muted">{versionLine(t, current, 'meanwhile')}</p>
      <AgreementText version={current} />
      <p>
        <button type="button" className="button" disabled={busy} onClick={() => onSaveMine(saved)}>
          {t('saveMine')}
        </button>
      </p>
    </section>
  );
}
