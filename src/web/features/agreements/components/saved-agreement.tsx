import type { Agreement } from '../../../../shared/contract/agreements.ts';
import { agreementsMessages } from '../../../../shared/i18n/agreements.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { AgreementForm } from './agreement-form.tsx';
import { AgreementHistory } from './agreement-history.tsx';
import { AgreementSignatures } from './agreement-signatures.tsx';
import { AgreementText } from './agreement-text.tsx';
import { versionLine } from './labels.ts';

export type AgreementMessage = { kind: 'error' | 'success'; text: string } | null;

type Props = {
  agreement: Agreement;
  message: AgreementMessage;
  editing: boolean;
  signing: boolean;
  onSign: () => void;
  onEdit: () => void;
  onCancelEdit: () => void;
  onSaved: (next: Agreement, text: string) => void;
  onStale: () => void;
};

/**
 * An agreement saved at least once: who signed it, its text or the form to change it, its history.
 * Signing and changing it are offered when the server says the viewer may.
 */
export function SavedAgreement(props: Props) {
  const { agreement, message, editing, signing } = props;
  const { can } = agreement;
  const t = useMessages(agreementsMessages);
  return (
    <>
      <AgreementSignatures agreement={agreement} />
      {agreement.viewerMustSignAgain && can.sign ? (
        <p className="notice notice--info">{t('mustSignAgain')}</p>
      ) : null}
      <div role="status">
        {message && message.kind === 'success' ? (
          <p className="notice notice--success">{message.text}</p>
        ) : null}
      </div>
      {message && message.kind === 'error' ? (
        <p role="alert" className="notice notice--error">
          {message.text}
        </p>
      ) : null}
      {editing ? (
        <AgreementForm
          agreement={agreement}
          onSaved={(next) =>
            props.onSaved(next, next.status === 'signed' ? t('nothingChanged') : t('savedSignNow'))
          }
          onCancel={props.onCancelEdit}
          onStale={props.onStale}
        />
      ) : (
        <>
          <p className="muted">{versionLine(t, agreement.current)}</p>
          <AgreementText version={agreement.current} />
          {can.sign || can.save ? (
            <div className="button-row">
              {can.sign ? (
                <button type="button" className="button" disabled={signing} onClick={props.onSign}>
                  {signing ? t('signing') : t('sign')}
                </button>
              ) : null}
              {can.save ? (
                <button type="button" className="button button--secondary" onClick={props.onEdit}>
                  {t('change')}
                </button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      <AgreementHistory agreement={agreement} />
    </>
  );
}
