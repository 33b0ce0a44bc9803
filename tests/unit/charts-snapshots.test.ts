import { expect, test } from 'vitest';
import { chartIds, getChart } from '../../src/lib/charts';
import { renderChart } from '../../src/lib/render-svg';

/**
 * SVG snapshots of every chart, in tests/snapshots/<id>.svg (Vitest's file snapshots: open one in a
 * browser to review it; `vitest -u` rewrites them after an intended change). Output is normalised first
 * (one element per line; numbers in attributes rounded to one decimal) so that a sub-pixel difference
 * between platforms does not fail, while any visible change does.
 */
export function normaliseSvg(svg: string): string {
  return `${svg
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`)
    .replace(/></g, '>\n<')}\n`;
}

test.each(chartIds())('%s matches its snapshot', async (id) => {
  await expect(normaliseSvg(renderChart(getChart(id)))).toMatchFileSnapshot(`../snapshots/${id}.svg`);
});

test.each(chartIds().filter((id) => getChart(id).narrowPlot))('%s: its phone layout matches its snapshot', async (id) => {
  await expect(normaliseSvg(renderChart(getChart(id), { narrow: true }))).toMatchFileSnapshot(`../snapshots/${id}-narrow.svg`);
});
