import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { parseCsv } from './data/csv.ts';
import { defaultDataDir, displayPath } from './data/paths.ts';

/**
 * The corrections log, data/corrections.csv: one row per correction, newest first on the page. A page
 * with a row links to its entry in the log on /about/. A header with no rows means no corrections yet.
 */
export const CORRECTION_COLUMNS = ['date', 'page', 'section', 'summary'] as const;

const correctionRow = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'a page path such as /briefings/why-rare-earths-matter/'),
  section: z.string().regex(/^(?:[a-z0-9-]+)?$/, 'a section id such as china-position, or an empty cell'),
  summary: z.string().min(10, 'a sentence saying what was wrong and what it says now'),
});

export type Correction = z.infer<typeof correctionRow>;

/** Parses the log's text; throws naming the file, line and column of the first problem. */
export function parseCorrections(text: string, file = 'data/corrections.csv'): Correction[] {
  const { header, records } = parseCsv(text);
  if (header.join(',') !== CORRECTION_COLUMNS.join(','))
    throw new Error(`${file} line 1: expected the header ${CORRECTION_COLUMNS.join(',')}, got "${header.join(',')}"`);
  return records
    .map(({ line, values }) => {
      const row = Object.fromEntries(CORRECTION_COLUMNS.map((c, i) => [c, values[i] ?? '']));
      const result = correctionRow.safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0]!;
        throw new Error(
          `${file} line ${line}, column "${String(issue.path[0])}": expected ${issue.message}, got "${row[String(issue.path[0])]}"`,
        );
      }
      return result.data;
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.page.localeCompare(b.page));
}

let cached: Correction[] | undefined;
export function loadCorrections(): Correction[] {
  const file = path.join(defaultDataDir(), 'corrections.csv');
  return (cached ??= parseCorrections(readFileSync(file, 'utf8'), displayPath(file)));
}

/** The anchor of a correction in the log on /about/. */
export const correctionAnchor = (c: Correction, index: number): string => `correction-${c.date}-${index + 1}`;
