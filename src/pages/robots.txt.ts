import type { APIContext } from 'astro';

export function GET(context: APIContext) {
  // The sitemap exists, with absolute addresses, only when SITE_URL is set.
  const sitemap = context.site ? `\nSitemap: ${new URL('/sitemap-index.xml', context.site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: /\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
