import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { references } from '../../src/lib/markdown/references';
import { sectionAnchors } from '../../src/lib/markdown/section-anchors';

/** Compiles an MDX body with the site's own Markdown plugins, as the build does, as if it were `file`. */
function compile(body: string, file = 'src/content/briefings/x.mdx') {
  return mdxToJs(body, {
    features: { headingAttributes: true, gfm: true },
    hastPlugins: [sectionAnchors(), references()],
    fileURL: pathToFileURL(path.resolve(file)),
  });
}

describe('the Markdown checks stop a bad briefing, naming its file and line', () => {
  test('a known chart, source and fact compile', () => {
    expect(() => compile('<Figure chart="production-2024" />\n\nText <Cite s="S01" /> and <Value fact="F01" />.\n')).not.toThrow();
  });

  test.each([
    [
      'unknown chart',
      '## Chart\n\n<Figure chart="production-2042" />\n',
      /^src\/content\/briefings\/x\.mdx(:3)?: <Figure chart="production-2042">: unknown chart id "production-2042"\. Did you mean "production-2024"/,
    ],
    [
      'unknown source',
      '## Claim\n\nA claim <Cite s="S01 S99" />.\n',
      /^src\/content\/briefings\/x\.mdx:3: <Cite s="S99">: unknown source id "S99"/,
    ],
    [
      'unknown fact',
      '## Number\n\nA number: <Value fact="F4" />.\n',
      /^src\/content\/briefings\/x\.mdx:3: <Value fact="F4">: unknown fact id "F4" \(data\/facts\.csv\)\. Did you mean "F04"/,
    ],
    [
      'pinned id used twice',
      '## First {#same}\n\n## Second {#same}\n',
      /^src\/content\/briefings\/x\.mdx:3: pinned heading id "same" is used twice/,
    ],
  ])('%s', (_name, body, message) => {
    expect(() => compile(body)).toThrow(message);
  });

  test('an unclosed component is an MDX syntax error', () => {
    expect(() => compile('An unclosed component <Value fact="F01"\n\nand more text.\n')).toThrow();
  });
});
