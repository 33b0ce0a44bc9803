import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../lib/charts/index.ts';
import { chartJsonText } from '../../lib/charts/downloads.ts';
import { loadDatasets } from '../../lib/data/index.ts';

/** /charts/<id>.json: figure <id>'s plotted rows with title, units, sources, as-of date and notes. */
export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartJsonText(getChart(String(params.id)), loadDatasets()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
