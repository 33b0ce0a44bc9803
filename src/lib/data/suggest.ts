/**
 * "Did you mean …?" for unknown keys (fact ids, chart ids, countries). A typo is the usual cause of a
 * missing key, so naming the nearest valid keys makes the build error fixable at a glance.
 */

/** Levenshtein distance, case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length]!;
}

/** Lowercase, with digit runs padded so "F4" and "F04" compare as equal and "F40" does not. */
function normalise(s: string): string {
  return s.toLowerCase().replace(/\d+/g, (d) => d.padStart(3, '0'));
}

/** Up to `limit` candidates closest to `key`: prefix matches first, then by edit distance, then by name. */
export function closestMatches(key: string, candidates: Iterable<string>, limit = 3): string[] {
  const k = normalise(key);
  const scored = [...candidates].map((c) => {
    const lc = normalise(c);
    const bonus = lc.startsWith(k) || k.startsWith(lc) ? -2 : 0;
    return { c, d: editDistance(k, lc) + bonus };
  });
  const cutoff = Math.max(2, Math.ceil(key.length / 2));
  return scored
    .filter((x) => x.d <= cutoff)
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, limit)
    .map((x) => x.c);
}

/** " Did you mean "a" or "b"?" — or an empty string when nothing is close. */
export function didYouMean(key: string, candidates: Iterable<string>): string {
  const m = closestMatches(key, candidates);
  if (m.length === 0) return '';
  const quoted = m.map((x) => `"${x}"`);
  return ` Did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`}?`;
}
