/**
 * Numbers and quantities as search terms. "20 million tonnes", "20 Mt" and "20,000,000 t" are one quantity;
 * "69.2%", "69.2 percent" and "69.2 per cent" another. The index build appends a token for each quantity it
 * finds in a page's text ("zq20000000t"), and the search page turns a query's quantities into the same
 * tokens, so every spelling finds the same passages. A bare number gets its own token ("zq20n"), searched
 * whole, so "20" finds "20 Mt" and "20 per cent" but not "2024". Pure, shared by build and browser.
 */

export interface Quantity {
  /** Where the phrase starts and ends in the text searched. */
  start: number;
  end: number;
  /** The phrase as written: "20 Mt", "20 million tonnes", "69.2%". */
  text: string;
  /** The tokens it is indexed under: the quantity with its unit (when it has one), then the bare number. */
  tokens: string[];
}

/** Every search token starts with this; the search page strips them from excerpts. */
export const TOKEN_PREFIX = 'zq';
export const TOKEN_PATTERN = /\bzq[0-9d]+[tpn]\b/g;

const SPACE = '[\\s\\u00a0\\u202f]';
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, bn: 1e9 };
const TONNES: Record<string, number> = { t: 1, tonne: 1, tonnes: 1, ton: 1, tons: 1, kt: 1e3, mt: 1e6 };
// A number not glued to letters, digits or a decimal point before it ("C5+1", "S.3103" and "H.R.5917" are
// names) nor part of a character reference ("&#39;"), then an optional scale word and an optional unit, each a whole word.
const QUANTITY = new RegExp(
  `(?<![\\p{L}\\p{N}.,+#&])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d]|[.,]\\d)` +
    `(?:${SPACE}*(thousand|million|billion|bn)(?![\\p{L}]))?` +
    `(?:${SPACE}*(%)|${SPACE}+(percent|per${SPACE}+cent|pct|tonnes?|tons?|kt|mt|t)(?![\\p{L}\\p{N}]))?`,
  'giu',
);

/** 20000000 → "20000000", 69.2 → "69d2": digits and a "d" for the decimal point, so Pagefind keeps one word. */
function canonical(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return String(rounded).replace('.', 'd');
}

export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, int, frac = '', scaleWord, percentSign, unitWord] = m;
    const number = Number(int!.replace(/,/g, '') + frac) * (scaleWord ? SCALES[scaleWord.toLowerCase()]! : 1);
    const unit = (unitWord ?? percentSign ?? '').toLowerCase().replace(/\s+/g, ' ');
    const tokens: string[] = [];
    if (unit === '%' || unit === 'percent' || unit === 'per cent' || unit === 'pct') tokens.push(`${TOKEN_PREFIX}${canonical(number)}p`);
    else if (unit in TONNES) tokens.push(`${TOKEN_PREFIX}${canonical(number * TONNES[unit]!)}t`);
    tokens.push(`${TOKEN_PREFIX}${canonical(Number(int!.replace(/,/g, '') + frac))}n`);
    out.push({ start: m.index, end: m.index + whole.length, text: whole, tokens });
  }
  return out;
}

/** The text with each quantity's tokens written after it: what the index reads. */
export function withQuantityTokens(text: string): string {
  const found = findQuantities(text);
  if (!found.length) return text;
  let out = '';
  let at = 0;
  for (const q of found) {
    out += `${text.slice(at, q.end)} ${q.tokens.join(' ')} `;
    at = q.end;
  }
  return out + text.slice(at);
}
