import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// A PDF read back by an independent reader (Mozilla's pdf.js), as anyone opening it would: each
// page's size in points and its text, in the order drawn and line by line (items on one baseline,
// left to right), and the document's information.

export interface ReadPdf {
  /** Each page's lines and its text in the order drawn (a table cell's wrapped lines stay together). */
  pages: { width: number; height: number; lines: string[]; text: string }[];
  /** Every page's text as one string, spaces collapsed, a line broken after a hyphen rejoined. */
  text: string;
  info: Record<string, unknown>;
}

/** Spaces as a reader sees them: no-break spaces are spaces, runs are one. */
export const normal = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/- (?=\p{L})/gu, '-')
    .trim();

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages: ReadPdf['pages'] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const items = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() !== ''
        ? [{ x: item.transform[4] as number, y: Math.round(item.transform[5] as number), str: item.str }]
        : [],
    );
    const byBaseline = new Map<number, typeof items>();
    for (const item of items) byBaseline.set(item.y, [...(byBaseline.get(item.y) ?? []), item]);
    const lines = [...byBaseline.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, line]) =>
        normal(
          line
            .sort((a, b) => a.x - b.x)
            .map((i) => i.str)
            .join(' '),
        ),
      );
    pages.push({ width, height, lines, text: normal(items.map((i) => i.str).join(' ')) });
  }
  const { info } = await document.getMetadata();
  await document.destroy();
  return { pages, text: normal(pages.map((p) => p.text).join(' ')), info: info as Record<string, unknown> };
}
