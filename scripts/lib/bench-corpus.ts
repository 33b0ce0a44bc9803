/**
 * The benchmark's synthetic corpus: N briefings of about 1,500 words, each with six `##` sections, `###`
 * subsections, a bullet list, a GFM table, GFM footnotes and two `<Figure chart="…" />` lines.
 *
 * Deterministic: every random choice comes from a seeded generator (mulberry32), seeded per page, so a page
 * reads the same whatever N is and whichever variant (with or without charts) is built. The text is made of
 * a small list of neutral English words arranged into plain sentences; it never says "lorem", "TODO" or
 * "TBD", which the site's own content checks would flag and which read as placeholders.
 */

/** mulberry32: a tiny, well-mixed 32-bit generator; enough for choosing words, and the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const between = (r: Random, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// Word classes, so sentences have the rhythm of prose (articles, prepositions, verbs) rather than a bag of
// nouns; that keeps the search index and gzip ratios closer to those of real text.
const ADJECTIVES = ('annual regional national early late final main local public private open formal joint current ' +
  'modest large small steady rapid careful broad narrow direct shared separate recent former major minor').split(' ');
const NOUNS = ('report review plan market price supply demand contract partner project council office budget ' +
  'schedule survey study region border harbour railway factory plant worker engineer buyer seller agency ' +
  'committee meeting treaty measure decision outcome estimate forecast record licence permit standard method ' +
  'network route season quarter decade capital reserve deposit sample laboratory process product share sector').split(' ');
const VERBS = ('supports reduces extends follows requires describes improves delays confirms limits shapes ' +
  'reviews measures explains changes affects balances connects favours guides informs links prepares records').split(' ');
const PREPOSITIONS = 'in across within under after before beyond through between along'.split(' ');
const LINKS = ['while', 'because', 'although', 'and', 'so', 'whereas'];

const article = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** A plain sentence of roughly 10 to 20 words: one or two clauses. */
function sentence(r: Random): string {
  const object = () => (r() < 0.5 ? `the ${pick(r, NOUNS)}` : article(pick(r, NOUNS)));
  const clause = () =>
    `the ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)} ${pick(r, VERBS)} ${object()} ${pick(r, PREPOSITIONS)} the ${pick(r, ADJECTIVES)} ${pick(r, NOUNS)}`;
  const text = r() < 0.6 ? `${clause()}, ${pick(r, LINKS)} ${clause()}` : clause();
  return `${capitalise(text)}.`;
}

const paragraph = (r: Random, sentences: number) => Array.from({ length: sentences }, () => sentence(r)).join(' ');

/** A short heading such as "2.1 Regional supply and budget"; the number keeps it unique on the page. */
function heading(r: Random, label: string): string {
  const first = pick(r, NOUNS);
  const second = pick(r, NOUNS.filter((n) => n !== first));
  return `${label} ${capitalise(pick(r, ADJECTIVES))} ${first} and ${second}`;
}

export interface CorpusOptions {
  /** Chart ids to cycle through (from chartIds() in src/lib/charts); at least two. */
  chartIds: readonly string[];
  /** The fixed topic list (src/schemas/topics.ts). */
  topics: readonly string[];
}

export interface BriefingFile {
  /** File name without extension; the page is /briefings/<slug>/. */
  slug: string;
  /** The MDX text, with its two <Figure> lines. */
  mdx: string;
  /** Words of prose (headings, paragraphs, list, table, footnotes, key points, summary), markup aside. */
  words: number;
  /** The chart ids this page shows, in order. */
  figures: [string, string];
}

const FIGURE_LINE = /^<Figure chart="[^"]*" \/>\n\n/gm;

/** The same page without its figures: the `--no-charts` variant and the baseline build use this text. */
export function withoutFigures(mdx: string): string {
  return mdx.replace(FIGURE_LINE, '');
}

/** Counts words in prose: frontmatter keys, markup and chart ids are not words a reader reads. */
function countWords(mdx: string): number {
  const prose = withoutFigures(mdx)
    .replace(/^(title|published|topics|version|keyPoints|summary):/gm, '')
    .replace(/\[\^\d+\]/g, '')
    .replace(/^---$/gm, '');
  return (prose.match(/[A-Za-z]+/g) ?? []).length;
}

/** One briefing (index from 0). Its figures cycle through the chart ids two at a time, never twice a page. */
export function briefing(index: number, { chartIds, topics }: CorpusOptions): BriefingFile {
  if (chartIds.length < 2) throw new Error(`the corpus needs at least two chart ids; got ${chartIds.join(', ') || 'none'}`);
  const r = mulberry32(0x5eed + index);
  const number = String(index + 1).padStart(4, '0');
  // Consecutive positions in the cycle, so N pages show every chart about 2N/k times, evenly.
  const figures: [string, string] = [chartIds[(2 * index) % chartIds.length]!, chartIds[(2 * index + 1) % chartIds.length]!];

  // Published dates walk back from 2026-06-30 in weekly steps, so listings have a stable, varied order.
  const published = new Date(Date.UTC(2026, 5, 30) - ((index * 7) % 1400) * 86_400_000).toISOString().slice(0, 10);
  const topicCount = between(r, 1, 3);
  // A seeded shuffle of the fixed topics; the first one to three become the page's topics.
  const shuffled = topics.map((t) => ({ t, k: r() })).sort((a, b) => a.k - b.k).map((x) => x.t);
  const summary = `${sentence(r)} ${sentence(r)}`;
  const keyPoints = Array.from({ length: between(r, 3, 5) }, () => sentence(r));

  const body: string[] = [];
  const footnotes: string[] = [];
  for (let s = 1; s <= 6; s++) {
    body.push(`## ${heading(r, `${s}.`)}`, '', paragraph(r, 4), '');
    if (s === 2 || s === 5) body.push(`<Figure chart="${figures[s === 2 ? 0 : 1]}" />`, '');
    if (s === 2) {
      body.push(...Array.from({ length: 5 }, () => `- ${sentence(r)}`), '');
    }
    if (s === 3) {
      body.push('| Measure | 2023 | 2024 | Change |', '| :-- | --: | --: | --: |');
      for (let row = 0; row < 5; row++) {
        const a = between(r, 100, 9000);
        const b = between(r, 100, 9000);
        body.push(`| ${capitalise(pick(r, ADJECTIVES))} ${pick(r, NOUNS)} | ${a} | ${b} | ${(((b - a) / a) * 100).toFixed(1)}% |`);
      }
      body.push('');
    }
    for (let sub = 1; sub <= 2; sub++) {
      let text = paragraph(r, 4);
      if (s === 4) {
        // Two footnotes, referenced from the fourth section and defined at the end, as GFM expects.
        const n = footnotes.length + 1;
        text += `[^${n}]`;
        footnotes.push(`[^${n}]: ${sentence(r)}`);
      }
      body.push(`### ${heading(r, `${s}.${sub}`)}`, '', text, '');
    }
  }

  const mdx = [
    '---',
    `title: ${JSON.stringify(`Synthetic briefing ${number}: ${heading(r, '').trim()}`)}`,
    `summary: ${JSON.stringify(summary)}`,
    `published: ${published}`,
    `topics: [${shuffled.slice(0, topicCount).join(', ')}]`,
    'keyPoints:',
    ...keyPoints.map((k) => `  - ${JSON.stringify(k)}`),
    'version: "1.0"',
    '---',
    '',
    ...body,
    ...footnotes.flatMap((f) => [f, '']),
  ].join('\n');

  // Guards: the corpus must be valid for the schema and free of placeholder words, or the benchmark lies.
  if (summary.length < 40 || summary.length > 600) throw new Error(`bench corpus: summary of ${summary.length} characters`);
  if (/lorem|\btodo\b|\btbd\b/i.test(mdx)) throw new Error('bench corpus: placeholder word in the text');
  return { slug: `bench-${number}`, mdx, words: countWords(mdx), figures };
}

/** The whole corpus, in page order. */
export function corpus(n: number, options: CorpusOptions): BriefingFile[] {
  return Array.from({ length: n }, (_, i) => briefing(i, options));
}
