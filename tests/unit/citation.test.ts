import { describe, expect, test } from 'vitest';
import { bibtex, bibtexEscape, citationText, ris, type CitationInput } from '../../src/lib/citations/citation';

const entry: CitationInput = {
  slug: 'kazakhstan-potential',
  kind: 'briefing',
  title: 'Kazakhstan’s rare earth potential: R&D, 50% claims and {forecasts}',
  siteName: 'Rare Earths Briefing',
  version: '1.2',
  published: new Date('2026-11-20T00:00:00Z'),
  updated: new Date('2026-12-03T00:00:00Z'),
  url: 'https://ree-briefings.example/briefings/kazakhstan-potential/',
};

describe('citations', () => {
  test('the plain citation names the site, title, kind, version, the version’s date and the URL', () => {
    expect(citationText(entry)).toBe(
      'Rare Earths Briefing. “Kazakhstan’s rare earth potential: R&D, 50% claims and {forecasts}.” Briefing, version 1.2, 3 December 2026. https://ree-briefings.example/briefings/kazakhstan-potential/',
    );
    expect(citationText({ ...entry, kind: 'note', updated: undefined })).toContain('Policy note, version 1.2, 20 November 2026.');
  });

  test('BibTeX: a techreport with a corporate author and escaped special characters', () => {
    expect(bibtex(entry)).toBe(
      [
        '@techreport{ree-kazakhstan-potential-v1-2,',
        '  title = {Kazakhstan’s rare earth potential: R\\&D, 50\\% claims and \\{forecasts\\}},',
        '  author = {{Rare Earths Briefing}},',
        '  institution = {Rare Earths Briefing},',
        '  type = {Briefing},',
        '  year = {2026},',
        '  month = dec,',
        '  note = {Version 1.2},',
        '  url = {https://ree-briefings.example/briefings/kazakhstan-potential/}',
        '}',
        '',
      ].join('\n'),
    );
    expect(bibtex({ ...entry, kind: 'note' })).toMatch(/^@misc\{[^]*howpublished = \{Policy note\}/);
    expect(bibtexEscape('a\\b~c^d_e#f$g')).toBe('a\\textbackslash{}b\\textasciitilde{}c\\textasciicircum{}d\\_e\\#f\\$g');
  });

  test('RIS: tagged lines with CRLF endings and an end-of-record tag', () => {
    const text = ris(entry);
    expect(text.split('\r\n')).toEqual([
      'TY  - RPRT',
      'TI  - Kazakhstan’s rare earth potential: R&D, 50% claims and {forecasts}',
      'AU  - Rare Earths Briefing',
      'PB  - Rare Earths Briefing',
      'PY  - 2026',
      'DA  - 2026/12/03',
      'ET  - Version 1.2',
      'M3  - Briefing',
      'UR  - https://ree-briefings.example/briefings/kazakhstan-potential/',
      'ER  - ',
      '',
    ]);
  });
});
