import { createHash } from 'node:crypto';
import { BOOTSTRAP_SCRIPT } from '../bootstrap-script.ts';
import { STYLESHEETS, type StylesheetName } from './stylesheets.ts';

/** The CSP source that allows one inline script or stylesheet, byte for byte. */
export const cspHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
export const BOOTSTRAP_HASH = cspHash(BOOTSTRAP_SCRIPT);
const STYLE_HASH = { content: cspHash(STYLESHEETS.content), site: cspHash(STYLESHEETS.site) };

/**
 * The Content-Security-Policy: only this origin, no inline code except the hashed bootstrap and the page's
 * hashed stylesheet, no plugins, no framing. Served as a <meta> tag in every page (frame-ancestors cannot
 * be set there, so the _headers file adds it).
 *
 * Only the search page runs WebAssembly (Pagefind), so only its policy allows 'wasm-unsafe-eval'. The
 * _headers file, one policy for every path, allows it too, and both stylesheets; a browser enforces both
 * policies, so every other page still refuses WebAssembly through its own <meta>.
 *
 * Directives that would only repeat default-src 'self' are left out (font-src, connect-src; worker-src
 * falls back to script-src, which allows 'self'): the policy is in every page, so its bytes count.
 */
function cspDirectives({ wasm, styles }: { wasm: boolean; styles: string[] }): Array<[string, string]> {
  return [
    ['default-src', "'self'"],
    ['script-src', `'self' ${BOOTSTRAP_HASH}${wasm ? " 'wasm-unsafe-eval'" : ''}`],
    ['style-src', `'self' ${styles.join(' ')}`],
    ['img-src', "'self' data:"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

const serialise = (directives: Array<[string, string]>) => directives.map(([k, v]) => `${k} ${v}`).join('; ');

/** The <meta> policy of a page: its own stylesheet; `wasm` only for the search page. */
export const cspMeta = ({ wasm, stylesheet }: { wasm: boolean; stylesheet: StylesheetName }) =>
  serialise(cspDirectives({ wasm, styles: [STYLE_HASH[stylesheet]] }));
export const CSP_HEADER = `${serialise(cspDirectives({ wasm: true, styles: Object.values(STYLE_HASH) }))}; frame-ancestors 'none'`;
