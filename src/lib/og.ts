import { Resvg } from '@resvg/resvg-js';
export { ogKey } from './page/seo.ts';

/**
 * Link-preview images (1200 × 630 PNG, drawn at build time from an SVG with system fonts): the page's kind,
 * its title and one key number. Pure apart from the rasteriser, so the same input gives the same bytes.
 */
export interface OgCard {
  kind: string;
  title: string;
  /** One number from data/facts.csv, already formatted, with what it measures. */
  figure: { value: string; label: string };
  siteName: string;
}

/** The pages that are not briefings or notes, with the title their card shows. */
export const OG_PAGES: Record<string, { kind: string; title: string }> = {
  index: { kind: 'Briefings and notes', title: 'Rare earths: China’s dominance, Kazakhstan and the partnerships around it' },
  briefings: { kind: 'Listing', title: 'Briefings' },
  notes: { kind: 'Listing', title: 'Policy notes' },
  topics: { kind: 'Listing', title: 'Topics' },
  timeline: { kind: 'Reference', title: 'Partnership and policy timeline' },
  data: { kind: 'Reference', title: 'Data catalogue' },
  elements: { kind: 'Reference', title: 'The 17 rare earth elements' },
  sources: { kind: 'Reference', title: 'Sources' },
  glossary: { kind: 'Reference', title: 'Glossary' },
  about: { kind: 'About', title: 'About this site' },
  search: { kind: 'Search', title: 'Search' },
};

const escapeXml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** Greedy word wrap to at most `max` characters a line and `lines` lines, with an ellipsis if cut. */
export function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > max) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  if (out.length <= lines) return out;
  let last = out[lines - 1]!;
  while ((last + ' …').length > max && last.includes(' ')) last = last.replace(/\s+\S*$/, '');
  return [...out.slice(0, lines - 1), `${last} …`];
}

const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

export function ogSvg(card: OgCard): string {
  const title = wrap(card.title, 30, 3);
  const label = wrap(card.figure.label, 64, 2);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#fdfdfc"/><rect width="1200" height="14" fill="#0b5c66"/>
<text x="72" y="100" font-family="${FONT}" font-size="28" font-weight="700" letter-spacing="3" fill="#0b5c66">${escapeXml(card.kind.toUpperCase())}</text>
${title.map((l, i) => `<text x="72" y="${178 + i * 66}" font-family="${FONT}" font-size="54" font-weight="700" fill="#1b1d1f">${escapeXml(l)}</text>`).join('\n')}
<line x1="72" y1="400" x2="1128" y2="400" stroke="#d5d8da" stroke-width="2"/>
<text x="72" y="492" font-family="${FONT}" font-size="80" font-weight="700" fill="#0b5c66">${escapeXml(card.figure.value)}</text>
${label.map((l, i) => `<text x="72" y="${538 + i * 34}" font-family="${FONT}" font-size="26" fill="#52585e">${escapeXml(l)}</text>`).join('\n')}
<text x="1128" y="100" text-anchor="end" font-family="${FONT}" font-size="26" font-weight="700" fill="#1b1d1f">${escapeXml(card.siteName)}</text>
</svg>`;
}

export function ogPng(card: OgCard): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(ogSvg(card), { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' } });
  return new Uint8Array(resvg.render().asPng());
}
