import { CSP_HEADER } from '../lib/page/csp.ts';

// Files whose name starts with "_" are not routes in Astro, so the name comes in as a parameter.
export function getStaticPaths() {
  return [{ params: { headers: '_headers' } }];
}

/**
 * Security headers for hosts that read a _headers file (Netlify, Cloudflare Pages). The same policy as
 * the <meta> tag, plus what only a header can say.
 */
export function GET() {
  const body = [
    '/*',
    `  Content-Security-Policy: ${CSP_HEADER}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    // The search page's script carries a content hash in its name, so a reader's browser may keep it for good.
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
