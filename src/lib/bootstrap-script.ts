import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/**
 * The only script on content pages, inlined so a page makes no JavaScript request before the reader acts
 * (an external module put the briefing's simulated LCP over budget; see docs and the git history), and
 * allowed by a CSP hash (csp.ts) rather than 'unsafe-inline'. An inline module, so it runs once the page is parsed.
 * The source is bootstrap-client.ts, type-checked with the rest of the project; it is minified here at
 * build time, deterministically, so one hash covers every page.
 */
// Beside this module when Node runs it as written; from the project root when it is bundled into the build.
const besideThis = fileURLToPath(new URL('./bootstrap-client.ts', import.meta.url));
const source = readFileSync(existsSync(besideThis) ? besideThis : path.resolve('src/lib/bootstrap-client.ts'), 'utf8');

export const BOOTSTRAP_SCRIPT = transformSync(source, {
  loader: 'ts',
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
}).code.trim();
