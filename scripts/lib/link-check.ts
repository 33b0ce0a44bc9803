import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * Checks every internal link and #fragment in a built site against the files and ids that exist, and
 * lists external links without fetching them (the machines that build this have no network, and a
 * link checker that fetches is slow and flaky). Hand-written: the maintained checkers either fetch
 * everything or skip fragment checks on static folders.
 */

export interface LinkProblem {
  page: string;
  href: string;
  reason: string;
}
export interface LinkReport {
  pages: number;
  checked: number;
  broken: LinkProblem[];
  external: Array<{ page: string; href: string }>;
}

async function htmlFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path.relative(base, p) !== 'pagefind') out.push(...(await htmlFiles(p, base)));
    } else if (entry.name.endsWith('.html')) out.push(path.relative(base, p));
  }
  return out.sort();
}

/** The URL path a built file is served at: "briefings/x/index.html" → "/briefings/x/". */
function pagePath(file: string): string {
  const posix = file.split(path.sep).join('/');
  return '/' + posix.replace(/(^|\/)index\.html$/, '$1');
}

/** The file that serves a URL path, or undefined. */
function fileFor(dist: string, urlPath: string): string | undefined {
  const decoded = decodeURIComponent(urlPath);
  const candidates = decoded.endsWith('/') ? [decoded + 'index.html'] : [decoded, decoded + '/index.html', decoded + '.html'];
  for (const c of candidates) {
    const p = path.join(dist, c);
    if (existsSync(p) && statSync(p).isFile()) return path.relative(dist, p);
  }
  return undefined;
}

export async function checkLinks(dist: string, siteOrigin: string): Promise<LinkReport> {
  const files = await htmlFiles(dist);
  const idCache = new Map<string, Set<string>>();
  const docs = new Map<string, Document>();
  async function doc(file: string): Promise<Document> {
    let d = docs.get(file);
    if (!d) {
      d = parseHTML(await readFile(path.join(dist, file), 'utf8')).document as unknown as Document;
      docs.set(file, d);
    }
    return d;
  }
  async function ids(file: string): Promise<Set<string>> {
    let set = idCache.get(file);
    if (!set) {
      set = new Set([...(await doc(file)).querySelectorAll('[id]')].map((e) => e.getAttribute('id')!));
      idCache.set(file, set);
    }
    return set;
  }

  const report: LinkReport = { pages: files.length, checked: 0, broken: [], external: [] };
  for (const file of files) {
    const d = await doc(file);
    const base = new URL(pagePath(file), siteOrigin);
    const refs = [
      ...[...d.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href')!),
      ...[...d.querySelectorAll('script[src], img[src], source[src]')].map((e) => e.getAttribute('src')!),
      ...[...d.querySelectorAll('form[action]')].map((e) => e.getAttribute('action')!),
    ];
    for (const href of refs) {
      if (/^(mailto|tel|data|javascript):/i.test(href)) continue;
      const url = new URL(href, base);
      if (url.origin !== new URL(siteOrigin).origin) {
        report.external.push({ page: file, href: url.href });
        continue;
      }
      report.checked++;
      const target = fileFor(dist, url.pathname);
      if (!target) {
        report.broken.push({ page: file, href, reason: `no file for ${url.pathname}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !(await ids(target)).has(fragment)) {
        report.broken.push({ page: file, href, reason: `no element with id "${fragment}" in ${target}` });
      }
    }
  }
  return report;
}

export function formatLinkReport(report: LinkReport): string {
  const lines = [`Checked ${report.checked} internal links on ${report.pages} pages: ${report.broken.length} broken.`];
  for (const b of report.broken) lines.push(`  BROKEN ${b.page}: ${b.href} (${b.reason})`);
  const unique = [...new Set(report.external.map((e) => e.href))].sort();
  lines.push(`${unique.length} distinct external links (listed, not fetched):`);
  for (const href of unique) lines.push(`  ${href}`);
  return lines.join('\n');
}
