import { describe, expect, test } from 'vitest';
import { briefing, briefingEntry } from '../../scripts/lib/bench-corpus';
import { CHART_IDS } from '../../src/lib/charts/chart-ids';
import { briefingSchema } from '../../src/schemas/briefing';
import { topicIds } from '../../src/schemas/topics';

// `npm run bench` builds these with the site's own schema; a synthetic briefing the schema refuses fails the
// benchmark's build, which no other test runs.
describe('the benchmark’s synthetic briefings', () => {
  test('pass the briefing schema', () => {
    for (let i = 0; i < 40; i++) {
      const result = briefingSchema.safeParse(briefingEntry(i, CHART_IDS, topicIds).data);
      expect(result.error?.issues ?? [], `briefing ${i + 1}`).toEqual([]);
    }
  });

  test('write the same frontmatter into the MDX file', () => {
    const mdx = briefing(3, CHART_IDS, topicIds);
    const lines = mdx.split('\n---\n')[0]!.split('\n').slice(1);
    const data = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')), JSON.parse(l.slice(l.indexOf(':') + 1))]));
    expect(data).toEqual(briefingEntry(3, CHART_IDS, topicIds).data);
  });
});
