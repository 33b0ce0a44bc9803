import { describe, expect, test } from 'vitest';
import { findQuantities, withQuantityTokens } from '../../src/lib/search/quantities';
import { editDistance, Vocabulary, vocabularyText } from '../../src/lib/search/vocabulary';
import { landingUrl, landingWords, markQuantities, prepareQuery, stripTokens } from '../../src/lib/search/query';
import { prepareForIndex, vocabularyWords } from '../../src/lib/search/index-html';

const tokens = (text: string) => findQuantities(text).map((q) => q.tokens);

describe('quantities', () => {
  test('every spelling of one quantity has the same first token', () => {
    for (const text of ['20 Mt', '20 million tonnes', '20,000,000 t', '20000000 tonnes', '20 mt', '20\u00a0Mt', '20,000 kt']) {
      expect(tokens(text)[0]![0], text).toBe('zq20000000t');
    }
    for (const text of ['69.2%', '69.2 %', '69.2 percent', '69.2 per cent', '69.2 pct']) expect(tokens(text)[0]![0], text).toBe('zq69d2p');
  });

  test('a number is a number: "20" is not the start of "2024", and names with digits are not numbers', () => {
    expect(tokens('20')).toEqual([['zq20n']]);
    expect(tokens('in 2024')).toEqual([['zq2024n']]);
    expect(tokens('C5+1, B5+1, S.3103 and H.R.5917')).toEqual([]);
    expect(tokens('the leaders&#39; summit')).toEqual([]); // a character reference in the HTML the index reads
    expect(tokens('more than 20 Mt of metals')).toEqual([['zq20000000t', 'zq20n']]);
  });

  test('the index reads the tokens after each quantity; the text is otherwise unchanged', () => {
    expect(withQuantityTokens('more than 20 Mt of metal')).toBe('more than 20 Mt zq20000000t zq20n  of metal');
    expect(withQuantityTokens('no numbers')).toBe('no numbers');
  });
});

describe('the vocabulary', () => {
  const vocabulary = new Vocabulary(
    vocabularyText(['dysprosium', 'dysprosium', 'terbium', 'kazakhstan', 'jackson-vanik', 'licences', 'magnets', 'magnet', 'of']),
  );

  test('lists words of three letters or more, most frequent first', () => {
    expect(vocabularyText(['b', 'of', 'the', 'zinc', 'the', 'x2'])).toBe('the zinc');
  });

  test('finds the nearest word within one or two edits, keeping what the site already uses', () => {
    expect(vocabulary.nearest('dysprosum')).toBe('dysprosium');
    expect(vocabulary.nearest('dyprosium')).toBe('dysprosium');
    expect(vocabulary.nearest('terbuim')).toBe('terbium'); // a transposition is one edit
    expect(vocabulary.nearest('kazakstan')).toBe('kazakhstan');
    expect(vocabulary.nearest('terbium')).toBeUndefined();
    expect(vocabulary.nearest('magn')).toBeUndefined(); // still typing "magnets"
    expect(vocabulary.nearest('zirconium')).toBeUndefined(); // nothing close
    expect(vocabulary.nearest('jacksonvanik')).toBe('jackson-vanik');
  });

  test('edit distance counts insertions, deletions, substitutions and transpositions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  test('queries: dashes, quantities, misspellings and dashed compounds', () => {
    expect(prepareQuery('Jackson–Vanik')).toMatchObject({ search: 'Jackson-Vanik', words: ['Jackson-Vanik'] });
    expect(prepareQuery('20 million tonnes Kazakhstan')).toMatchObject({
      search: 'zq20000000t Kazakhstan',
      tokens: ['zq20000000t'],
      numbers: ['20'],
      words: ['Kazakhstan'],
    });
    expect(prepareQuery('20')).toMatchObject({ search: 'zq20n', words: [] });
    expect(prepareQuery('Dysprosum magnets', vocabulary)).toMatchObject({
      search: 'Dysprosium magnets',
      display: 'Dysprosium magnets',
      corrected: true,
    });
    expect(prepareQuery('Jackson Vanik', vocabulary)).toMatchObject({ search: 'Jackson-Vanik', corrected: true });
    // Two words the site also writes apart stay apart.
    const rare = new Vocabulary(vocabularyText(['rare', 'earths', 'rare-earths']));
    expect(prepareQuery('rare earths', rare)).toMatchObject({ search: 'rare earths', corrected: false });
    expect(prepareQuery('the licences of magnets', vocabulary)).toMatchObject({ corrected: false, words: ['licences', 'magnets'] });
  });
});

describe('excerpts and landing links', () => {
  test('the index tokens leave the excerpt, and the asked-for quantity is marked as the page writes it', () => {
    const excerpt = 'more than 20 Mt <mark>zq20000000t</mark> zq20n of metal, 2024 zq2024n .';
    const clean = stripTokens(excerpt);
    expect(clean).toBe('more than 20 Mt of metal, 2024.');
    expect(markQuantities(clean, ['zq20000000t'])).toEqual({ html: 'more than <mark>20 Mt</mark> of metal, 2024.', phrases: ['20 Mt'] });
    expect(markQuantities(clean, ['zq20n']).phrases).toEqual(['20 Mt']);
  });

  test('a word typed without its dash is marked on the landing page as the page writes it', () => {
    expect(landingWords(['JacksonVanik', 'provisions'], 'the <mark>Jackson–Vanik</mark> <mark>provisions,</mark>')).toEqual([
      'Jackson–Vanik',
      'provisions',
    ]);
  });

  test('a landing link carries one highlight parameter per word or phrase, and keeps its section', () => {
    expect(landingUrl('/notes/x/?highlight=jacksonvanik#jackson-vanik', ['Jackson-Vanik', '20 Mt'])).toBe(
      '/notes/x/?highlight=Jackson-Vanik&highlight=20%20Mt#jackson-vanik',
    );
    expect(landingUrl('/glossary/', [])).toBe('/glossary/');
  });
});

describe('what the index reads of a page', () => {
  const page = [
    '<html><body><nav>Menu 2024</nav><article data-pagefind-body>',
    '<h2 id="supply">Supply</h2><p>China mined 270,000 t in 2024.</p>',
    '<figure id="fig-production-2024"><figcaption>Production</figcaption><svg><text>270,000</text></svg>',
    '<details class="figure__data"><summary>Data table for Figure 1</summary><table><tr><td>Myanmar</td><td>31,000</td></tr></table></details>',
    '<p data-pagefind-ignore>Download CSV</p></figure>',
    '<p>After the figure, Jackson–Vanik.</p></article></body></html>',
  ].join('');
  const { html, words } = prepareForIndex(page);

  test('a figure’s data table is read as a section of its own, and the section resumes after the figure', () => {
    expect(html).toMatch(/<summary><h6 id="fig-production-2024">Data table for Figure 1[^<]*<\/h6><\/summary>/);
    expect(html).toContain('</figure><h6 id="supply" data-pagefind-weight="0">Supply</h6><p>After the figure');
  });

  test('quantities in the body carry their tokens; charts and navigation do not', () => {
    expect(html).toContain('270,000 t zq270000t zq270000n');
    expect(html).toContain('<svg><text>270,000</text></svg>');
    expect(html).toContain('<nav>Menu 2024</nav>');
  });

  test('the vocabulary holds the body’s words, not those of charts, navigation or ignored parts', () => {
    expect(words).toContain('myanmar');
    expect(words).toContain('jackson-vanik');
    expect(words).not.toContain('menu');
    expect(words).not.toContain('download');
    expect(vocabularyWords('China’s rare–earth')).toEqual(['china', 'rare-earth']);
  });
});
