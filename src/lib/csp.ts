import { BOOTSTRAP_HASH } from './bootstrap-script';

/**
 * The Content-Security-Policy for every page: only this origin, no inline code except the hashed
 * bootstrap, no plugins, no framing. Pagefind needs WebAssembly ('wasm-unsafe-eval') and a worker.
 * Served as a <meta> tag (frame-ancestors cannot be set there, so the _headers file adds it).
 */
export const CSP_DIRECTIVES: Array<[string, string]> = [
  ['default-src', "'self'"],
  ['script-src', `'self' ${BOOTSTRAP_HASH} 'wasm-unsafe-eval'`],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

export const CSP_META = CSP_DIRECTIVES.map(([k, v]) => `${k} ${v}`).join('; ');
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
