/**
 * Byte measurements on a built site: page weight as a reader's browser loads it, folder sizes, page counts.
 * Bytes are deterministic, so these numbers do not vary between runs the way times do.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip at level 9, as the budget tests measure (tests/build/budgets.test.ts). */
export const gzipBytes = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  /** The HTML document, gzipped (inline scripts included: they arrive inside it). */
  htmlGz: number;
  /** Every linked stylesheet, gzipped (each file once). */
  cssGz: number;
  /** JavaScript on load: inline scripts (JSON-LD aside), <script src> files and modulepreloads, gzipped. */
  jsGz: number;
  /** The part of jsGz that is inline, so already counted in htmlGz. */
  inlineJsGz: number;
  /**
   * What the browser downloads before any interaction: the HTML, its stylesheets and its external scripts.
   * Inline scripts are counted once, as part of the HTML; counting them again under JS would weigh the
   * same bytes twice.
   */
  totalGz: number;
}

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);

/** Reads a file the page links to, by its root-relative URL. */
async function linked(dist: string, url: string): Promise<Buffer> {
  const clean = decodeURI(url.split(/[?#]/)[0]!);
  if (/^[a-z]+:|^\/\//i.test(clean)) throw new Error(`sample page links to an external asset: ${url}`);
  return readFile(path.join(dist, clean));
}

/** The gzipped weight of one built page (path relative to dist) before any interaction. */
export async function pageWeight(dist: string, page: string): Promise<PageWeight> {
  const html = await readFile(path.join(dist, page), 'utf8');
  const files = new Map<string, 'css' | 'js'>();
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) files.set(href, 'css');
    if (rel.includes('modulepreload')) files.set(href, 'js');
  }
  let inlineJs = 0;
  for (const [, attrs, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attribute(`<script ${attrs}>`, 'type')?.toLowerCase();
    if (type === 'application/ld+json') continue; // data for search engines, not code
    const src = attribute(`<script ${attrs}>`, 'src');
    if (src) files.set(src, 'js');
    else inlineJs += gzipBytes(code!);
  }
  let cssGz = 0;
  let jsGz = inlineJs;
  for (const [url, kind] of files) {
    const bytes = gzipBytes(await linked(dist, url));
    if (kind === 'css') cssGz += bytes;
    else jsGz += bytes;
  }
  const htmlGz = gzipBytes(html);
  return { htmlGz, cssGz, jsGz, inlineJsGz: inlineJs, totalGz: htmlGz + cssGz + (jsGz - inlineJs) };
}

/** Total bytes of the files under `dir` (0 when it does not exist). */
export async function folderBytes(dir: string): Promise<number> {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Number of files under `dir` whose name ends with `suffix`. */
export async function countFiles(dir: string, suffix: string): Promise<number> {
  let n = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith(suffix)) n++;
  return n;
}
