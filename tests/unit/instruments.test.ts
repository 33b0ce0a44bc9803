import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataError } from '../../src/lib/data/errors';
import { loadDatasets } from '../../src/lib/data/load';
import { instrumentCitation, instrumentDate, orderInstruments } from '../../src/lib/instruments';

/** The partnership tracker's dataset (data/instruments.csv): validated at the boundary like the others. */

describe('the real tracker', () => {
  const d = loadDatasets();
  test('covers at least ten instruments, each with a dated status and sources', () => {
    expect(d.instruments.length).toBeGreaterThanOrEqual(10);
    for (const row of d.instruments) {
      expect(row.status_as_of, row.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.source_id.length, row.id).toBeGreaterThan(0);
    }
  });

  test('includes every instrument the founding brief names', () => {
    const ids = d.instruments.map((r) => r.id);
    for (const id of [
      'eu-kazakhstan-mou',
      'eu-kazakhstan-roadmap',
      'c5-1',
      'c5-1-critical-minerals-dialogue',
      'b5-1',
      'kazakhstan-pntr-bills',
      'central-asia-pntr-bills',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('a bad instruments file', () => {
  let error: DataError | undefined;
  try {
    loadDatasets(path.join('tests', 'fixtures', 'data-bad-instrument'));
  } catch (e) {
    error = e as DataError;
  }

  test('fails naming the file, line and field of each problem', () => {
    expect(error).toBeInstanceOf(DataError);
    const m = error!.message;
    expect(m).toContain(
      'tests/fixtures/data-bad-instrument/instruments.csv line 2, column "date": expected YYYY-MM-DD for date_precision "day"',
    );
    expect(m).toMatch(/instruments\.csv line 3, column "source_id": expected source ids listed in data\/sources\.csv, got "S99"/);
    expect(m).toMatch(/instruments\.csv line 4, column "status": expected one of "active"/);
    expect(m).toMatch(
      /instruments\.csv line 5, column "status_as_of": expected a status date on or after the instrument’s date \(2024-03-12\)/,
    );
  });
});

describe('tracker helpers', () => {
  test('an undated instrument says so and sorts last', () => {
    expect(instrumentDate({ date: '' })).toBe('Date not established');
    expect(instrumentDate({ date: '2023-05' })).toBe('May 2023');
    const rows = [
      { id: 'b', date: '' },
      { id: 'a', date: '2024-01-01' },
      { id: 'c', date: '2022-11' },
    ];
    expect(orderInstruments(rows).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  test('the citation names the site, the instrument, the status date and the page address', () => {
    expect(
      instrumentCitation({ id: 'b5-1', name: 'B5+1 business platform', status_as_of: '2024-03-15' }, new URL('https://example.org/')),
    ).toEqual({
      text: 'Rare Earths Briefing. “B5+1 business platform.” Partnership tracker, status as of 15 March 2024. https://example.org/partnerships/b5-1/',
      url: 'https://example.org/partnerships/b5-1/',
    });
  });
});
