import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIContext } from 'astro';
import { defaultDataDir, loadDatasets } from '../../lib/data/index.ts';

/** /data/<file>.csv: each dataset exactly as it is kept in data/, after it has passed validation. */
export function getStaticPaths() {
  return loadDatasets().catalogue.datasets.map((d) => ({ params: { file: d.file } }));
}

export function GET({ params }: APIContext) {
  const body = readFileSync(path.join(defaultDataDir(), params.file!), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
