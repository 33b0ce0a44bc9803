import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/build-site';
import { parse } from '../support/html';
import { readSite, sitePages } from '../support/site';

/**
 * The content rules from the briefings issue, held by tests on the real built site: length and structure,
 * figures, citations and numbers from data, caveats next to the figures that need them, nothing unverified
 * and no placeholder text.
 */
const contentDir = (kind: string) => path.join(PROJECT_ROOT, 'src/content', kind);
const slugs = (kind: string) =>
  readdirSync(contentDir(kind))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();
const briefings = slugs('briefings');
const notes = slugs('notes');

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The prose of an article: its body without figures, the generated source list and citation markers. */
function prose(doc: Document): Element {
  const body = doc.querySelector('article .prose')!.cloneNode(true) as Element;
  for (const el of body.querySelectorAll('figure, .source-list, .citation-marker, .section-link')) el.remove();
  return body;
}

describe('the corpus', () => {
  test('has at least five briefings and three policy notes, all linked from the home page and indexes', async () => {
    expect(briefings.length).toBeGreaterThanOrEqual(5);
    expect(notes.length).toBeGreaterThanOrEqual(3);
    const home = await readSite('index.html');
    const briefingIndex = await readSite('briefings/index.html');
    const noteIndex = await readSite('notes/index.html');
    for (const s of briefings) expect(briefingIndex).toContain(`href="/briefings/${s}/"`);
    for (const s of notes) expect(noteIndex).toContain(`href="/notes/${s}/"`);
    for (const ref of ['/timeline/', '/elements/', '/sources/', '/glossary/', '/about/', '/data/']) expect(home).toContain(`href="${ref}"`);
  });
});

describe.each(briefings)('briefing %s', (slug) => {
  const load = async () => parse(await readSite(`briefings/${slug}/index.html`));

  test('is 1,500–3,000 words in 5–8 sections, with key points and at least two figures', async () => {
    const doc = await load();
    const body = prose(doc);
    const n = words(body.textContent ?? '');
    expect(n, `${slug}: ${n} words`).toBeGreaterThanOrEqual(1500);
    expect(n, `${slug}: ${n} words`).toBeLessThanOrEqual(3000);
    const sections = body.querySelectorAll('h2:not(#footnote-label)').length;
    expect(sections).toBeGreaterThanOrEqual(5);
    expect(sections).toBeLessThanOrEqual(8);
    expect(doc.querySelectorAll('.key-points li').length).toBeGreaterThanOrEqual(3);
    expect(doc.querySelectorAll('article figure').length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(notes)('policy note %s', (slug) => {
  test('is 600–900 words with a bottom line, 3–5 recommendations and at most one figure', async () => {
    const doc = parse(await readSite(`notes/${slug}/index.html`));
    const parts = ['.bottom-line', '.key-points', '.recommendations'].map((sel) => doc.querySelector(`article ${sel}`)?.textContent ?? '');
    const n = words([...parts, prose(doc).textContent ?? ''].join(' '));
    expect(n, `${slug}: ${n} words`).toBeGreaterThanOrEqual(600);
    expect(n, `${slug}: ${n} words`).toBeLessThanOrEqual(900);
    const recs = doc.querySelectorAll('.recommendations li').length;
    expect(recs).toBeGreaterThanOrEqual(3);
    expect(recs).toBeLessThanOrEqual(5);
    expect(doc.querySelectorAll('article figure').length).toBeLessThanOrEqual(1);
    expect(doc.querySelectorAll('.source-list li').length).toBeGreaterThan(0);
  });
});

describe('honesty rules', () => {
  const articleFiles = [...briefings.map((s) => `briefings/${s}/index.html`), ...notes.map((s) => `notes/${s}/index.html`)];

  test('every quantity in the prose is printed from data or sits in a cited paragraph', async () => {
    const problems: string[] = [];
    const quantity = /\d[\d,.]*\s?(%|per cent|Mt|kt|t\b|tonnes|million|billion|bn|km|g\/t)/i;
    for (const file of articleFiles) {
      const doc = parse(await readSite(file));
      const body = doc.querySelector('article .prose')!;
      for (const block of body.querySelectorAll('p, li, td')) {
        if (block.closest('figure, .source-list, .footnotes')) continue;
        const cited = block.querySelector('.citation-marker, data.value, a[href^="#user-content-fn"]');
        const copy = block.cloneNode(true) as Element;
        for (const el of copy.querySelectorAll('data.value, time, .citation-marker')) el.remove();
        const m = quantity.exec(copy.textContent ?? '');
        if (m && !cited) problems.push(`${file}: "${m[0]}" in “${(block.textContent ?? '').slice(0, 90)}…”`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('caveats travel with the figures that need them', async () => {
    const problems: string[] = [];
    for (const file of articleFiles) {
      const doc = parse(await readSite(file));
      for (const block of doc.querySelectorAll('article .prose p, article .prose li')) {
        const text = block.textContent ?? '';
        // Kazakhstan's 20 Mt: a forecast, not a reserve.
        if (block.querySelector('data[data-fact="F24"]') && !/forecast|claim/i.test(text)) problems.push(`${file}: F24 without "forecast"`);
        // China's USGS figure: a quota.
        if (block.querySelector('data[data-fact="F03"]') && !/quota/i.test(text)) problems.push(`${file}: F03 without "quota"`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('nothing from the unverified list is published, and the 2025 area has its right name', async () => {
    const problems: string[] = [];
    for (const file of await sitePages()) {
      const text = parse(await readSite(file)).querySelector('main')?.textContent ?? '';
      for (const banned of [/SARECO/i, /Sumitomo/i, /GCMO 2025/i, /Zhana Kazakstan/i, /Zhana Kazakhstan[^.]{0,80}\b2023\b/]) {
        if (banned.test(text)) problems.push(`${file}: ${banned}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('no placeholder text ships, in the content or on any page', async () => {
    const placeholder = /\blorem\b|\bipsum\b|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b/;
    for (const kind of ['briefings', 'notes']) {
      for (const f of readdirSync(contentDir(kind)))
        expect(readFileSync(path.join(contentDir(kind), f), 'utf8'), f).not.toMatch(placeholder);
    }
    for (const file of await sitePages())
      expect(parse(await readSite(file)).querySelector('main')?.textContent ?? '', file).not.toMatch(placeholder);
  });

  test('every figure on every page links its sources to the registry, and every registry link resolves', async () => {
    const registry = parse(await readSite('sources/index.html'));
    const ids = new Set([...registry.querySelectorAll('.source-registry > li[id]')].map((li) => li.id));
    for (const file of await sitePages()) {
      const doc = parse(await readSite(file));
      for (const fig of doc.querySelectorAll('figure'))
        expect(fig.querySelector('.figure__sources a[href^="/sources/#"]'), `${file} ${fig.id}`).not.toBeNull();
      for (const a of doc.querySelectorAll('a[href^="/sources/#"]'))
        expect(ids.has(a.getAttribute('href')!.split('#')[1]!), `${file} ${a.getAttribute('href')}`).toBe(true);
    }
  });
});

describe('how current the evidence is', () => {
  const frontmatterDate = (kind: string, slug: string) => {
    const src = readFileSync(path.join(contentDir(kind), `${slug}.mdx`), 'utf8');
    return /^evidenceAsOf: (\d{4}-\d{2}-\d{2})$/m.exec(src)?.[1];
  };
  const long = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const entries = [...briefings.map((slug) => ({ kind: 'briefings', slug })), ...notes.map((slug) => ({ kind: 'notes', slug }))];

  test('every briefing and note shows its evidenceAsOf in the header and in the printed running header', async () => {
    for (const { kind, slug } of entries) {
      const iso = frontmatterDate(kind, slug);
      expect(iso, `${kind}/${slug}: evidenceAsOf`).toBeDefined();
      const doc = parse(await readSite(`${kind}/${slug}/index.html`));
      const header = doc.querySelector('article header.article-header .evidence-as-of');
      expect(header?.textContent, `${kind}/${slug} header`).toBe(`Evidence as of ${long(iso!)}`);
      expect(header?.querySelector('time')?.getAttribute('datetime')).toBe(iso);
      expect(doc.documentElement.getAttribute('data-print-title'), `${kind}/${slug} print header`).toContain(
        `evidence as of ${long(iso!)}`,
      );
      if (kind === 'notes')
        expect(doc.querySelector('.bottom-line .evidence-as-of')?.textContent).toContain(`Evidence as of ${long(iso!)}`);
    }
  });

  test('every briefing and note has a What to watch list, and at least one of its items is dated', async () => {
    for (const { kind, slug } of entries) {
      const doc = parse(await readSite(`${kind}/${slug}/index.html`));
      const heading = [...doc.querySelectorAll('article .prose h2')].find((h) => /^What to watch/.test(h.textContent ?? ''));
      expect(heading, `${kind}/${slug}: no What to watch section`).toBeDefined();
      const items = [];
      for (let el = heading!.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling)
        items.push(...[...el.querySelectorAll('li')].map((li) => li.textContent ?? ''));
      expect(items.length, `${kind}/${slug}: What to watch has no items`).toBeGreaterThanOrEqual(2);
      expect(
        items.some((t) => /\b20\d\d\b/.test(t)),
        `${kind}/${slug}: no dated item`,
      ).toBe(true);
    }
  });
});
