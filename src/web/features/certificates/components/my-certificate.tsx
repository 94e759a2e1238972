import type { ReactNode } from 'react';
import type { MyCertificate } from '../../../../shared/contract/certificates.ts';
import { certificatesMessages } from '../../../../shared/i18n/certificates.ts';
import { useMessages } from '../../../lib/i18n.tsx';
import { certificatePdfUrl } from '../api/certificates.ts';

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/**
 * A participation's certificate on the participant's programme page, once its cycle has closed:
 * the download, or why there is none (not completed, withheld).
 */
export function MyCertificateNotice({ certificate }: { certificate: MyCertificate | undefined }) {
  const t = useMessages(certificatesMessages);
  if (!certificate || certificate.state === 'pending') return null;
  const headingId = `certificate-${certificate.participantId}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('heading')}</h3>
      {certificate.state === 'available' ? (
        <>
          <p>{t('availableNote')}</p>
          <p>
            <a className="button" href={certificatePdfUrl(certificate.participantId)} download>
              {t.rich('download', { cycle: certificate.cycleName, hidden })}
            </a>
          </p>
        </>
      ) : (
        <p className="notice">{t(certificate.state === 'withheld' ? 'withheldNote' : 'notCompletedNote')}</p>
      )}
    </section>
  );
}
