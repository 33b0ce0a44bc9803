import { describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { loadDatasets } from '../../src/lib/data/load';
import { parse } from '../support/html';
import { readSite, siteDist } from '../support/site';
import { ALTERNATIVES_PAGE, comparedNames } from '../support/alternatives';

/**
 * The partnership tracker, the deposits page and the two comparison briefings, on the real built site:
 * every instrument has a page with a dated status, sources and a citation; the new pages are searchable,
 * in the sitemap and feed; each company or country in the comparison has a section search can land on.
 */
const data = loadDatasets();
const fileOf = (url: string) => `${url.replace(/^\//, '')}index.html`;

interface Fragment {
  url: string;
  anchors: Array<{ id: string; text: string }>;
}
async function fragments(): Promise<Fragment[]> {
  const dir = path.join(siteDist(), 'pagefind', 'fragment');
  const files = (await readdir(dir)).sort();
  return Promise.all(
    files.map(
      async (f) =>
        JSON.parse(
          gunzipSync(await readFile(path.join(dir, f)))
            .subarray(12)
            .toString('utf8'),
        ) as Fragment,
    ),
  );
}

describe('the partnership tracker', () => {
  test('lists every instrument in a status table that links to its page', async () => {
    const doc = parse(await readSite('partnerships/index.html'));
    const rows = doc.querySelectorAll('table.tracker-table tbody tr');
    expect(rows.length).toBe(data.instruments.length);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of data.instruments) {
      const link = doc.querySelector(`#instrument-${row.id} a[href="/partnerships/${row.id}/"]`);
      expect(link, row.id).not.toBeNull();
      expect(existsSync(path.join(siteDist(), 'partnerships', row.id, 'index.html')), row.id).toBe(true);
    }
  });

  test('gives each instrument what it commits and does not, a dated status, what to watch, a citation and full sources', async () => {
    for (const row of data.instruments) {
      const doc = parse(await readSite(`partnerships/${row.id}/index.html`));
      for (const id of ['at-a-glance', 'commits', 'does-not-commit', 'status', 'watch', 'cite', 'sources']) {
        expect(doc.querySelector(`article h2#${id} a.section-link[href="#${id}"]`), `${row.id} #${id}`).not.toBeNull();
      }
      expect(doc.querySelector('#does-not-commit + p')?.textContent).toBe(row.does_not_commit);
      expect(doc.querySelector(`section[aria-labelledby="status"] time[datetime="${row.status_as_of}"]`), row.id).not.toBeNull();
      expect(doc.querySelector('#citation-text')?.textContent).toContain(`/partnerships/${row.id}/`);
      // Each source keeps its registry number as its list entry's anchor (#r23 for S23).
      const listed = [...doc.querySelectorAll('.source-list li')].map((el) => el.id);
      expect(listed.sort(), row.id).toEqual(row.source_id.map((id) => `r${Number(id.slice(1))}`).sort());
      for (const li of doc.querySelectorAll('.source-list li'))
        expect(li.querySelector('a')?.textContent?.length, row.id).toBeGreaterThan(5);
    }
  });
});

describe('the new pages', () => {
  const urls = [
    '/partnerships/',
    ...data.instruments.map((r) => `/partnerships/${r.id}/`),
    '/deposits/',
    '/briefings/kazakhstan-against-the-alternatives/',
    '/briefings/kazakhstan-primer/',
  ];

  // The sitemap and the feed are written only when SITE_URL is set, which the test build leaves unset.
  test('are indexed for search', async () => {
    for (const url of urls) {
      expect(parse(await readSite(fileOf(url))).querySelector('article[data-pagefind-body]'), url).not.toBeNull();
    }
  });
});

describe('the deposits page', () => {
  test('has an entry per deposit, plots no unpublished position and shows the map', async () => {
    const doc = parse(await readSite('deposits/index.html'));
    expect(doc.querySelector('figure#fig-kazakhstan-deposits-map')).not.toBeNull();
    for (const row of data.deposits) {
      const entry = doc.querySelector(`h3#${row.id}`)?.closest('li');
      expect(entry, row.id).not.toBeNull();
      const location = entry!.textContent ?? '';
      if (row.lat === null || row.lon === null) expect(location, row.id).toContain('Not published; not plotted');
      else expect(location, row.id).toContain('Approximate');
      const field = (label: string) =>
        [...entry!.querySelectorAll('dt')].find((dt) => dt.textContent === label)?.nextElementSibling?.textContent;
      expect(field('Holder'), row.id).toBe(row.holder);
      expect(field('Classification'), row.id).toBe(row.classification);
    }
    expect(doc.querySelector('a[href="/data/deposits.csv"][download]')).not.toBeNull();
  });

  test('offers holder and classification in its download', async () => {
    const header = (await readSite('data/deposits.csv')).split('\n')[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['holder', 'classification']));
  });
});

describe('the data catalogue', () => {
  /** The corrections log is shown on the pages it corrects and in the feed; it is not a dataset. */
  const INTERNAL = new Set(['corrections.csv']);

  test('lists every CSV in data/ with its download and the pages that use it', async () => {
    const doc = parse(await readSite('data/index.html'));
    const files = (await readdir(data.dir)).filter((f) => f.endsWith('.csv') && !INTERNAL.has(f)).sort();
    expect(files.length).toBeGreaterThanOrEqual(13);
    for (const file of files) {
      const entry = data.catalogue.datasets.find((d) => d.file === file);
      expect(entry, `${file} is in data/datasets.json`).toBeDefined();
      const section = doc.querySelector(`section#dataset-${entry!.id}, h3#dataset-${entry!.id}`)?.closest('section');
      expect(section, file).not.toBeNull();
      expect(section!.querySelector(`a[href="/data/${file}"][download]`), `${file}: download`).not.toBeNull();
      expect(entry!.used_on?.length, `${file}: the pages that use it`).toBeGreaterThan(0);
      for (const page of entry!.used_on!) {
        expect(section!.querySelector(`a[href="${page.path}"]`), `${file} → ${page.path}`).not.toBeNull();
        const used = parse(await readSite(fileOf(page.path)));
        expect(used.querySelector('h1')?.textContent?.trim(), `${file} → ${page.path}`).toBe(page.title);
      }
    }
  });

  test('points each dataset added with the comparison, the tracker, the deposits and the primer to its page', () => {
    const uses = (id: string) => data.catalogue.datasets.find((d) => d.id === id)?.used_on?.map((u) => u.path);
    expect(uses('instruments')).toContain('/partnerships/');
    expect(uses('deposits')).toContain('/deposits/');
    expect(uses('alternatives-countries')).toContain('/briefings/kazakhstan-against-the-alternatives/');
    expect(uses('separation-outside-china')).toContain('/briefings/kazakhstan-against-the-alternatives/');
    expect(uses('kazakhstan-oil-export-routes')).toContain('/briefings/kazakhstan-primer/');
    expect(uses('middle-corridor-cargo')).toContain('/briefings/kazakhstan-primer/');
  });
});

describe('Kazakhstan against the alternatives', () => {
  test('gives every company and country it compares a section that search lands on', async () => {
    const record = (await fragments()).find((f) => f.url === ALTERNATIVES_PAGE);
    expect(record).toBeDefined();
    const names = await comparedNames();
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const { name, section } of names) {
      expect(section, `${name}: a section whose heading names it`).toBeDefined();
      const anchor = record!.anchors.find((a) => a.id === section!.id);
      expect(anchor?.text, `${name} → #${section!.id}`).toContain(name);
    }
  });

  test('both new briefings have at least two figures of their own, from the new datasets', async () => {
    const own: Record<string, string[]> = {
      'kazakhstan-against-the-alternatives': ['alternatives-production-vs-reserves', 'separation-ndpr-outside-china'],
      'kazakhstan-primer': ['kazakhstan-oil-export-routes', 'middle-corridor-cargo'],
    };
    for (const [slug, charts] of Object.entries(own)) {
      const doc = parse(await readSite(`briefings/${slug}/index.html`));
      for (const chart of charts) expect(doc.querySelector(`figure#fig-${chart} svg`), `${slug}: ${chart}`).not.toBeNull();
    }
  });
});
