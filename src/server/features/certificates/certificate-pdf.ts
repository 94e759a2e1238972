import type { ParticipantRole } from '../../../shared/contract/participants.ts';
import { translator } from '../../../shared/i18n/catalogue.ts';
import { certificatesMessages } from '../../../shared/i18n/certificates.ts';
import { formatDate } from '../../../shared/i18n/formats.ts';
import type { UiLanguage } from '../../../shared/i18n/languages.ts';
import { fonts, openPdf } from '../../pdf/document.ts';

// A certificate of participation as a one-page A4 PDF in the reader's language, with DejaVu Sans
// embedded (`src/server/pdf`). It prints exactly the fields below: who, in which role, in which
// programme and period, for which organisation, signed for the coordination; never a goal, a note,
// the other member of the tandem or anything else of the tandem's content (decision 0024).

export interface CertificateContent {
  name: string;
  role: ParticipantRole;
  cycleName: string;
  startsOn: string;
  endsOn: string;
  organisationName: string;
  /** The coordinator who signs: the one who closed the cycle. */
  coordinatorName: string;
  /** The date this version's number was given. */
  issuedOn: string;
  number: string;
}

const ink = '#1a1a1a';
const muted = '#555555';
const accent = '#0072B2';
const margins = { top: 72, bottom: 72, left: 72, right: 72 };

export async function renderCertificatePdf(
  content: CertificateContent,
  language: UiLanguage,
): Promise<Buffer> {
  const t = translator(certificatesMessages, language);
  const { doc, finished } = await openPdf({
    language,
    margins,
    title: t('documentTitle', { name: content.name, cycle: content.cycleName }),
    createdAt: new Date(`${content.issuedOn}T00:00:00Z`),
  });
  const left = margins.left;
  const width = doc.page.width - margins.left - margins.right;
  const centred = { width, align: 'center' as const };

  // A frame and a band: a certificate, not a report.
  doc.rect(0, 0, doc.page.width, 12).fill(accent);
  doc
    .lineWidth(1.2)
    .strokeColor(accent)
    .rect(36, 36, doc.page.width - 72, doc.page.height - 72)
    .stroke();
  doc.font(fonts.bold).fontSize(12).fillColor(accent).text('crossmentor', left, 64, centred);

  doc.font(fonts.bold).fontSize(28).fillColor(ink).text(t('title'), left, 170, centred);
  doc.moveDown(2);
  doc.font(fonts.regular).fontSize(13).fillColor(ink).text(t('certifies'), left, doc.y, centred);
  doc.moveDown(0.8);
  doc.font(fonts.bold).fontSize(24).text(content.name, left, doc.y, centred);
  doc.moveDown(0.8);
  doc
    .font(fonts.regular)
    .fontSize(13)
    .text(t('tookPart', { role: content.role }), left, doc.y, centred);
  doc.moveDown(0.8);
  doc.font(fonts.bold).fontSize(18).text(content.cycleName, left, doc.y, centred);
  doc.moveDown(0.4);
  doc
    .font(fonts.regular)
    .fontSize(13)
    .text(
      t('period', {
        start: formatDate(language, content.startsOn, 'long'),
        end: formatDate(language, content.endsOn, 'long'),
      }),
      left,
      doc.y,
      centred,
    );
  doc.moveDown(1.6);
  doc.fontSize(12).text(t('roleLabel', { role: content.role }), left, doc.y, centred);
  doc.moveDown(0.3);
  doc.text(t('organisation', { organisation: content.organisationName }), left, doc.y, centred);

  // The signature block, low on the page.
  const signatureTop = doc.page.height - 250;
  const lineWidth = 220;
  const lineLeft = left + (width - lineWidth) / 2;
  doc
    .lineWidth(0.8)
    .strokeColor(muted)
    .moveTo(lineLeft, signatureTop)
    .lineTo(lineLeft + lineWidth, signatureTop)
    .stroke();
  doc
    .font(fonts.bold)
    .fontSize(12)
    .fillColor(ink)
    .text(content.coordinatorName, left, signatureTop + 8, centred);
  doc
    .font(fonts.regular)
    .fontSize(10)
    .fillColor(muted)
    .text(t('coordinatorRole'), left, doc.y + 2, centred);

  doc
    .fontSize(9)
    .fillColor(muted)
    .text(
      `${t('issuedOn', { date: formatDate(language, content.issuedOn, 'long') })} · ${t('number', { number: content.number })}`,
      left,
      doc.page.height - 110,
      { ...centred, lineBreak: false },
    );
  doc.end();
  return finished;
}
