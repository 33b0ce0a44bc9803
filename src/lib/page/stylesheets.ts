import { createHash } from 'node:crypto';
import content from '../../styles/content.css?inline';
import site from '../../styles/site.css?inline';

/**
 * The two stylesheets, bundled and minified by Vite and inlined in each page's <head>: briefings and notes
 * get content.css, every other page site.css (content.css plus the listing, reference and search styles).
 * Inline, the first paint waits for no second request (see docs/decisions/inline-stylesheet.md); the CSP
 * allows exactly these two by hash.
 */
const hash = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;

export const STYLESHEETS = {
  content: { css: content, hash: hash(content) },
  site: { css: site, hash: hash(site) },
} as const;
export type StylesheetName = keyof typeof STYLESHEETS;
