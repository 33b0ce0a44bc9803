import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../support/build-site';
import { parse } from '../support/html';
import { readSite } from '../support/site';

/**
 * The front page dates its evidence honestly: briefings and notes were researched at different times, so it
 * gives the range of their evidence dates (from their frontmatter), not one of them as if it were the site's.
 */
function publishedEvidenceDates(): string[] {
  return ['briefings', 'notes'].flatMap((kind) => {
    const dir = path.join(PROJECT_ROOT, 'src/content', kind);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .filter((src) => !/^status: draft$/m.test(src))
      .map((src) => /^evidenceAsOf: (\d{4}-\d{2}-\d{2})$/m.exec(src)![1]!);
  });
}

const long = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('the front page and the About page', () => {
  test('states the oldest and the newest evidence date of the published briefings and notes', async () => {
    const dates = publishedEvidenceDates().sort();
    expect(dates.length).toBeGreaterThanOrEqual(8);
    const asOf = parse(await readSite('index.html')).querySelector('.home-as-of')!;
    const shown = [...asOf.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
    expect(shown).toEqual(dates[0] === dates.at(-1) ? [dates[0]] : [dates[0], dates.at(-1)]);
    expect(asOf.textContent?.replace(/\s+/g, ' ')).toContain(
      `Evidence dated ${long(dates[0]!)} to ${long(dates.at(-1)!)}; each briefing and note states its own.`,
    );
  });

  test('About gives the same range, not the date of the latest timeline event, as when the site’s evidence ends', async () => {
    const dates = publishedEvidenceDates().sort();
    const asOf = parse(await readSite('about/index.html')).querySelector('#as-of')!.nextElementSibling!;
    expect(asOf.textContent?.replace(/\s+/g, ' ')).toContain(`run from ${long(dates[0]!)} to ${long(dates.at(-1)!)}`);
  });
});
