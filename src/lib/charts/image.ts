import { Resvg } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import type { Datasets } from '../data/load.ts';
import { formatIsoDate } from '../dates.ts';
import { SITE } from '../page/site.ts';
import { renderChart } from '../render-svg.ts';
import { sourceLineText } from './source-line.ts';
import { FONT_SIZE, WIDTH, textWidth } from './theme.ts';
import type { ChartSpec } from './types.ts';

/**
 * A figure as one standalone SVG file, for slides and articles: title, caption, the chart, and the source
 * line inside the image. Colours are the palette's own (no CSS custom properties, which design tools do
 * not read) on a white ground. The PNG download is the same image rasterised at twice its size.
 */

const PAD = 16;
/** The standalone image's width in SVG pixels, and the PNG's scale (2×: sharp on a slide or a high-density screen). */
export const IMAGE_WIDTH = WIDTH + 2 * PAD;
export const PNG_SCALE = 2;
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
  const title = wrap(spec.title, WIDTH, TITLE_SIZE);
  const caption = wrap(spec.caption, WIDTH, TEXT_SIZE);
  const footer = wrap(
    `${sources.length === 1 ? 'Source' : 'Sources'}: ${sourceLineText(sources)}. Data as of ${formatIsoDate(spec.asOf)}. ${SITE.name}.`,
    WIDTH,
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${total}" viewBox="0 0 ${IMAGE_WIDTH} ${total}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif" font-size="${FONT_SIZE}" color="#1a1a1a" fill="#1a1a1a">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...lines.slice(0, title.length + caption.length),
    chart,
    ...lines.slice(title.length + caption.length),
    '</svg>',
    '',
  ].join('\n');
}

const images = new WeakMap<ChartSpec, string>();

/** The standalone SVG of a chart (drawn once per spec: the SVG and the PNG download share it). */
export function figureImage(spec: ChartSpec, datasets: Datasets): string {
  let image = images.get(spec);
  if (image === undefined) images.set(spec, (image = chartImage(spec, renderChart(spec, { idPrefix: 'chart' }), datasets)));
  return image;
}

/**
 * Installed fonts only, nothing downloaded. The image asks for system-ui and Arial-like faces; generic
 * sans-serif resolves to Liberation Sans (Arial's metrics), with DejaVu Sans for any glyph it lacks. Loading
 * just these two folders instead of every system font keeps each PNG to a fraction of the time; a machine
 * without them falls back to all its system fonts.
 */
const FONT_DIRS = ['/usr/share/fonts/truetype/liberation', '/usr/share/fonts/truetype/dejavu'].filter((dir) => existsSync(dir));

/** The standalone SVG as a PNG at PNG_SCALE; the same SVG and fonts give the same bytes. */
export function chartPng(image: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(image, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: {
      loadSystemFonts: FONT_DIRS.length === 0,
      fontDirs: FONT_DIRS,
      defaultFontFamily: 'Liberation Sans',
      sansSerifFamily: 'Liberation Sans',
    },
  });
  return new Uint8Array(resvg.render().asPng());
}
