import type { Datasets } from '../data/load.ts';
import { didYouMean } from '../data/suggest.ts';
import { sourceAnchor, type Source } from '../../schemas/source.ts';

/**
 * What a page cites, resolved against the source registry. Pure over a Datasets value, so tests can pass
 * fixture data. Unknown ids throw, with the nearest valid ids, because a citation that points nowhere
 * must never reach a reader.
 */

/** "S01 S09" or "S01, S09" → ["S01", "S09"] */
export function splitIds(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,;]+/).filter(Boolean);
}

export function requireSource(data: Datasets, id: string): Source {
  const source = data.sourceById.get(id);
  if (!source) throw new Error(`unknown source id "${id}".${didYouMean(id, data.sourceById.keys())}`);
  return source;
}

/** A compact author–year label: "U.S. Geological Survey 2025", "Holland & Knight 2025". */
export function sourceLabel(source: Source): string {
  let who = source.publisher.split(/\s*[;(]|\s+–\s+|\s+via\s+/)[0]!.trim();
  if (who.length > 32) who = who.slice(0, 32).replace(/\s+\S*$/, '') + '…';
  return source.year === 'n.d.' ? `${who}, n.d.` : `${who} ${source.year}`;
}

export function sourceHref(id: string): string {
  return `/sources/#${sourceAnchor(id)}`;
}

/** The ids a page cites, in a stable order (the registry's numeric order), without repeats. */
export function orderedSourceIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
}

/** The references an MDX body makes, read from its source text (for pages that list where a source is cited). */
export interface MdxReferences {
  cites: string[];
  facts: string[];
  charts: string[];
  events: string[];
}

export function referencesInMdx(body: string): MdxReferences {
  const grab = (tag: string, name: string) =>
    [...body.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`, 'g'))].flatMap((m) => splitIds(m[1]));
  return { cites: grab('Cite', 's'), facts: grab('Value', 'fact'), charts: grab('Figure', 'chart'), events: grab('EventDate', 'event') };
}
