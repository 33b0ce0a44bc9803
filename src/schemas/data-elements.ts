import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { oneOf, sourceIds, text, wholeNumber, type SourceLookup } from './data-fields.ts';

/** USGS convention: light = La–Gd (57–64); heavy = Tb–Lu (65–71) and Y; Sc is neither. */
export const ELEMENT_GROUPS = ['light', 'heavy', 'unclassified'] as const;

export const CHINA_EXPORT_CONTROLS = [
  '',
  // Each status carries the date of its evidence: the elements page prints it as written.
  'Announcement No. 18 of 2025 (in force as of Nov 2025)',
  'October 2025 package (suspended until 10 Nov 2026 as of Nov 2025; later status not established)',
] as const;

const elementRow = (sources: SourceLookup) =>
  z.object({
    symbol: z.string().regex(/^[A-Z][a-z]?$/, 'expected a chemical symbol such as "Nd"'),
    name: text('an element name'),
    atomic_number: wholeNumber.refine((n) => n >= 1 && n <= 118, 'expected an atomic number from 1 to 118'),
    group: oneOf(ELEMENT_GROUPS),
    /** Short, general uses. */
    main_uses: text('the main uses'),
    /** Sources that back the uses; empty means general textbook uses (see data/datasets.json). */
    uses_source_id: sourceIds(sources, { optional: true }),
    /** China's export-control status, if any. */
    china_export_control: oneOf(CHINA_EXPORT_CONTROLS),
    source_id: sourceIds(sources),
  });

export type ElementRow = z.output<ReturnType<typeof elementRow>>;

/** data/elements.csv: the 17 rare earth elements. */
export const elementsDataset = defineDataset<ElementRow>({
  id: 'elements',
  file: 'elements.csv',
  key: ['symbol'],
  row: elementRow,
});
