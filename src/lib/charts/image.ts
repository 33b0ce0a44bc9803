import type { Datasets } from '../data/load.ts';
import { formatIsoDate } from '../dates.ts';
import { SITE } from '../page/site.ts';
import { sourceLineText } from './source-line.ts';
import { FONT_SIZE, WIDTH, textWidth } from './theme.ts';
import type { ChartSpec } from './types.ts';

/**
 * A figure as one standalone SVG file, for slides and articles: title, caption, the chart, and the source
 * line inside the image. Colours are the palette's own (no CSS custom properties, which design tools do
 * not read) on a white ground.
 */

const PAD = 16;
const TITLE_SIZE = 17;
const TEXT_SIZE = 13;
const SMALL_SIZE = 11;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy word wrap by the estimated text width. */
export function wrap(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `chartSvg` is the figure's drawn chart (render-svg.ts output, 640 wide). */
export function chartImage(spec: ChartSpec, chartSvg: string, datasets: Datasets): string {
  const sources = spec.sourceIds.map((id) => datasets.sourceById.get(id)!);
  const inner = WIDTH;
  const outer = WIDTH + 2 * PAD;
  const title = wrap(spec.title, inner, TITLE_SIZE);
  const caption = wrap(spec.caption, inner, TEXT_SIZE);
  const footer = wrap(
    `${sources.length === 1 ? 'Source' : 'Sources'}: ${sourceLineText(sources)}. Data as of ${formatIsoDate(spec.asOf)}. ${SITE.name}.`,
    inner,
    SMALL_SIZE,
  );
  const height = Number(/\bheight="([\d.]+)"/.exec(chartSvg)?.[1] ?? 0);
  let y = PAD;
  const lines: string[] = [];
  const text = (rows: string[], size: number, extra = '') => {
    for (const row of rows) {
      y += Math.round(size * 1.35);
      lines.push(`<text x="${PAD}" y="${y}" font-size="${size}"${extra}>${escapeXml(row)}</text>`);
    }
  };
  text(title, TITLE_SIZE, ' font-weight="bold"');
  y += 2;
  text(caption, TEXT_SIZE, ' fill="#444444"');
  y += 10;
  const chartTop = y;
  y += height + 6;
  text(footer, SMALL_SIZE, ' fill="#444444"');
  const total = y + PAD;
  const chart = chartSvg.replace(/var\(--[\w-]+,\s*(#[0-9A-Fa-f]{3,8})\)/g, '$1').replace(/^<svg /, `<svg x="${PAD}" y="${chartTop}" `);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${outer}" height="${total}" viewBox="0 0 ${outer} ${total}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" font-size="${FONT_SIZE}" color="#1a1a1a" fill="#1a1a1a">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...lines.slice(0, title.length + caption.length),
    chart,
    ...lines.slice(title.length + caption.length),
    '</svg>',
    '',
  ].join('\n');
}
