import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { svgDataUri } from '../../src/lib/page/favicon';
import { CSP_HEADER, cspHash, cspMeta } from '../../src/lib/page/csp';
import { STYLESHEETS } from '../../src/lib/page/stylesheets';

describe('svgDataUri (the inline favicon)', () => {
  test('percent-encodes the SVG, so the URL holds no raw "<", space or "#"', () => {
    const uri = svgDataUri('<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#0b5c66" width="50%"/>\n</svg>\n');
    expect(uri).toBe(
      "data:image/svg+xml,%3Csvg%20xmlns%3D'http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg'%3E%3Crect%20fill%3D'%230b5c66'%20width%3D'50%25'%2F%3E%3C%2Fsvg%3E",
    );
    // Decoded, it is the same drawing.
    expect(decodeURIComponent(uri.slice('data:image/svg+xml,'.length))).toBe(
      "<svg xmlns='http://www.w3.org/2000/svg'><rect fill='#0b5c66' width='50%'/></svg>",
    );
  });

  test('has no double quote, so it sits in an attribute unescaped', () => {
    const uri = svgDataUri(readFileSync(path.join(import.meta.dirname, '../../public/favicon.svg'), 'utf8'));
    expect(uri).toMatch(/^data:image\/svg\+xml,%3Csvg%20/);
    expect(uri).not.toMatch(/["#<>\s]/);
  });

  test('refuses anything but one <svg> element', () => {
    expect(() => svgDataUri('<?xml version="1.0"?><svg></svg>')).toThrow(/single <svg>/);
    expect(() => svgDataUri('<img src=x>')).toThrow(/single <svg>/);
  });
});

describe('the Content-Security-Policy', () => {
  test('allows WebAssembly only where asked (the search page), and the _headers policy allows it for that page', () => {
    expect(cspMeta({ wasm: false, stylesheet: 'content' })).not.toContain('wasm-unsafe-eval');
    expect(cspMeta({ wasm: true, stylesheet: 'content' })).toContain("'wasm-unsafe-eval'");
    expect(CSP_HEADER).toContain("'wasm-unsafe-eval'");
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
  });

  test('allows data: images (the inline favicon), no inline script but the hashed bootstrap, no inline style but the page’s stylesheet', () => {
    const policy = cspMeta({ wasm: false, stylesheet: 'content' });
    expect(policy).toMatch(/^default-src 'self';/);
    expect(policy).toMatch(/img-src 'self' data:/);
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(policy).toContain(`style-src 'self' ${cspHash(STYLESHEETS.content)};`);
    // The _headers policy applies to every path, so it allows both stylesheets.
    for (const css of Object.values(STYLESHEETS)) expect(CSP_HEADER).toContain(cspHash(css));
    for (const p of [policy, cspMeta({ wasm: true, stylesheet: 'content' }), CSP_HEADER]) expect(p).not.toMatch(/unsafe-inline|\*/);
  });
});

describe('addresses and preview cards', () => {
  test('a path becomes an absolute address only when SITE_URL is set', async () => {
    const { siteHref } = await import('../../src/lib/page/site');
    expect(siteHref('/notes/x/', new URL('https://rare-earths.test'))).toBe('https://rare-earths.test/notes/x/');
    expect(siteHref('/notes/x/', undefined)).toBe('/notes/x/');
  });

  test('a preview card wraps the title, escapes it and renders a 1200 × 630 PNG', async () => {
    const { ogSvg, ogPng, wrap } = await import('../../src/lib/og');
    expect(wrap('one two three four five', 9, 2)).toEqual(['one two', 'three …']);
    const card = {
      kind: 'Briefing',
      title: 'R&D <fast>',
      figure: { value: '92%', label: 'Refining share, 2023' },
      siteName: 'Rare Earths Briefing',
    };
    expect(ogSvg(card)).toContain('R&amp;D &lt;fast&gt;');
    const png = Buffer.from(ogPng(card));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
