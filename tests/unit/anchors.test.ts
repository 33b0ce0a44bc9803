import { describe, expect, test } from 'vitest';
import { createAnchorRegistry, isValidPinnedId, RESERVED_IDS, sectionLinkLabel } from '../../src/lib/anchors';
import { buildToc } from '../../src/lib/page/toc';

describe('anchor registry', () => {
  test('slugs heading text GitHub-style', () => {
    const r = createAnchorRegistry([]);
    expect(r.slug('China’s export controls: 2023–2025')).toBe('chinas-export-controls-20232025');
    expect(r.slug('Zhana Kazakhstan / Kuirektykol')).toBe('zhana-kazakhstan--kuirektykol');
  });

  test('repeated headings get numbered ids, so every id on a page is unique', () => {
    const r = createAnchorRegistry([]);
    expect([r.slug('Risks'), r.slug('Risks'), r.slug('Risks')]).toEqual(['risks', 'risks-1', 'risks-2']);
  });

  test('a heading that would take a layout id gets a suffix instead', () => {
    const r = createAnchorRegistry();
    expect(RESERVED_IDS).toContain('key-points');
    expect(r.slug('Key points')).toBe('key-points-1');
  });

  test('a pinned id is kept, and later automatic slugs step around it', () => {
    const r = createAnchorRegistry([]);
    expect(r.pin('supply-risk')).toBe('supply-risk');
    expect(r.slug('Supply risk')).toBe('supply-risk-1');
  });

  test('an automatic slug never equals a pinned id even when the suffix would collide', () => {
    const r = createAnchorRegistry([]);
    r.pin('risks-1');
    expect([r.slug('Risks'), r.slug('Risks')]).toEqual(['risks', 'risks-2']);
  });

  test('a pinned id used twice, or a reserved one, fails with a reason', () => {
    const r = createAnchorRegistry();
    r.pin('outlook');
    expect(() => r.pin('outlook')).toThrow(/"outlook" is used twice: another heading on this page already uses it/);
    expect(() => r.pin('sources')).toThrow(/reserved for the page layout/);
  });

  test('pinned ids must be lowercase ASCII slugs', () => {
    expect(isValidPinnedId('supply-risk-2025')).toBe(true);
    for (const bad of ['Supply', 'supply_risk', '-x', 'x--y', '2025', 'ünï', 'a b']) expect(isValidPinnedId(bad)).toBe(false);
    expect(() => createAnchorRegistry().pin('Supply Risk')).toThrow(/not valid/);
  });

  test('self-links have an accessible name that names the section', () => {
    expect(sectionLinkLabel('  Outlook ')).toBe('Link to this section: Outlook');
  });
});

describe('table of contents', () => {
  test('nests h3 under the preceding h2, drops h4 and the generated footnotes heading', () => {
    const toc = buildToc([
      { depth: 3, slug: 'early', text: 'Early h3' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A.1' },
      { depth: 4, slug: 'a1x', text: 'deep' },
      { depth: 2, slug: 'b', text: ' B ' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ]);
    expect(toc).toEqual([
      { slug: 'early', text: 'Early h3', children: [] },
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A.1' }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});
