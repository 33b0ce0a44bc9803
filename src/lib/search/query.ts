import { findQuantities, TOKEN_PATTERN } from './quantities.ts';
import type { Vocabulary } from './vocabulary.ts';

/**
 * A reader's query as the search page sends it to Pagefind, and the terms it marks. Pure, unit-tested.
 *  - Any dash between letters becomes a hyphen, which Pagefind reads like the en dash of the text.
 *  - Quantities become their tokens (quantities.ts): "20 million tonnes" and "20 Mt" meet, "20" is a number.
 *  - With the site’s vocabulary, two words the site writes with a dash
 *    are joined by one ("Jackson Vanik"), and a misspelt word becomes the nearest word the site uses.
 */
export interface PreparedQuery {
  /** What Pagefind is asked. */
  search: string;
  /** The query as the reader would write the corrected form: shown in "Did you mean". */
  display: string;
  /** Words to mark in excerpts and on the landing page (no short or common words, no tokens). */
  words: string[];
  /** Quantity tokens asked for, and the numbers in them: "20 Mt" is found as "20 Mt" on the page. */
  tokens: string[];
  numbers: string[];
  /** Whether the vocabulary changed any word. */
  corrected: boolean;
}

const DASH_BETWEEN_LETTERS = /(?<=[\p{L}\p{N}])[‐‑‒–—−](?=[\p{L}\p{N}])/gu;
const STOP = new Set('a an and are as at be by for from in into is it of on or the to was were with'.split(' '));

/** A correction written as the reader wrote the word: "Kazakstan" → "Kazakhstan". */
function sameCase(original: string, word: string): string {
  return /^\p{Lu}/u.test(original) ? word[0]!.toUpperCase() + word.slice(1) : word;
}

export function prepareQuery(raw: string, vocabulary?: Vocabulary): PreparedQuery {
  const text = raw.replace(DASH_BETWEEN_LETTERS, '-').replace(/\s+/g, ' ').trim();
  const tokens: string[] = [];
  const numbers: string[] = [];
  let rest = '';
  let at = 0;
  for (const q of findQuantities(text)) {
    rest += `${text.slice(at, q.start)} \u0000${tokens.length} `;
    tokens.push(q.tokens[0]!);
    numbers.push(q.text.match(/^[\d,.]+/)![0]);
    at = q.end;
  }
  rest += text.slice(at);
  let words = rest.split(' ').filter(Boolean);
  let corrected = false;
  if (vocabulary) {
    const joined: string[] = [];
    for (let i = 0; i < words.length; i++) {
      // Joined only when the site never writes one of the two words alone: "Jackson Vanik", not "rare earths".
      const next = words[i + 1];
      const pair =
        next !== undefined && !(vocabulary.has(words[i]!) && vocabulary.has(next))
          ? vocabulary.dashedForm(`${words[i]} ${next}`)
          : undefined;
      if (pair && !words[i]!.startsWith('\u0000')) {
        joined.push(`${sameCase(words[i]!, pair.split('-')[0]!)}-${sameCase(words[i + 1]!, pair.split('-').slice(1).join('-'))}`);
        i++;
        corrected = true;
        continue;
      }
      const word = words[i]!;
      const near = word.startsWith('\u0000') ? undefined : vocabulary.nearest(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, ''));
      if (near) corrected = true;
      joined.push(near ? sameCase(word, near) : word);
    }
    words = joined;
  }
  const search = words.map((w) => (w.startsWith('\u0000') ? tokens[Number(w.slice(1))]! : w)).join(' ');
  const display = words.map((w) => (w.startsWith('\u0000') ? findQuantities(text)[Number(w.slice(1))]!.text : w)).join(' ');
  const marked = words
    .filter((w) => !w.startsWith('\u0000'))
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, ''))
    .filter((w) => w.length > 1 && !STOP.has(w.toLowerCase()));
  return { search, display, words: [...new Set(marked)], tokens, numbers, corrected };
}

/** Pagefind's excerpt without the index's quantity tokens (and their marks). */
export function stripTokens(excerpt: string): string {
  return excerpt
    .replace(/\s*<mark>(zq[0-9d]+[tpn])<\/mark>/g, '')
    .replace(new RegExp(`\\s*${TOKEN_PATTERN.source}`, 'g'), '')
    .replace(/\s+([,.;:)])/g, '$1');
}

/**
 * Marks in an excerpt (HTML escaped by Pagefind, with its own marks) the quantities the query asked for:
 * "20 Mt" for a query "20 million tonnes". Returns the excerpt and the phrases it marked.
 */
export function markQuantities(excerpt: string, tokens: readonly string[]): { html: string; phrases: string[] } {
  if (!tokens.length) return { html: excerpt, phrases: [] };
  const phrases: string[] = [];
  const html = excerpt
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) return part;
      let out = '';
      let at = 0;
      for (const q of findQuantities(part)) {
        if (!q.tokens.some((t) => tokens.includes(t))) continue;
        out += `${part.slice(at, q.start)}<mark>${q.text}</mark>`;
        at = q.end;
        phrases.push(q.text.replace(/[\s\u00a0\u202f]+/g, ' '));
      }
      return out + part.slice(at);
    })
    .join('');
  return { html, phrases: [...new Set(phrases)] };
}

/**
 * The words to mark on the landing page: the query's words, each written as the excerpt writes it when
 * only dashes differ ("JacksonVanik" is marked as "Jackson–Vanik", which the landing page can find).
 */
export function landingWords(words: readonly string[], excerpt: string): string[] {
  const marked = [...excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+]+$/gu, ''));
  const bare = (w: string) => w.toLowerCase().replace(/[-‐‑‒–—]/g, '');
  return words.map((w) => marked.find((m) => m !== w && bare(m) === bare(w)) ?? w);
}

/** A result's link with the highlight terms the landing page marks (one parameter per word or phrase). */
export function landingUrl(pagefindUrl: string, terms: readonly string[]): string {
  const [beforeHash, hash] = pagefindUrl.split('#');
  const url = new URL(beforeHash!, 'https://x.invalid');
  url.searchParams.delete('highlight');
  for (const t of terms) url.searchParams.append('highlight', t);
  const search = url.searchParams.toString().replace(/\+/g, '%20');
  return `${url.pathname}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}
