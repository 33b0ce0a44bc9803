import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Value from '../../src/components/Value.astro';
import { factText, requireFact } from '../../src/lib/data/facts';
import { loadDatasets } from '../../src/lib/data/load';

const d = loadDatasets();

describe('facts for prose', () => {
  test('print with their unit and comparator', () => {
    expect(factText(requireFact(d, 'F01'))).toBe('390,000 t REO');
    expect(factText(requireFact(d, 'F04'))).toBe('69.2%');
    expect(factText(requireFact(d, 'F07'))).toBe('more than 90 Mt REO');
    expect(factText(requireFact(d, 'F07'), { unit: 'short' })).toBe('more than 90 Mt');
    expect(factText(requireFact(d, 'F11'))).toBe('USD 260 million');
  });

  test('an unknown key names the key and its closest matches', () => {
    expect(() => requireFact(d, 'F4')).toThrow(/<Value>: unknown fact "F4"\. Did you mean "F04"/);
    expect(() => requireFact(d, 'F14')).toThrow(/Did you mean "F14a", "F14b" or "F14c"\?/);
  });
});

describe('<Value>', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });

  test('renders the formatted value in a <data> element with the raw value, linked to its row in the facts table', async () => {
    const html = await container.renderToString(Value, { props: { fact: 'F01' } });
    expect(html).toMatch(/<data class="value" value="390000" data-fact="F01"><a href="\/data\/#fact-f01">390,000 t REO<\/a><\/data>/);
  });

  test('marks tier C figures as secondary', async () => {
    const weak = await container.renderToString(Value, { props: { fact: 'F31' } });
    expect(weak).toMatch(/more than 100 deposits<\/a><span class="value__tier"> \(secondary source\)<\/span>/);
  });

  test('an unknown fact fails the render', async () => {
    await expect(container.renderToString(Value, { props: { fact: 'F999' } })).rejects.toThrow(/unknown fact "F999"/);
  });
});
