import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// A PDF read back by an independent reader (Mozilla's pdf.js), as anyone opening it would: the
// text of each page and its size in points.

export async function readPdf(bytes: Uint8Array) {
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const pages: { text: string; width: number; height: number }[] = [];
  for (let i = 1; i <= document.numPages; i++) {
    const page = await document.getPage(i);
    const content = await page.getTextContent();
    const [, , width, height] = page.view as [number, number, number, number];
    pages.push({
      text: content.items.map((item) => ('str' in item ? item.str : '')).join(' '),
      width,
      height,
    });
  }
  await document.destroy();
  return { pages, text: pages.map((p) => p.text).join('\n') };
}
