import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../lib/charts/index.ts';
import { chartImage } from '../../lib/charts/image.ts';
import { loadDatasets } from '../../lib/data/index.ts';
import { renderChart } from '../../lib/render-svg.ts';

/** /charts/<id>.svg: figure <id> as one image with its title, caption and source line inside. */
export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const spec = getChart(String(params.id));
  return new Response(chartImage(spec, renderChart(spec, { idPrefix: 'chart' }), loadDatasets()), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
};
