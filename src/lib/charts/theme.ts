import type { ScaleOptions } from '@observablehq/plot';

/**
 * The charts' look, shared by every builder. Colours are CSS custom properties with Okabe–Ito fallbacks,
 * so figure.css can lighten them for dark mode and reset them for print, while an SVG read on its own still
 * has colour. Axes and text use currentColor and follow the page's text colour.
 */

/** Okabe & Ito (2008), a palette distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export type PaletteName = keyof typeof OKABE_ITO;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** `var(--chart-sky-blue, #56B4E9)`: themeable, with the palette colour as fallback. */
export function chartColor(name: PaletteName): string {
  return `var(--chart-${kebab(name)}, ${OKABE_ITO[name]})`;
}

/** The default mark colour and the colour that singles out one item (e.g. China). */
export const BASE = chartColor('blue');
export const HIGHLIGHT = chartColor('vermillion');

/** Text drawn on top of a filled bar: white on the light theme's bars, dark on the dark theme's lighter bars. */
export const ON_BAR = 'var(--chart-on-bar, #ffffff)';

/** A halo behind labels that cross grid lines or shapes; matches the page background. */
export const HALO = 'var(--plot-background, #ffffff)';

export const WIDTH = 640;
/** A phone layout's width: 12 px text drawn 300 wide still renders at 11.5 px in a 288 px column (320 px screen). */
export const NARROW_WIDTH = 300;
export const FONT_SIZE = 12;

/**
 * Rough width in pixels of a label at FONT_SIZE, for margins and label placement (Plot does not measure
 * text). Errs wide: system-ui averages about 0.52 em per character in these labels.
 */
export function textWidth(text: string, fontSize: number = FONT_SIZE): number {
  return Math.ceil(text.length * fontSize * 0.58);
}

/** Left margin that fits y-axis labels of these texts, including Plot's gap between label and axis. */
export function labelMargin(texts: readonly string[], max = 240): number {
  return Math.min(max, Math.max(0, ...texts.map((t) => textWidth(t))) + 16);
}

/** An x axis as the charts draw it: grid lines, the label at the left end, no arrow. */
export function xAxis(label: string, options: ScaleOptions): ScaleOptions {
  return { label, labelAnchor: 'left', labelArrow: 'none', grid: true, ...options };
}
