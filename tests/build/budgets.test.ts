import { describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../support/html';
import { readSite, siteDist, sitePages } from '../support/site';

/**
 * Performance budgets (README "Performance and benchmark"). Bytes are deterministic, so these are exact
 * checks on the real built site, not timing tests.
 */
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const KB = 1024;

const stylesheetOf = (doc: ReturnType<typeof parse>) => doc.querySelector('head > style')?.textContent ?? '';

async function articlePages(): Promise<string[]> {
  return (await sitePages()).filter((f) => /^(briefings|notes)\/[^/]+\/index\.html$/.test(f));
}

describe('performance budgets', () => {
  test('briefing and note pages load at most 2 KB of JavaScript (gzipped), none of it search code, none render-blocking', async () => {
    for (const file of await articlePages()) {
      const doc = parse(await readSite(file));
      const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      let bytes = 0;
      for (const s of scripts) {
        const src = s.getAttribute('src');
        const code = src ? readFileSync(path.join(siteDist(), src)) : Buffer.from(s.textContent ?? '');
        bytes += gz(code);
        expect(String(code), file).not.toMatch(/pagefind\.js['"]\)|PagefindUI/);
        // Every script is a module or deferred, so none runs before the page is parsed; the inline one also sits
        // at the end of <body>, after everything a reader sees.
        expect(s.getAttribute('type') === 'module' || s.hasAttribute('defer'), file).toBe(true);
        if (!src) expect(s.parentElement?.tagName, file).toBe('BODY');
      }
      expect(bytes, file).toBeLessThanOrEqual(2 * KB);
    }
  });

  test('one stylesheet per page, inline in its head, at most 8 KB gzipped: one for briefings and notes, one for every other page', async () => {
    const content = new Set(await articlePages());
    const sheets = { content: new Set<string>(), site: new Set<string>() };
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      expect(doc.querySelectorAll('link[rel="stylesheet"]').length, file).toBe(0);
      expect(doc.querySelectorAll('head > style').length, file).toBe(1);
      sheets[content.has(file) ? 'content' : 'site'].add(stylesheetOf(doc));
    }
    expect(sheets.content.size).toBe(1);
    expect(sheets.site.size).toBe(1);
    const [contentCss, siteCss] = [sheets.content, sheets.site].map((s) => [...s][0]!);
    expect(gz(siteCss!)).toBeLessThanOrEqual(8 * KB);
    // The point of the split: a briefing does not carry the listing, registry and search-page rules.
    expect(gz(contentCss!)).toBeLessThan(gz(siteCss!) - 300);
  });

  test('the briefings’ and notes’ stylesheet styles every class they use that the full stylesheet styles', async () => {
    const classesIn = (css: string) => new Set([...css.replace(/\{[^{}]*\}/g, '{}').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]!));
    const pages = await articlePages();
    const contentClasses = classesIn(stylesheetOf(parse(await readSite(pages[0]!))));
    const siteClasses = classesIn(stylesheetOf(parse(await readSite('index.html'))));
    expect(contentClasses.has('source-registry')).toBe(false); // a rule only the sources page needs
    expect(siteClasses.has('source-registry')).toBe(true);
    for (const file of pages) {
      const used = new Set([...parse(await readSite(file)).querySelectorAll('[class]')].flatMap((el) => [...el.classList]));
      const unstyled = [...used].filter((c) => siteClasses.has(c) && !contentClasses.has(c));
      expect(unstyled, `${file}: classes styled only in the full stylesheet`).toEqual([]);
    }
  });

  // Chrome is the head, header, footer and navigation (the contents list too); text, figures and source list are
  // content. The inline stylesheet has its own budget above.
  test('page chrome (page minus its stylesheet, article text, figures and source list, gzipped) is at most 6 KB', async () => {
    for (const file of await articlePages()) {
      const html = await readSite(file);
      const withoutFigures = html
        .replace(/<style>[\s\S]*?<\/style>/, '')
        .replace(/<figure\b[\s\S]*?<\/figure>/g, '')
        .replace(/<section class="source-list"[\s\S]*?<\/section>/, '');
      const article = parse(withoutFigures).querySelector('article');
      article?.querySelector('nav.toc')?.remove();
      const text = article?.textContent ?? '';
      const overhead = gz(withoutFigures) - gz(text);
      expect(overhead, `${file}: ${overhead} bytes`).toBeLessThanOrEqual(6 * KB);
    }
  });

  test('the chrome does not grow with the site: header and footer carry a fixed handful of links', async () => {
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      const links = doc.querySelectorAll('header.site-header a, footer.site-footer a').length;
      expect(links, file).toBeLessThanOrEqual(16);
    }
  });

  test('each chart’s inline SVG is at most 25 KB raw', async () => {
    let charts = 0;
    for (const file of await sitePages()) {
      for (const svg of parse(await readSite(file)).querySelectorAll('figure svg.ree-chart')) {
        charts++;
        expect(svg.outerHTML.length, `${file} ${svg.closest('figure')?.id}`).toBeLessThanOrEqual(25 * KB);
      }
    }
    expect(charts).toBeGreaterThan(0);
  });
});
