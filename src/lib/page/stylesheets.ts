import content from '../../styles/content.css?inline';
import site from '../../styles/site.css?inline';

/**
 * The two stylesheets, bundled and minified by Vite and inlined in each page's <head>: briefings and notes
 * get content.css, every other page site.css (content.css plus the listing, reference and search styles).
 * Inline, the first paint waits for no second request (docs/decisions/inline-stylesheet.md); the CSP
 * (csp.ts) allows each by its hash.
 */
export const STYLESHEETS = { content, site } as const;
export type StylesheetName = keyof typeof STYLESHEETS;
