import type { Datasets } from './data/index.ts';

/**
 * The "as of" date of the evidence: the latest dated event in the timeline. Derived, not typed in, so
 * it moves when the data does.
 */
export function evidenceAsOf(data: Datasets): string {
  return data.events.map((e) => e.date).sort().at(-1) ?? '';
}
