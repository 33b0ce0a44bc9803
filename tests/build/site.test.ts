import { describe, expect, inject, test } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { allIds, headingReport, parse } from '../support/html';
import { fixtureSite, readSite, siteDist, sitePages } from '../support/site';
import { BOOTSTRAP_SCRIPT } from '../../src/lib/bootstrap-script';
import { BOOTSTRAP_HASH, cspHash } from '../../src/lib/page/csp';
import { svgDataUri } from '../../src/lib/page/favicon';

describe('every built page', () => {
  test('has <html lang>, one h1, a skip link to main, a description and an inline icon, and no relative canonical URL', async () => {
    const pages = await sitePages();
    // The icon is public/favicon.svg itself, inlined: a linked icon would be one more request racing the first paint.
    const icon = svgDataUri(await readFile(path.join(import.meta.dirname, '../../public/favicon.svg'), 'utf8'));
    expect(pages.length).toBeGreaterThanOrEqual(6);
    for (const file of pages) {
      const doc = parse(await readSite(file));
      expect(doc.documentElement.getAttribute('lang'), file).toBe('en');
      expect(doc.querySelectorAll('h1').length, `${file}: h1 count`).toBe(1);
      expect(doc.querySelector('a.skip-link')?.getAttribute('href'), file).toBe('#main');
      expect(doc.querySelector('main#main'), file).not.toBeNull();
      // A canonical address must be absolute, so without SITE_URL (this build) no page claims one.
      expect(doc.querySelector('link[rel="canonical"]'), file).toBeNull();
      if (file === '404.html') expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, file).toBeGreaterThan(40);
      expect(
        [...doc.querySelectorAll('link[rel~="icon"]')].map((l) => l.getAttribute('href')),
        file,
      ).toEqual([icon]);
    }
  });

  test('with SITE_URL set (the test pages), a page names its absolute canonical address', async () => {
    const doc = parse(await fixtureSite().read('briefings/anchors/index.html'));
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://rare-earths.test/briefings/anchors/');
  });

  test('sets apostrophes as typographic ones (’) in the text readers see, whether written in prose or in data', async () => {
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      for (const el of doc.querySelectorAll('script, style, code, pre')) el.remove();
      const straight = (doc.body.textContent ?? '').match(/\S*[A-Za-z]'[A-Za-z]\S*/g) ?? [];
      expect(straight, file).toEqual([]);
    }
  });

  test('gives every h2–h4 a page-unique id and a labelled link to itself', async () => {
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      for (const h of headingReport(doc)) {
        expect(h.id, `${file}: ${h.tag} "${h.text}" has no id`).toBeTruthy();
        if (h.hidden) {
          expect(h.links, `${file}: hidden heading #${h.id} holds a link`).toBe(0);
          continue;
        }
        expect(h.selfLinks, `${file}: #${h.id} has no self-link`).toBe(1);
        expect(h.selfLinkName, `${file}: #${h.id}`).toMatch(/^Link to this section: \S/);
      }
      const ids = allIds(doc);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, `${file}: duplicate ids`).toEqual([]);
    }
  });

  test('keeps words apart where inline elements meet, for copying and for screen readers', async () => {
    // CSS gaps (flex, grid) separate such elements on screen only; copied text and some screen readers would
    // still read "Briefing26 November 2026". Compressed HTML leaves no whitespace unless the template puts it.
    const inline = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'EM', 'I', 'Q', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME']);
    const runs: string[] = [];
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      for (const el of doc.querySelectorAll('body *')) {
        const prev = el.previousSibling;
        if (!inline.has(el.tagName) || !prev || (prev.nodeType === 1 && !inline.has((prev as Element).tagName))) continue;
        const before = prev.textContent ?? '';
        const text = el.textContent ?? '';
        if (/[\p{L}\p{N}.)]$/u.test(before) && /^[\p{L}\p{N}(]/u.test(text))
          runs.push(`${file}: "${before.slice(-20)}" + "${text.slice(0, 20)}"`);
      }
    }
    expect(runs).toEqual([]);
  });

  test('requests no JavaScript (the search page aside) and inlines only the hashed bootstrap', async () => {
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      const scripts = [...doc.querySelectorAll('script')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      const external = scripts.filter((s) => s.hasAttribute('src')).map((s) => s.getAttribute('src'));
      if (file === 'search/index.html') expect(external).toEqual([expect.stringMatching(/^\/_astro\/search\.[\w-]+\.js$/)]);
      else expect(external, file).toEqual([]);
      const inline = scripts.filter((s) => !s.hasAttribute('src'));
      expect(
        inline.map((s) => s.textContent),
        file,
      ).toEqual([BOOTSTRAP_SCRIPT]);
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp, file).toContain(BOOTSTRAP_HASH);
      expect(csp, file).not.toContain('unsafe-inline');
      // Only the search page runs Pagefind's WebAssembly; every other page refuses it.
      expect(csp.includes("'wasm-unsafe-eval'"), file).toBe(file === 'search/index.html');
    }
  });

  test('every file the _headers file lets browsers keep for a year has a content hash in its name', async () => {
    const headers = await readSite('_headers');
    expect(headers).toMatch(/^\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable$/m);
    const assets = await readdir(path.join(siteDist(), '_astro'));
    expect(assets.length).toBeGreaterThanOrEqual(1); // the search page's script
    // Rolldown's hashes are 8 characters of [A-Za-z0-9_-]; a changed file gets a new name, so it is never stale.
    for (const file of assets) expect(file).toMatch(/^[\w-]+\.[\w-]{8}\.(css|js)$/);
  });
});

describe('a briefing page', () => {
  test('shows its title, key points, a contents list and section links', async () => {
    const doc = parse(await readSite('briefings/why-rare-earths-matter/index.html'));
    expect(doc.querySelector('article h1')?.textContent).toMatch(/Why rare earths matter/);
    expect(doc.querySelectorAll('.key-points li').length).toBeGreaterThanOrEqual(2);
    const toc = [...doc.querySelectorAll('nav.toc a')].map((a) => a.getAttribute('href'));
    expect(toc[0]).toBe('#key-points');
    expect(toc).toContain('#china-position');
    expect(doc.querySelector('article[data-pagefind-body]')).not.toBeNull();
  });

  test('carries Open Graph, Twitter and JSON-LD Report metadata with its dates', async () => {
    const doc = parse(await readSite('briefings/why-rare-earths-matter/index.html'));
    const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content');
    expect(meta('meta[property="og:type"]')).toBe('article');
    // og:url must be absolute, so it is left out without SITE_URL; the preview card is a file of the site.
    expect(meta('meta[property="og:url"]')).toBeUndefined();
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta('meta[property="og:image"]')).toBe('/og/briefings/why-rare-earths-matter.png');
    expect((await readFile(path.join(siteDist(), 'og/briefings/why-rare-earths-matter.png'))).subarray(1, 4).toString()).toBe('PNG');
    expect(meta('meta[property="article:published_time"]')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}');
    expect(ld['@type']).toBe('Report');
    expect(ld.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.dateModified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ld.url).toBe('/briefings/why-rare-earths-matter/');
  });
});

describe('site files', () => {
  test('without SITE_URL no placeholder domain appears anywhere, and there is no sitemap or feed to point at one', async () => {
    const { listFiles } = await import('../support/build-site');
    for (const file of await listFiles(siteDist())) {
      if (!/\.(html|xml|txt|bib|ris|json|csv|css|js)$/.test(file) || file.startsWith('pagefind/')) continue;
      expect(await readSite(file), file).not.toMatch(/ree-briefings\.example|localhost|127\.0\.0\.1/);
    }
    await expect(readSite('sitemap-index.xml')).rejects.toThrow();
    await expect(readSite('rss.xml')).rejects.toThrow();
    expect(await readSite('robots.txt')).toBe('User-agent: *\nAllow: /\n');
    expect(await readSite('favicon.svg')).toContain('<svg');
  });

  test('every briefing and note offers BibTeX and RIS downloads that hold its title and address', async () => {
    const articles = (await sitePages()).filter((f) => /^(briefings|notes)\/[^/]+\/index\.html$/.test(f));
    expect(articles.length).toBeGreaterThanOrEqual(8);
    for (const file of articles) {
      const doc = parse(await readSite(file));
      const title = doc.querySelector('h1')!.textContent!.trim();
      const url = `/${file.replace(/index\.html$/, '')}`;
      const bib = doc.querySelector('.cite a[href$="citation.bib"]')?.getAttribute('href');
      const risHref = doc.querySelector('.cite a[href$="citation.ris"]')?.getAttribute('href');
      expect(bib, file).toBe(`/${file.replace(/index\.html$/, '')}citation.bib`);
      expect(risHref, file).toBe(`/${file.replace(/index\.html$/, '')}citation.ris`);
      const bibtex = await readSite(bib!.slice(1));
      expect(bibtex, bib!).toMatch(/^@(techreport|misc)\{/);
      expect(bibtex, bib!).toContain(`url = {${url}}`);
      const ris = await readSite(risHref!.slice(1));
      expect(ris, risHref!).toMatch(/^TY {2}- /);
      expect(ris, risHref!).toContain(`UR  - ${url}`);
      expect(ris, risHref!).toContain(`TI  - ${title}`);
      expect(ris.trimEnd(), risHref!).toMatch(/ER {2}-$/);
      // Titles with typographic quotes or ampersands are escaped in BibTeX; a plain title appears as is.
      if (/^[\w ,:’'-]+$/.test(title)) expect(bibtex, bib!).toContain(title);
    }
  });

  test('the 404 page is not indexed by search engines', async () => {
    const doc = parse(await readSite('404.html'));
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  test('carries one inline stylesheet, allowed by its own hash, and no style attributes', async () => {
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      const styles = doc.querySelectorAll('style');
      expect(styles.length, file).toBe(1);
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
      expect(csp, file).toContain(`style-src 'self' ${cspHash(styles[0]!.textContent)};`);
      expect(doc.querySelectorAll('[style]').length, file).toBe(0);
    }
  });
});

test('the global setup built the real site', () => {
  expect(path.isAbsolute(siteDist())).toBe(true);
  expect(inject('siteRoot')).toBeTruthy();
  return expect(readFile(path.join(siteDist(), 'index.html'), 'utf8')).resolves.toContain('<h1>');
});
