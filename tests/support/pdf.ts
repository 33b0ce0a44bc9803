import { readFile } from 'node:fs/promises';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Page count and per-page text of a PDF, for asserting on what a printed note contains. */
export async function readPdf(file: string): Promise<{ pages: string[] }> {
  const data = new Uint8Array(await readFile(file));
  const task = getDocument({ data, useSystemFonts: false });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await task.destroy();
  return { pages };
}
