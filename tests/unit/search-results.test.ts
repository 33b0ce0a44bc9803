import { describe, expect, test } from 'vitest';
import {
  markedTerms,
  orderResults,
  rankSections,
  unmatchedWords,
  resultCountText,
  resultKind,
  toResultView,
  type PagefindResultData,
} from '../../src/lib/search/results';

const sub = (id: string | undefined, scores: number[]) => ({
  title: id ?? 'Top',
  url: id ? `/b/x/?highlight=q#${id}` : '/b/x/?highlight=q',
  excerpt: `excerpt ${id}`,
  anchor: id ? { element: 'h2', id, location: 0 } : undefined,
  locations: scores.map((_, i) => i),
  weighted_locations: scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i })),
});

describe('search results', () => {
  const data: PagefindResultData = {
    url: '/b/x/',
    excerpt: 'page excerpt',
    meta: { title: 'Page', date: '2026-11-26' },
    filters: { kind: ['briefing'] },
    sub_results: [sub(undefined, [1]), sub('weak', [2]), sub('strong', [5, 4]), sub('tie', [2])],
  };

  test('the section with the most weighted matches comes first; ties keep page order; the page top comes last', () => {
    expect(rankSections(data, 4).map((s) => s.id)).toEqual(['strong', 'weak', 'tie', undefined]);
  });

  test('a section that matches more of the query words beats one with a higher score', () => {
    const two = { ...sub('both', [1]), excerpt: 'the <mark>neodymium</mark> in <mark>magnets</mark>' };
    const one = { ...sub('one', [9, 9]), excerpt: '<mark>magnets</mark> and <mark>Magnets</mark>' };
    expect(rankSections({ ...data, sub_results: [one, two] }).map((s) => s.id)).toEqual(['both', 'one']);
  });

  test('the key points and other summary boxes give way to a body section that matches as well', () => {
    const keyPoints = { ...sub('key-points', [40]), excerpt: '<mark>Kundybai</mark>' };
    const body = { ...sub('deposit-base', [2]), excerpt: '<mark>Kundybai</mark>' };
    expect(rankSections({ ...data, sub_results: [keyPoints, body] }).map((s) => s.id)).toEqual(['deposit-base', 'key-points']);
  });

  test('a section whose heading names the word beats one that only mentions it more often', () => {
    const overview = {
      ...sub('overview', [9, 9]),
      title: 'Many instruments, few firm commitments',
      excerpt: 'a <mark>tungsten</mark> venture',
    };
    const named = {
      ...sub('jv', [1]),
      title: 'The 2025 memorandum and the tungsten venture',
      excerpt: 'the <mark>tungsten</mark> deposits',
    };
    expect(rankSections({ ...data, sub_results: [overview, named] })[0]!.id).toBe('jv');
  });

  test('of two sections that match as many words, the one with the word few sections share wins over a heading match', () => {
    const headed = {
      ...sub('why-controls', [9]),
      title: 'Why export controls matter',
      excerpt: '<mark>export</mark> <mark>controls</mark>',
    };
    const other = { ...sub('status', [9]), title: 'Status', excerpt: '<mark>export</mark> <mark>controls</mark>' };
    const gallium = { ...sub('related-measure', [1]), title: 'A related measure', excerpt: '<mark>exports</mark> of <mark>gallium</mark>' };
    const query = ['export', 'controls', 'gallium'];
    expect(rankSections({ ...data, sub_results: [headed, other, gallium] }, 3, query)[0]!.id).toBe('related-measure');
  });

  test('forms of one word count once: a section marked "controls" and "control," does not outrank one that names "export controls"', () => {
    expect([
      ...markedTerms(
        '<mark>Controls</mark>, <mark>control,</mark> <mark>China’s</mark> <mark>China</mark> <mark>C5+1</mark> <mark>process</mark>',
      ),
    ]).toEqual(['control', 'china', 'c5+1', 'process']);
    const rules = {
      ...sub('rules-at-home', [3, 3]),
      title: 'Rules at home',
      excerpt: 'quantity <mark>controls</mark> … not an <mark>export</mark> <mark>control,</mark> but',
    };
    const why = {
      ...sub('why-controls', [2]),
      title: 'Why export controls matter more than quotas',
      excerpt: 'Why <mark>export</mark> <mark>controls</mark> matter',
    };
    expect(rankSections({ ...data, sub_results: [rules, why] }).map((s) => s.id)).toEqual(['why-controls', 'rules-at-home']);
  });

  test('the top of the page wins only when no section matches as many words', () => {
    const top = { ...sub(undefined, [50]), excerpt: '<mark>thorium</mark>' };
    const section = { ...sub('tailings', [1]), excerpt: '<mark>thorium</mark>' };
    expect(rankSections({ ...data, sub_results: [top, section] })[0]!.id).toBe('tailings');
  });

  test('a result view links to its best section and keeps kind and date, written out as on the page', () => {
    const view = toResultView(data);
    expect(view.sections[0]).toMatchObject({ id: 'strong', url: '/b/x/?highlight=q#strong' });
    expect(view.sections).toHaveLength(3);
    expect(view).toMatchObject({ pageTitle: 'Page', kind: 'reference', date: '26 November 2026' });
  });

  test('a page without sections falls back to the page itself', () => {
    const view = toResultView({ url: '/n/y/', excerpt: 'e', meta: { title: 'Note' } });
    expect(view.sections).toEqual([
      { title: 'Note', url: '/n/y/', excerpt: 'e', id: undefined, score: 0, terms: 0, exact: 0, heading: false, figure: false },
    ]);
  });

  test('a match in a figure’s data table gives way to prose that matches as many words, never to one that matches fewer', () => {
    const table = { ...sub('fig-production-2024', [9]), excerpt: '<mark>Myanmar</mark> <mark>production</mark>' };
    const prose = { ...sub('china-position', [1]), excerpt: '<mark>Myanmar</mark> and <mark>production</mark>' };
    const thin = { ...sub('other', [1]), excerpt: '<mark>Myanmar</mark>' };
    expect(rankSections({ ...data, sub_results: [table, prose] }).map((s) => s.id)).toEqual(['china-position', 'fig-production-2024']);
    expect(rankSections({ ...data, sub_results: [thin, table] }).map((s) => [s.id, s.figure])).toEqual([
      ['fig-production-2024', true],
      ['other', false],
    ]);
  });

  test('a section the index read in two parts, before and after a figure, is listed once', () => {
    const before = { ...sub('overview', [3]), excerpt: '<mark>quota</mark>' };
    const after = { ...sub('overview', [1]), excerpt: '<mark>quota</mark>' };
    expect(rankSections({ ...data, sub_results: [before, after] }).map((s) => s.id)).toEqual(['overview']);
  });

  test('pages answered in prose come before pages answered only by a table, when they match as many words', () => {
    const page = (url: string, id: string) =>
      toResultView({ url, excerpt: '', meta: { title: url }, sub_results: [{ ...sub(id, [1]), excerpt: '<mark>gallium</mark>' }] });
    const timeline = page('/timeline/', 'fig-partnership-timeline');
    const briefing = page('/briefings/china-export-controls/', 'a-related-measure');
    expect(orderResults([timeline, briefing]).map((v) => v.pageUrl)).toEqual(['/briefings/china-export-controls/', '/timeline/']);
  });

  test('among pages that match as many words, one that has them exactly as typed comes first', () => {
    const page = (url: string, excerpt: string) =>
      toResultView({ url, excerpt: '', meta: { title: url }, sub_results: [{ ...sub('s', [1]), excerpt }] }, ['price', 'floor']);
    const loose = page('/briefings/a/', '<mark>pricing</mark> and <mark>floor</mark>');
    const exact = page('/notes/b/', 'a <mark>price</mark> <mark>floor</mark>');
    expect(orderResults([loose, exact]).map((v) => v.pageUrl)).toEqual(['/notes/b/', '/briefings/a/']);
  });

  test('a query word that no result marks in a recognisable form is reported, as a sign of a misspelling', () => {
    const view = (excerpt: string) => toResultView({ url: '/b/x/', excerpt: '', meta: {}, sub_results: [{ ...sub('s', [1]), excerpt }] });
    const views = [view('H.R.4219 (114 <mark>th</mark> Congress)'), view('<mark>exports</mark> and <mark>Jackson–Vanik</mark>')];
    expect(unmatchedWords(views, ['thorum', 'export', 'Jackson', 'zq20n', 'of'])).toEqual(['thorum']);
  });

  test('every result has a kind read from its address; the sources page is not "data"', () => {
    expect(
      [
        '/briefings/x/',
        '/notes/y/#z',
        '/partnerships/eu-kazakhstan/',
        '/glossary/#ndfeb',
        '/sources/#s12',
        '/timeline/',
        '/elements/',
        '/data/',
      ].map(resultKind),
    ).toEqual(['briefing', 'note', 'partnership', 'glossary', 'source', 'reference', 'reference', 'reference']);
  });

  test('the count line reads naturally', () => {
    expect(resultCountText(1, 'thorium')).toBe('1 result for “thorium”');
    expect(resultCountText(12, 'export licences')).toBe('12 results for “export licences”');
    expect(resultCountText(23, 'China', 10)).toBe('23 results for “China”, showing 1–10');
    expect(resultCountText(0, 'xyz')).toMatch(/^No results for “xyz”/);
  });
});
