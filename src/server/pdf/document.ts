import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { UiLanguage } from '../../shared/i18n/languages.ts';

// What every PDF the app draws shares (the reports, the certificates): A4, DejaVu Sans embedded as
// a subset so umlauts and every other Latin letter print the same in any reader, no standard font
// ever referenced, the document's information, and its bytes once drawn.

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** DejaVu Sans: every Latin letter, umlauts and ß included, embedded as a subset. */
export const fontFiles = {
  regular: join(fontDir, 'DejaVuSans.ttf'),
  bold: join(fontDir, 'DejaVuSans-Bold.ttf'),
} as const;
/** The names `doc.font()` takes: the regular face by its path (the document's font), bold as registered. */
export const fonts = { regular: fontFiles.regular, bold: 'bold' } as const;

let boldFace: Promise<Buffer> | undefined;

export interface OpenedPdf {
  doc: PDFKit.PDFDocument;
  /** The document's bytes, once `doc.end()` has been called. */
  finished: Promise<Buffer>;
}

/** A new A4 document in `language` with both faces ready and its information set. */
export async function openPdf(options: {
  language: UiLanguage;
  margins: { top: number; bottom: number; left: number; right: number };
  title: string;
  createdAt: Date;
  /** Pages kept until the end, for footers that count them. */
  bufferPages?: boolean;
}): Promise<OpenedPdf> {
  boldFace ??= readFile(fontFiles.bold);
  const bold = await boldFace;
  const doc = new PDFDocument({
    size: 'A4',
    margins: options.margins,
    bufferPages: options.bufferPages ?? false,
    // The document's own font, which PDFKit opens first: without it, it would open Helvetica. It
    // stays known by its file's path; a second name for it would open it anew at every use.
    font: fonts.regular,
    lang: options.language,
    displayTitle: true,
    info: {},
  });
  doc.registerFont(fonts.bold, bold);
  doc.info.Title = options.title;
  doc.info.Author = 'crossmentor';
  doc.info.Creator = 'crossmentor';
  doc.info.CreationDate = options.createdAt;
  const bytes: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => bytes.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(bytes)));
    doc.on('error', reject);
  });
  return { doc, finished };
}

/** A file name of plain letters, digits and dashes, from the names the document is about (ü as u). */
export const pdfFileName = (...parts: string[]) =>
  `${parts
    .join('-')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}.pdf`;
