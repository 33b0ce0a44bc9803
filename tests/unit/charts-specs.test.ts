import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { DOMParser } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import { chartIds, getChart } from '../../src/lib/charts';
import { chartFromSpec } from '../../src/lib/charts/spec-chart';
import { declaredDefinition } from '../../src/lib/data/declared';
import { DataError } from '../../src/lib/data/errors';
import { loadDatasets, type Datasets } from '../../src/lib/data/load';
import { readDataset } from '../../src/lib/data/read-dataset';
import { renderChart } from '../../src/lib/render-svg';
import { GET as csvRoute } from '../../src/pages/charts/[id].csv';
import { GET as jsonRoute } from '../../src/pages/charts/[id].json';

/**
 * An author's new chart without code: tests/fixtures/chart-spec adds a CSV, its catalogue entry with
 * declared columns (catalogue-entry.json) and two chart specs to a copy of the site's data. The figure is
 * rendered as a page gets it; bad specs and bad cells go straight to the validators (no site build).
 */
const PROJECT = process.cwd();
let root: string;
let data: Datasets;
let container: AstroContainer;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'chart-spec-'));
  cpSync(path.join(PROJECT, 'data'), path.join(root, 'data'), { recursive: true });
  cpSync(path.join(PROJECT, 'tests/fixtures/chart-spec/data'), path.join(root, 'data'), { recursive: true });
  // The fixture's catalogue entry joins the site's own catalogue.
  const catalogue = JSON.parse(readFileSync(path.join(root, 'data/datasets.json'), 'utf8'));
  catalogue.datasets.push(JSON.parse(readFileSync(path.join(PROJECT, 'tests/fixtures/chart-spec/catalogue-entry.json'), 'utf8')));
  writeFileSync(path.join(root, 'data/datasets.json'), JSON.stringify(catalogue));
  // Figure and the download routes read <cwd>/data, as in a build of the site.
  process.chdir(root);
  data = loadDatasets();
  container = await AstroContainer.create();
});
afterAll(() => {
  process.chdir(PROJECT);
  rmSync(root, { recursive: true, force: true });
});

const parse = (html: string) =>
  new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html') as unknown as Document;

describe('a chart from a CSV, a catalogue entry and a spec', () => {
  test('is a known chart id, beside the site’s own', () => {
    expect(chartIds()).toEqual(expect.arrayContaining(['fixture-output-2023', 'fixture-output-trend', 'production-2024']));
  });

  test('renders as a figure with title, caption, axis label, source line, notes, table and downloads', async () => {
    const html = await container.renderToString(Figure, { props: { chart: 'fixture-output-2023', number: 3 } });
    const figure = parse(html).querySelector('figure')!;
    expect(figure.id).toBe('fig-fixture-output-2023');
    expect(figure.querySelector('figcaption')?.textContent).toContain('Figure 3. Fixture output by region, 2023');
    expect(figure.querySelector('figcaption')?.textContent).toContain('North produced more than South in 2023.');
    const texts = [...figure.querySelectorAll('svg text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['Output (t)', 'North', 'South', '150', '95.5']));
    expect(figure.querySelector('svg desc')?.textContent).toBe(
      'Horizontal bar chart: Fixture output by region, 2023. 2 bars: North 150 t and South 95.5 t.',
    );
    expect(figure.querySelector('.figure__sources')?.textContent).toMatch(
      /Source: U\.S\. Geological Survey \(2025\) \[S01, tier A\]\. Data as of 2024\./,
    );
    expect([...figure.querySelectorAll('.figure__notes li')].map((li) => li.textContent)).toEqual([
      'Fixture data for tests; not real figures.',
    ]);
    const table = figure.querySelector('details table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Region', 'Output (t)', 'Note']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))).toEqual([
      ['North', '150', '–'],
      ['South', '95.5', '–'],
    ]);
    expect([...figure.querySelectorAll('.figure__downloads a')].map((a) => a.getAttribute('href'))).toEqual([
      '/charts/fixture-output-2023.csv',
      '/charts/fixture-output-2023.json',
      '/charts/fixture-output-2023.svg',
      '/charts/fixture-output-2023.png',
    ]);
  });

  test('the downloads hold the plotted rows, and the JSON its sources and units', async () => {
    const params = { id: 'fixture-output-2023' };
    const csv = await (await csvRoute({ params } as never)).text();
    expect(csv).toBe('region,output_t,note\r\nNorth,150,\r\nSouth,95.5,\r\n');
    const json = JSON.parse(await (await jsonRoute({ params } as never)).text());
    expect(json).toMatchObject({ id: 'fixture-output-2023', units: ['t'], asOf: '2024', sources: [{ id: 'S01', tier: 'A' }] });
    expect(json.rows).toEqual([
      { region: 'North', output_t: 150, note: null },
      { region: 'South', output_t: 95.5, note: null },
    ]);
  });

  test('a line chart labels its series directly, with whole years on the axis', () => {
    const svg = renderChart(getChart('fixture-output-trend'));
    const doc = parse(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['North', 'South', '2022', '2023', 'Year', 'Output (t)']));
    expect(texts.some((t) => /\d{4}\.\d/.test(t ?? ''))).toBe(false);
    expect(svg.length).toBeLessThan(25_000);
  });
});

describe('a bad spec fails naming the file and the nearest names', () => {
  const FILE = 'data/charts/bad.json';
  const good = {
    title: 'Fixture output',
    caption: 'A caption of some length.',
    data: 'fixture-output',
    mark: 'bar',
    x: 'output_t',
    y: 'region',
  };
  const errorOf = (spec: object): string => {
    try {
      chartFromSpec(spec, 'bad', data, FILE);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      return (error as Error).message;
    }
    throw new Error('the spec was accepted');
  };

  test('the good spec is accepted', () => {
    expect(chartFromSpec({ ...good, filter: { year: 2022 } }, 'bad', data, FILE).table.rows).toHaveLength(2);
  });

  test('unknown column', () => {
    expect(errorOf({ ...good, x: 'outptu_t' })).toBe(
      'data/charts/bad.json: field "x": unknown column "outptu_t" in dataset "fixture-output". Did you mean "output_t"? Columns: region, year, output_t, source_id, note.',
    );
  });

  test('unknown column in a filter', () => {
    expect(errorOf({ ...good, filter: { yaer: 2023 } })).toMatch(
      /^data\/charts\/bad\.json: field "filter\.yaer": unknown column "yaer" .* Did you mean "year"\?/,
    );
  });

  test('a filter value no row has', () => {
    expect(errorOf({ ...good, filter: { region: 'Nort' } })).toBe(
      'data/charts/bad.json: field "filter.region": no row has the value "Nort". Did you mean "North"?',
    );
  });

  test('unknown dataset', () => {
    expect(errorOf({ ...good, data: 'productoin' })).toMatch(
      /^data\/charts\/bad\.json: field "data": unknown dataset "productoin"\. Did you mean "production"\?/,
    );
  });

  test('unknown mark', () => {
    expect(errorOf({ ...good, mark: 'bars' })).toBe(
      'data/charts/bad.json: field "mark": expected a mark: bar, line, dot, area, got "bars". Did you mean "bar"?',
    );
  });

  test('a bar with two numeric axes', () => {
    expect(errorOf({ ...good, y: 'year' })).toMatch(/field "mark": a bar needs one numeric axis and one categorical axis/);
  });

  test('a misspelt field', () => {
    expect(errorOf({ ...good, colour: 'region' })).toMatch(/^data\/charts\/bad\.json: .*colour/);
  });

  test('two rows for one bar', () => {
    expect(errorOf(good)).toBe('data/charts/bad.json: two rows have region "North"; filter the data to one row per bar');
  });

  test('a caption naming a fact that does not exist, or {hidden} without "hide"', () => {
    expect(errorOf({ ...good, filter: { year: 2023 }, caption: 'North made {F0l} in 2023.' })).toMatch(
      /field "caption": \{F0l\} is not a fact id in data\/facts\.csv\. Did you mean "F01"/,
    );
    expect(errorOf({ ...good, filter: { year: 2023 }, notes: ['Not shown: {hidden}.'] })).toMatch(
      /field "notes\.0": \{hidden\} names the rows left out by "hide"/,
    );
  });

  test('an annotation for a bar that is not drawn, and a table without the plotted columns', () => {
    expect(errorOf({ ...good, filter: { year: 2023 }, annotate: { Nort: '(est.)' } })).toMatch(
      /field "annotate": no bar is labelled "Nort"\. Did you mean "North"\?/,
    );
    expect(errorOf({ ...good, filter: { year: 2023 }, table: ['region'] })).toMatch(
      /field "table": expected the plotted columns in the table too; add "output_t"/,
    );
  });

  test('a source that is not in the registry', () => {
    expect(errorOf({ ...good, filter: { year: 2023 }, sources: ['S999'] })).toMatch(/field "sources": "S999" is not in data\/sources\.csv/);
  });
});

describe('a declared dataset is validated from its declaration', () => {
  const read = (csv: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'declared-'));
    try {
      writeFileSync(path.join(dir, 'fixture-output.csv'), csv);
      const declared = data.catalogue.datasets.find((d) => d.id === 'fixture-output')!;
      return readDataset(dir, declaredDefinition({ ...declared, columns: declared.columns! }), {
        tierOf: (id) => data.sourceById.get(id)?.tier,
        ids: () => data.sourceById.keys(),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const problemsOf = (csv: string) => {
    try {
      read(csv);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      return (error as DataError).problems;
    }
    throw new Error('the CSV was accepted');
  };
  const HEADER = 'region,year,output_t,source_id,note\n';

  test('typed rows come out', () => {
    expect(read(`${HEADER}North,2023,1.5,S01,\n`)).toEqual([
      { region: 'North', year: 2023, output_t: 1.5, source_id: ['S01'], note: null, line: 2 },
    ]);
  });

  test('a non-numeric value in a number column', () => {
    expect(problemsOf(`${HEADER}North,2023,1 200,S01,\n`)).toEqual([
      {
        line: 2,
        column: 'output_t',
        message: 'expected a number (digits with an optional decimal point, no separators or units), got "1 200"',
      },
    ]);
  });

  test('markup in a cell', () => {
    expect(problemsOf(`${HEADER}North,2023,1,S01,<b>bold</b>\n`)).toEqual([
      { line: 2, column: 'note', message: 'expected plain text; markup and HTML entities are not allowed in data, got "<b>bold</b>"' },
    ]);
  });

  test('a value outside the declared list, with a suggestion', () => {
    expect(problemsOf(`${HEADER}Nrth,2023,1,S01,\n`)[0]?.message).toBe(
      'expected one of "North", "South", got "Nrth". Did you mean "North"?',
    );
  });

  test('an empty required cell, a value below the minimum, an unknown column and a repeated key', () => {
    expect(problemsOf(`${HEADER}North,,1,S01,\n`)[0]).toMatchObject({
      line: 2,
      column: 'year',
      message: expect.stringMatching(/^expected a value/),
    });
    expect(problemsOf(`${HEADER}North,2023,-1,S01,\n`)[0]).toMatchObject({
      column: 'output_t',
      message: expect.stringMatching(/^expected at least 0/),
    });
    expect(problemsOf('region,year,output,source_id,note\nNorth,2023,1,S01,\n')[0]).toMatchObject({ line: 1, column: 'output_t' });
    expect(problemsOf(`${HEADER}North,2023,1,S01,\nNorth,2023,2,S01,\n`)[0]).toMatchObject({
      line: 3,
      message: expect.stringMatching(/already appears on line 2/),
    });
  });
});
