/**
 * The site's own words, for "Did you mean" and for queries with a misspelt word. The build writes them
 * most frequent first, one space apart (pagefind/vocabulary.txt); the search page loads it with the index.
 * Pure, shared by build and browser.
 */

/** Words of three or more letters, each once, the most frequent first (ties alphabetical, so builds repeat). */
export function vocabularyText(words: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const w of words) if (w.replace(/-/g, '').length >= 3 && !/\d/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w)
    .join(' ');
}

export class Vocabulary {
  /** Most frequent first. */
  readonly words: readonly string[];
  private readonly known: ReadonlySet<string>;
  /** "jacksonvanik" and "jackson vanik" → "jackson-vanik". */
  private readonly dashed = new Map<string, string>();

  constructor(text: string) {
    this.words = text.split(' ').filter(Boolean);
    this.known = new Set(this.words);
    for (const w of this.words) {
      if (!w.includes('-')) continue;
      if (!this.dashed.has(w.replace(/-/g, ''))) this.dashed.set(w.replace(/-/g, ''), w);
      if (!this.dashed.has(w.replace(/-/g, ' '))) this.dashed.set(w.replace(/-/g, ' '), w);
    }
  }

  has(word: string): boolean {
    return this.known.has(word.toLowerCase());
  }

  /** The dashed compound the site writes for "jacksonvanik" or "jackson vanik", if any. */
  dashedForm(words: string): string | undefined {
    return this.dashed.get(words.toLowerCase());
  }

  /**
   * The site's word nearest a word it does not use: at most one edit for words of up to five letters, two
   * for longer ones (a transposed pair counts as one edit); among equals the most frequent. Undefined when
   * the word is known, a beginning of a known word (the reader may still be typing), or nothing is close.
   */
  nearest(word: string): string | undefined {
    const w = word.toLowerCase().replace(/['’]s$/, '');
    if (w.length < 3 || /\d/.test(w) || this.known.has(w)) return undefined;
    if (this.dashed.has(w)) return this.dashed.get(w);
    const max = w.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestDistance = max + 1;
    for (const candidate of this.words) {
      if (candidate.startsWith(w)) return undefined;
      if (Math.abs(candidate.length - w.length) >= bestDistance) continue;
      const d = editDistance(w, candidate, bestDistance - 1);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions); max + 1 once above max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
