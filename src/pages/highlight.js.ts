import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';

/** /highlight.js: the search-term highlighter, minified from src/lib/highlight-client.ts at build time. */
export function GET() {
  const source = readFileSync(path.resolve('src/lib/highlight-client.ts'), 'utf8');
  const { code } = transformSync(source, { loader: 'ts', format: 'esm', minify: true, target: 'es2022', legalComments: 'none' });
  return new Response(code, { headers: { 'Content-Type': 'text/javascript' } });
}
