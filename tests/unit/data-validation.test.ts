import path from 'node:path';
import { cpSync, rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DataError } from '../../src/lib/data/errors';
import { loadDatasets } from '../../src/lib/data/load';

/**
 * One fixture folder per kind of bad input (tests/fixtures/data-<case>/) holding only the broken file; it is
 * laid over the small valid data set (tests/fixtures/data-valid/) in a scratch folder. Each error must name
 * the file, the line and the column, and say what was expected.
 */
const fixture = (name: string) => path.join('tests', 'fixtures', `data-${name}`);
const SCRATCH = path.join('.cache', 'data-fixtures');

/** data-valid with the fixture's files on top, in .cache/data-fixtures/data-<name>. */
function overlay(name: string): string {
  const dir = path.join(SCRATCH, `data-${name}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(fixture('valid'), dir, { recursive: true });
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

function errorOf(name: string): DataError {
  try {
    loadDatasets(overlay(name));
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    // Named as the fixture file, which is where the broken line lives.
    const e = error as DataError;
    return Object.assign(e, {
      message: e.message.replaceAll(SCRATCH + path.sep, 'tests/fixtures/'),
      file: e.file.replace(SCRATCH + path.sep, 'tests/fixtures/'),
    });
  }
  throw new Error(`fixture data-${name} loaded without an error`);
}

describe('a valid fixture', () => {
  test('loads', () => {
    const d = loadDatasets(fixture('valid'));
    expect(d.production).toHaveLength(6);
    expect(d.production[0]).toMatchObject({ country: 'China', year: 2023, mine_production_t_reo: 255000, source_id: ['S01'], line: 2 });
    expect(d.events.find((e) => e.id === 'fixture-month-event')).toMatchObject({ date: '2024-11', date_precision: 'month' });
  });
});

describe('malformed data files fail with file, line, column and what was expected', () => {
  test('missing column', () => {
    expect(errorOf('missing-column').message).toMatch(
      /^tests\/fixtures\/data-missing-column\/production\.csv line 1, column "year": expected a column named "year" in the header, got "country", "edition"/,
    );
  });

  test('non-numeric value', () => {
    expect(errorOf('non-numeric').message).toBe(
      'tests/fixtures/data-non-numeric/production.csv line 4, column "year": expected a year written as YYYY, got "20x4"',
    );
  });

  test('unknown country, with a suggestion', () => {
    expect(errorOf('unknown-country').message).toBe(
      'tests/fixtures/data-unknown-country/production.csv line 3, column "country": expected a country from the fixed list in src/schemas/data-countries.ts, got "Chna". Did you mean "China"?',
    );
  });

  test('unknown source id', () => {
    expect(errorOf('unknown-source').message).toMatch(
      /^tests\/fixtures\/data-unknown-source\/reserves\.csv line 2, column "source_id": expected source ids listed in data\/sources\.csv, got "S99", which is not there\./,
    );
  });

  test('a research note in the source registry', () => {
    expect(errorOf('reading-note').message).toBe(
      'tests/fixtures/data-reading-note/sources.csv line 3, column "publisher": expected publishable text without research notes, found "likely", got "SEAISI (likely syndicating IEA)"',
    );
  });

  test('a note on how a source was read, in any dataset', () => {
    expect(errorOf('how-read').message).toBe(
      'tests/fixtures/data-how-read/events.csv line 3, column "caveat": expected text fit to publish, without a note on how a source was read; found "not read", got "The compilers did not read the ministry release."',
    );
  });

  test('a row dated after its dataset’s as_of, which figures would show as “Data as of” an earlier date', () => {
    expect(errorOf('late-row').message).toBe(
      'tests/fixtures/data-late-row/datasets.json: dataset "events": expected "as_of" to be 2026-01-15 or later, got "2025-11-09": tests/fixtures/data-late-row/events.csv line 4 is dated 2026-01-15 (date)',
    );
  });

  test('duplicate key row', () => {
    expect(errorOf('duplicate-key').message).toBe(
      'tests/fixtures/data-duplicate-key/production.csv line 8, column "country": expected one row per country + year + edition, but country="United States", year="2024", edition="MCS2025" already appears on line 5',
    );
  });

  test('empty file', () => {
    expect(errorOf('empty-file').message).toMatch(
      /^tests\/fixtures\/data-empty-file\/events\.csv line 1: expected a header row \(id,date,date_precision,.*\) and at least one data row, got an empty file$/,
    );
  });

  test('a fact that disagrees with the chart data', () => {
    expect(errorOf('fact-mismatch').message).toBe(
      'tests/fixtures/data-fact-mismatch/facts.csv line 2, column "value": expected 390000 to agree with World 2024 in production.csv (fact F01), got 380000',
    );
  });

  test('a deposit whose holder is “not published” without saying as of when', () => {
    expect(errorOf('undated-holder').message).toBe(
      'tests/fixtures/data-undated-holder/deposits.csv line 3, column "holder": expected a holder whose “not published” says as of when, such as “Not published as of December 2024”, got "Not published"',
    );
  });

  test('the error carries the file and each problem for tools', () => {
    const e = errorOf('non-numeric');
    expect(e.file).toBe('tests/fixtures/data-non-numeric/production.csv');
    expect(e.problems).toEqual([{ line: 4, column: 'year', message: 'expected a year written as YYYY, got "20x4"' }]);
  });

  test('a missing directory names the file it looked for', () => {
    expect(() => loadDatasets(fixture('does-not-exist'))).toThrow(
      /^tests\/fixtures\/data-does-not-exist\/sources\.csv: expected the sources dataset here/,
    );
  });
});
