import { useState } from 'react';
import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { errorMessage } from '../../../lib/api.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { isStaleVersion } from '../../../lib/stale-version.tsx';
import { Loaded } from '../../../lib/ui/status.tsx';
import { useAction } from '../../../lib/use-action.ts';
import { useResource } from '../../../lib/use-resource.ts';
import { getAgreement, signAgreement } from '../api/agreements.ts';
import { AgreementForm } from './agreement-form.tsx';
import { type AgreementMessage, SavedAgreement } from './saved-agreement.tsx';

/** The tandem's agreement: drafted together, signed by both, changed only by signing again. */
export function AgreementPanel({
  tandemId,
  onChanged,
}: {
  tandemId: string;
  /** Saving changes the goals too; the goals panel reloads. */
  onChanged: () => void;
}) {
  const t = useMessages(agreementsMessages);
  const loaded = useResource(`agreement-${tandemId}`, (signal) => getAgreement(tandemId, signal));
  const [replaced, setReplaced] = useState<Agreement | null>(null);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<AgreementMessage>(null);

  const reloadFromServer = () => {
    setReplaced(null);
    setEditing(false);
    loaded.reload();
    onChanged();
  };

  const show = (next: Agreement, text: string) => {
    setReplaced(next);
    setEditing(false);
    setMessage({ kind: 'success', text });
    onChanged();
  };

  const signing = useAction(
    async (agreement: Agreement) => {
      setMessage(null);
      const next = await signAgreement(tandemId, {
        version: agreement.current.version,
        savedAt: agreement.current.savedAt ?? '',
      });
      show(next, next.status === 'signed' ? t('signedByBothNow') : t('signedOne'));
    },
    {
      onError: (error) => {
        setMessage({ kind: 'error', text: errorMessage(error) });
        // Someone changed it meanwhile: show what is there now.
        if (isStaleVersion(error)) reloadFromServer();
      },
    },
  );

  return (
    <section className="panel agreement-panel" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">{t('agreementHeading')}</h2>
      <Loaded resource={loaded} loading={t('loadingAgreement')}>
        {(fromServer) => {
          const agreement = replaced ?? fromServer;
          if (agreement.status === 'not_saved') {
            return agreement.can.save ? (
              <>
                <p>{t('draftIntro')}</p>
                <div role="status">
                  {message ? <p className={`notice notice--${message.kind}`}>{message.text}</p> : null}
                </div>
                <AgreementForm
                  agreement={agreement}
                  onSaved={(next) => show(next, t('savedSignNow'))}
                  onStale={reloadFromServer}
                />
              </>
            ) : (
              <p className="empty">{t('neverSaved')}</p>
            );
          }
          return (
            <SavedAgreement
              agreement={agreement}
              message={message}
              editing={editing}
              signing={signing.busy}
              onSign={() => void signing.run(agreement)}
              onEdit={() => {
                setMessage(null);
                setEditing(true);
              }}
              onCancelEdit={() => setEditing(false)}
              onSaved={show}
              onStale={reloadFromServer}
            />
          );
        }}
      </Loaded>
    </section>
  );
}
