import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from '../support/html';
import { readSite, siteDist, sitePages } from '../support/site';

describe('the search index', () => {
  test('is written by astro build alone', () => {
    for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-highlight.js']) {
      expect(existsSync(path.join(siteDist(), file)), file).toBe(true);
    }
  });

  test('covers every briefing and note: each page marks its article body with kind, topic and date tags', async () => {
    const articles = (await sitePages()).filter((f) => /^(briefings|notes)\/[^/]+\/index\.html$/.test(f));
    expect(articles.length).toBeGreaterThanOrEqual(1);
    const entry = JSON.parse(await readSite('pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBeGreaterThanOrEqual(articles.length);
    for (const file of articles) {
      const doc = parse(await readSite(file));
      const body = doc.querySelector('[data-pagefind-body]');
      expect(body?.tagName, file).toBe('ARTICLE');
      const kind = file.startsWith('briefings/') ? 'briefing' : 'note';
      expect(body?.querySelector(`[data-pagefind-filter="kind:${kind}"]`), file).not.toBeNull();
      expect(body?.querySelectorAll('[data-pagefind-filter^="topic:"]').length, file).toBeGreaterThan(0);
      // The date meta and sort key are read from the datetime attribute of the page's own <time>.
      const date = body?.querySelector('time[data-pagefind-meta="date[datetime]"][data-pagefind-sort="date[datetime]"]');
      expect(date?.getAttribute('datetime'), file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(body?.querySelector('h1[data-pagefind-meta="title"]'), file).not.toBeNull();
    }
  });

  test('site chrome is outside the indexed body or marked to be ignored', async () => {
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      for (const sel of ['header.site-header', 'footer.site-footer', 'nav.toc']) {
        const el = doc.querySelector(sel);
        if (el) expect(el.closest('[data-pagefind-body]') === null || el.hasAttribute('data-pagefind-ignore'), `${file} ${sel}`).toBe(true);
        if (el) expect(el.hasAttribute('data-pagefind-ignore'), `${file} ${sel}`).toBe(true);
      }
    }
  });
});
