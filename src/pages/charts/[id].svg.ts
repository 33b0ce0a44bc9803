import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../lib/charts/index.ts';
import { figureImage } from '../../lib/charts/image.ts';
import { loadDatasets } from '../../lib/data/index.ts';

/** /charts/<id>.svg: figure <id> as one image with its title, caption and source line inside. */
export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(figureImage(getChart(String(params.id)), loadDatasets()), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
