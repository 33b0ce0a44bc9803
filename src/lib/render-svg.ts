import * as Plot from '@observablehq/plot';
// linkedom's single-file build of the same code: it loads in about 25 ms against about 100 ms for its
// hundred-odd ES modules (12 alternating cold starts each), and every build that draws a chart pays that.
import { parseHTML } from 'linkedom/worker';
import type { ChartSpec } from './charts/types.ts';
import { FONT_SIZE } from './charts/theme.ts';

/**
 * The one module that creates a server-side document and serialises Plot's SVG. Everything else about a
 * chart is plain data (ChartSpec). Output is deterministic: Plot's module-level id counters (plot-clip-N,
 * plot-marker-N, plot-pattern-N) are rewritten to ids derived from `idPrefix`, and long decimals in
 * geometry attributes are rounded, so two builds give the same bytes and two charts on a page never share
 * an id.
 */

export interface RenderOptions {
  /** Prefix for every id in the SVG; must be unique on the page (Figure uses `fig-<chart id>`). */
  idPrefix?: string;
  /** Draw the phone layout (`spec.narrowPlot`) instead of the full-width one. */
  narrow?: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Attributes holding coordinates or lengths; text content is never touched. */
const GEOMETRY_ATTRIBUTES = ['d', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'transform', 'points', 'dx', 'dy'];
/** Attributes that can point at an id: url(#id) in paint and clip references, #id in href. */
const REFERENCE_ATTRIBUTES = [
  'clip-path',
  'mask',
  'fill',
  'stroke',
  'marker-start',
  'marker-mid',
  'marker-end',
  'filter',
  'href',
  'xlink:href',
];

let shared: Document | undefined;

/** One document for every render: creating elements does not attach them, so renders cannot interfere. */
function serverDocument(): Document {
  shared ??= parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
  return shared;
}

/** A Plot warning, turned into an error that names the chart (Plot would only draw a ⚠ sign into the SVG). */
export class PlotWarningError extends Error {
  constructor(chartId: string, messages: string[]) {
    super(`chart "${chartId}": Observable Plot warned while rendering:\n${messages.map((m) => `  - ${m}`).join('\n')}`);
    this.name = 'PlotWarningError';
  }
}

/** Renders a chart spec to an SVG string with a title, a description and page-unique ids. */
export function renderChart(spec: ChartSpec, { idPrefix = `fig-${spec.id}`, narrow = false }: RenderOptions = {}): string {
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) throw new Error(`chart "${spec.id}": idPrefix "${idPrefix}" is not a valid id start`);
  const document = serverDocument();
  if (narrow && !spec.narrowPlot) throw new Error(`chart "${spec.id}": it has no phone layout`);
  const node = plotWithoutWarnings(spec, document, narrow);
  if (node.tagName.toLowerCase() !== 'svg') {
    // Plot wraps the SVG in a <figure> when asked for a title, caption or legend; Figure.astro owns those.
    throw new Error(
      `chart "${spec.id}": expected Plot to return a bare <svg>; remove title, subtitle, caption and legends from the options`,
    );
  }
  const svg = node as unknown as SVGSVGElement;

  // Plot's inline <style> would need 'unsafe-inline' under a strict CSP; figure.css carries the same rules.
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('class', narrow ? 'ree-chart ree-chart--narrow' : spec.narrowPlot ? 'ree-chart ree-chart--wide' : 'ree-chart');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('role', 'img');

  rewriteIds(svg, idPrefix);

  // Plot puts font-variant="tabular-nums" on axis groups, which is not an SVG attribute (the Nu checker
  // rejects it); figure.css sets tabular figures for the whole chart instead.
  for (const el of [...svg.querySelectorAll('[font-variant]')]) el.removeAttribute('font-variant');

  // Plot names its mark groups with aria-label ("dot", "rule"), which ARIA forbids on role-less <g>
  // elements (axe: aria-prohibited-attr). The SVG is one image with its own title and description, so the
  // names move to data-mark, where tests and stylesheets can still find them.
  for (const el of [...svg.querySelectorAll('[aria-label]')]) {
    el.setAttribute('data-mark', el.getAttribute('aria-label')!);
    el.removeAttribute('aria-label');
  }

  // Accessible name and description inside the SVG, so the chart is labelled even when read on its own.
  const title = document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', `${idPrefix}-title`);
  title.textContent = spec.title;
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', `${idPrefix}-desc`);
  desc.textContent = spec.alt;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, desc);
  svg.setAttribute('aria-labelledby', `${idPrefix}-title`);
  svg.setAttribute('aria-describedby', `${idPrefix}-desc`);

  // A phone drawing is shown about 300 px wide, where a tenth of a pixel is already finer than the screen.
  roundGeometry(svg, narrow ? 1 : 2);
  return svg.outerHTML;
}

function plotWithoutWarnings(spec: ChartSpec, document: Document, narrow: boolean): Element {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  let node: Element;
  try {
    node = Plot.plot({ ...(narrow ? spec.narrowPlot!() : spec.plot()), document, className: 'ree-chart' }) as unknown as Element;
  } finally {
    console.warn = original;
  }
  // Also catch warnings that bypassed console.warn (Plot draws a ⚠ text with a <title> saying how many).
  const warningSign = [...node.querySelectorAll('text')].some((t) => t.textContent?.includes('\u26a0'));
  if (messages.length > 0 || warningSign)
    throw new PlotWarningError(spec.id, messages.length > 0 ? messages : ['(Plot drew a warning sign)']);
  return node;
}

/** Renames every id to `<prefix>-<n>` in document order and updates url(#…) and #… references to match. */
function rewriteIds(svg: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  let n = 0;
  for (const el of [...svg.querySelectorAll('[id]')]) {
    const old = el.getAttribute('id')!;
    const next = `${prefix}-${++n}`;
    renamed.set(old, next);
    el.setAttribute('id', next);
  }
  if (renamed.size === 0) return;
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of REFERENCE_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (!value || !value.includes('#')) continue;
      const updated = value
        .replace(/url\(#([^)]+)\)/g, (m, id: string) => (renamed.has(id) ? `url(#${renamed.get(id)})` : m))
        .replace(/^#(.+)$/, (m, id: string) => (renamed.has(id) ? `#${renamed.get(id)}` : m));
      if (updated !== value) el.setAttribute(name, updated);
    }
  }
}

/** Rounds numbers in geometry attributes to sub-pixel decimals, which shrinks the SVG by about a third. */
function roundGeometry(svg: Element, decimals: number): void {
  for (const el of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of GEOMETRY_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value && /\d\.\d{2,}/.test(value)) {
        el.setAttribute(
          name,
          value.replace(/-?\d+\.\d{2,}/g, (m) => trimNumber(Number(m).toFixed(decimals))),
        );
      }
    }
  }
}

function trimNumber(s: string): string {
  const t = s.replace(/\.?0+$/, '');
  return t === '-0' ? '0' : t;
}
