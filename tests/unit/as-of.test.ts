import { describe, expect, test } from 'vitest';
import { formatStale, staleStatuses, statusAsOfText } from '../../src/lib/as-of';
import { loadDatasets, type Datasets } from '../../src/lib/data';

const none = { as_of: '', until: '', checked: '', superseded_by: '' };
const row = (id: string, line: number, s: Partial<typeof none>) => ({ id, line, ...none, ...s });
const data = (events: ReturnType<typeof row>[]) => ({ dir: `${process.cwd()}/data`, facts: [], events }) as unknown as Datasets;
const today = new Date('2026-12-04T00:00:00Z');

describe('as-of text beside a status', () => {
  test('says when it was last evidenced, and that a later search found nothing newer', () => {
    expect(statusAsOfText(row('a', 2, { as_of: '2025-11-09', checked: '2025-11-09' }))).toBe('as of 9 November 2025');
    expect(statusAsOfText(row('a', 2, { as_of: '2025-11-09', until: '2026-11-10', checked: '2026-12-04' }))).toBe(
      'as of 9 November 2025; no later information found by December 2026',
    );
    expect(statusAsOfText(row('a', 2, {}))).toBe('');
  });
});

describe('statuses that need a search for news', () => {
  test('an until date that passed with no later search or newer entry, and a check over twelve months old', () => {
    const stale = staleStatuses(
      data([
        row('lapsed', 2, { as_of: '2025-11-09', until: '2026-11-10', checked: '2025-11-09' }),
        row('searched-since', 3, { as_of: '2025-11-09', until: '2026-11-10', checked: '2026-12-04' }),
        row('superseded', 4, { as_of: '2025-11-09', until: '2026-11-10', checked: '2025-11-09', superseded_by: 'searched-since' }),
        row('old-check', 5, { as_of: '2024-06-01', checked: '2025-12-03' }),
        row('recent-check', 6, { as_of: '2024-06-01', checked: '2025-12-04' }),
        row('not-a-status', 7, {}),
      ]),
      today,
    );
    expect(stale.map(formatStale)).toEqual([
      'data/events.csv:2 lapsed: until 2026-11-10 has passed, with no newer entry and no search for news since (checked 2025-11-09)',
      'data/events.csv:5 old-check: last checked 2025-12-03, more than twelve months ago',
    ]);
  });

  test('the shipped data has none today', () => {
    expect(staleStatuses(loadDatasets(), today).map(formatStale)).toEqual([]);
  });
});

describe('npm run freshness', () => {
  test('lists each stale status with file and line and exits 1; exits 0 when there is none', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = (dir: string) =>
      spawnSync(process.execPath, ['scripts/freshness.ts', dir], {
        encoding: 'utf8',
        env: { ...process.env, FRESHNESS_TODAY: '2026-12-04' },
      });
    const stale = run('tests/fixtures/data-stale-status');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('tests/fixtures/data-stale-status/events.csv:2 zhana-kazakhstan-announced: until 2026-04-02 has passed');
    expect(run('data').status).toBe(0);
  });
});
