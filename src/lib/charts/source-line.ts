import type { Source } from '../../schemas/source.ts';

/** How a figure names its sources: the publisher's short name and the tier in words. One home for both. */

/** "U.S. Geological Survey" from "U.S. Geological Survey; data release (…)" and similar. */
export function publisherName(s: Pick<Source, 'publisher'>): string {
  return s.publisher.split(/\s*[;(]\s*|\s+via\s+/)[0]!.trim();
}

export function tierText(tier: string): string {
  return tier === 'C' ? 'tier C, secondary' : `tier ${tier}`;
}

/** The source line as plain text: "U.S. Geological Survey (2025) [S01, tier A]". Many sources: ids by tier. */
export function sourceLineText(sources: ReadonlyArray<Pick<Source, 'id' | 'publisher' | 'year' | 'tier'>>): string {
  if (sources.length <= 4) return sources.map((s) => `${publisherName(s)} (${s.year}) [${s.id}, ${tierText(s.tier)}]`).join('; ');
  const tiers = [...new Set(sources.map((s) => s.tier))].sort();
  return tiers
    .map(
      (t) =>
        `${tierText(t)}: ${sources
          .filter((s) => s.tier === t)
          .map((s) => s.id)
          .join(', ')}`,
    )
    .join('; ');
}
