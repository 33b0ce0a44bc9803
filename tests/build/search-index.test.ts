import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from '../support/html';
import { readSite, siteDist, sitePages } from '../support/site';

interface Fragment {
  url: string;
  content: string;
}

/** Every page record in the built index: gzipped JSON behind Pagefind's 12-byte "pagefind_dcd" signature. */
async function readFragments(): Promise<Fragment[]> {
  const dir = path.join(siteDist(), 'pagefind', 'fragment');
  const files = (await readdir(dir)).sort();
  return Promise.all(
    files.map(
      async (file) =>
        JSON.parse(
          gunzipSync(await readFile(path.join(dir, file)))
            .subarray(12)
            .toString('utf8'),
        ) as Fragment,
    ),
  );
}

/** The built page a fragment indexes. */
const pageOf = async (fragment: Fragment) => parse(await readSite(`${fragment.url.replace(/^\//, '')}index.html`));

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

  test('holds exactly the pages that mark an indexed body, each once, under the URL a reader opens', async () => {
    const withBody: string[] = [];
    for (const file of await sitePages()) {
      if (parse(await readSite(file)).querySelector('[data-pagefind-body]')) withBody.push(`/${file.replace(/index\.html$/, '')}`);
    }
    expect(withBody.length).toBeGreaterThan(10);
    const urls = (await readFragments()).map((f) => f.url);
    expect([...urls].sort()).toEqual(withBody.sort());
  });

  test('keeps the words of neighbouring elements apart, so table headers, terms and captions can be found', async () => {
    // Pagefind separates the text of only some elements (p, li, td, h1–h6, div, section…); th, caption, dt,
    // dd and adjacent spans run together unless the HTML has whitespace between them, which compressed HTML
    // does not. A word in the index that occurs in no single text node of its page is such a run ("2026Version").
    const glued: string[] = [];
    for (const fragment of await readFragments()) {
      const doc = await pageOf(fragment);
      // The page's text with a marker at every element boundary (linkedom may split one text run in two at an
      // entity, so adjacent text nodes are joined).
      let text = '';
      const walk = (node: Node) => {
        if (node.nodeType === 3) text += node.textContent ?? '';
        else {
          text += '\u0001';
          node.childNodes.forEach(walk);
          text += '\u0001';
        }
      };
      walk(doc.body);
      text = text.replace(/\s+/g, ' ');
      for (const raw of fragment.content.split(/\s+/)) {
        const word = raw.replace(/^[.,;:!?()[\]"“”‘’']+|[.,;:!?()[\]"“”‘’']+$/g, '');
        // Quantity tokens ("zq20000000t") are the index's own words (src/lib/search/quantities.ts).
        if (word.length > 1 && !text.includes(word) && !/^zq[0-9d]+[tpn]$/.test(word)) glued.push(`${fragment.url}: ${word}`);
      }
    }
    expect(glued).toEqual([]);
  });

  test('indexes each quantity under its tokens, and writes the vocabulary of the indexed words', async () => {
    const fragments = await readFragments();
    const investors = fragments.find((f) => f.url === '/notes/investors/')!;
    expect(investors.content).toMatch(/20 Mt zq20000000t zq20n/);
    const vocabulary = (await readSite('pagefind/vocabulary.txt')).split(' ');
    for (const word of ['dysprosium', 'kazakhstan', 'jackson-vanik', 'tsentrgeolsemka']) expect(vocabulary, word).toContain(word);
    expect(vocabulary.some((w) => /^zq|\d/.test(w))).toBe(false);
  });

  test("indexes a figure's caption and data table but not its download links", async () => {
    const withFigures: string[] = [];
    for (const fragment of await readFragments()) {
      const doc = await pageOf(fragment);
      const figure = doc.querySelector('[data-pagefind-body] figure.figure');
      if (!figure) continue;
      withFigures.push(fragment.url);
      const title = figure.querySelector('.figure__title')?.textContent ?? '';
      const firstHeader = figure.querySelector('thead th')?.textContent?.trim() ?? '';
      // Quantity tokens sit after numbers ("2015 zq2015n –2025"): compared without them and without spaces.
      const squash = (s: string) => s.replace(/zq[0-9d]+[tpn]/g, '').replace(/\s+/g, '');
      expect(squash(fragment.content), fragment.url).toContain(squash(title));
      expect(squash(fragment.content), fragment.url).toContain(squash(firstHeader));
      expect(fragment.content, fragment.url).not.toContain('Download the plotted data');
    }
    expect(withFigures.length).toBeGreaterThan(0);
  });

  test('site chrome is outside the indexed body or marked to be ignored, and none of its words are indexed', async () => {
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      for (const sel of ['header.site-header', 'footer.site-footer']) {
        const el = doc.querySelector(sel);
        if (el) expect(el.closest('[data-pagefind-body]') === null || el.hasAttribute('data-pagefind-ignore'), `${file} ${sel}`).toBe(true);
      }
    }
    // Only the article body is indexed, so the skip link, header and footer need no data-pagefind-ignore of
    // their own; a layout that wrapped them in the body would put their text in every record. (The contents
    // list is inside the body: the next test checks it stays out.)
    for (const fragment of await readFragments()) {
      const doc = await pageOf(fragment);
      for (const sel of ['.site-footer > p', '.header-search label', '.skip-link']) {
        const text = doc.querySelector(sel)?.textContent?.trim();
        if (text) expect(fragment.content, `${fragment.url} ${sel}`).not.toContain(text);
      }
    }
  });

  test('the contents list, which sits inside the article after the title, is left out of the index', async () => {
    let withToc = 0;
    for (const fragment of await readFragments()) {
      const toc = (await pageOf(fragment)).querySelector('article .toc');
      if (!toc) continue;
      withToc++;
      const [title, first, second] = [toc.querySelector('.toc-title'), ...toc.querySelectorAll('a')].map(
        (e) => e?.textContent?.trim() ?? '',
      );
      // Indexed, the list would read "Contents. Key points. The distance …" near the top of every record.
      const words = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
      expect(words(fragment.content), fragment.url).not.toContain(words(`${title} ${first} ${second}`));
    }
    expect(withToc).toBeGreaterThan(5);
  });
});
