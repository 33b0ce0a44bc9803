/**
 * The Content-Security-Policy: only this origin, no inline script or style, no plugins, no framing.
 * Served as a <meta> tag in every page (frame-ancestors cannot be set there, so the _headers file adds it).
 *
 * Only the search page runs WebAssembly (Pagefind), so only its policy allows 'wasm-unsafe-eval'. The
 * _headers file, one policy for every path, allows it too; a browser enforces both policies, so every
 * other page still refuses WebAssembly through its own <meta>.
 *
 * Directives that would only repeat default-src 'self' are left out (script-src but on the search page,
 * style-src, font-src, connect-src; worker-src falls back to script-src, then default-src): the policy is
 * in every page, so its bytes count.
 */
function cspDirectives({ wasm }: { wasm: boolean }): Array<[string, string]> {
  return [
    ['default-src', "'self'"],
    ...(wasm ? [['script-src', "'self' 'wasm-unsafe-eval'"] as [string, string]] : []),
    ['img-src', "'self' data:"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
}

const serialise = (directives: Array<[string, string]>) => directives.map(([k, v]) => `${k} ${v}`).join('; ');

/** The <meta> policy of a page; `wasm` only for the search page. */
export const cspMeta = (options: { wasm: boolean }) => serialise(cspDirectives(options));
export const CSP_HEADER = `${serialise(cspDirectives({ wasm: true }))}; frame-ancestors 'none'`;
