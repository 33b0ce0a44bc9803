import { BOOTSTRAP_HASH } from './bootstrap-script.ts';

/**
 * The Content-Security-Policy for every page: only this origin, no inline code except the hashed
 * bootstrap, no plugins, no framing. Pagefind needs WebAssembly ('wasm-unsafe-eval') and a worker.
 * Served as a <meta> tag (frame-ancestors cannot be set there, so the _headers file adds it).
 *
 * Directives that would only repeat default-src 'self' are left out (font-src, connect-src; worker-src
 * falls back to script-src, which allows 'self'): the policy is in every page, so its bytes count.
 */
export const CSP_DIRECTIVES: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${BOOTSTRAP_HASH} 'wasm-unsafe-eval'`],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

export const CSP_META = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
