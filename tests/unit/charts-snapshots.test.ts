import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { chartIds, getChart } from '../../src/lib/charts';
import { renderChart } from '../../src/lib/render-svg';

/**
 * SVG snapshots of every named chart, compared with committed files in tests/snapshots/. Output is
 * normalised first (one element per line; numbers in attributes rounded to one decimal) so that a
 * sub-pixel difference between platforms does not fail, while any visible change does.
 * On a mismatch the new output is written next to the snapshot as <id>-changed.svg: open both, and if
 * the change is intended, replace the snapshot with it. A missing snapshot is written and the test fails
 * once, so every new snapshot is reviewed before it is committed.
 */
const DIR = path.join('tests', 'snapshots');

export function normaliseSvg(svg: string): string {
  return `${svg
    .replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`)
    .replace(/></g, '>\n<')}\n`;
}

test.each(chartIds())('%s matches its snapshot', (id) => {
  const actual = normaliseSvg(renderChart(getChart(id)));
  const file = path.join(DIR, `${id}.svg`);
  const changed = path.join(DIR, `${id}-changed.svg`);
  if (!existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    expect.fail(`No snapshot for "${id}": wrote ${file}. Review it (open it in a browser), then commit it.`);
  }
  const expected = readFileSync(file, 'utf8');
  if (actual !== expected) {
    writeFileSync(changed, actual);
    expect.fail(`Chart "${id}" differs from ${file}. The new output is in ${changed}; if the change is intended, move it over the snapshot.`);
  }
});
