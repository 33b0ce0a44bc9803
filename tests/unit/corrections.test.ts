import { describe, expect, test } from 'vitest';
import { parseCorrections } from '../../src/lib/corrections';

describe('the corrections log', () => {
  test('a header alone means no corrections; rows come back newest first', () => {
    expect(parseCorrections('date,page,section,summary\n')).toEqual([]);
    const rows = parseCorrections(
      'date,page,section,summary\n2026-11-01,/notes/investors/,,The share of refining was misstated and now reads 92%.\n2026-12-01,/briefings/x/,uses,A date was a month early and now reads May 2023.\n',
    );
    expect(rows.map((r) => r.date)).toEqual(['2026-12-01', '2026-11-01']);
  });

  test('a bad row fails naming the file, line and column', () => {
    expect(() =>
      parseCorrections('date,page,section,summary\n1 Dec 2026,/notes/investors/,,Something was wrong and is now right.\n'),
    ).toThrow(/data\/corrections\.csv line 2, column "date": expected a date as YYYY-MM-DD, got "1 Dec 2026"/);
    expect(() => parseCorrections('date,page,summary\n')).toThrow(/line 1: expected the header date,page,section,summary/);
  });
});
