import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../lib/charts/index.ts';
import { chartCsv } from '../../lib/charts/downloads.ts';

/** /charts/<id>.csv: exactly the rows plotted in figure <id>. */
export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(getChart(String(params.id))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
