import type { APIRoute, GetStaticPaths } from 'astro';
import { chartIds, getChart } from '../../lib/charts/index.ts';
import { chartPng, figureImage } from '../../lib/charts/image.ts';
import { loadDatasets } from '../../lib/data/index.ts';

/** /charts/<id>.png: the same image as /charts/<id>.svg, rasterised at twice its size for slides. */
export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartPng(figureImage(getChart(String(params.id)), loadDatasets())), { headers: { 'Content-Type': 'image/png' } });
