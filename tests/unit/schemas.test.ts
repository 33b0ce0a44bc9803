import { describe, expect, test } from 'vitest';
import { briefingSchema } from '../../src/schemas/briefing';
import { noteSchema } from '../../src/schemas/note';

const validBriefing = {
  title: 'A briefing title',
  summary: 'One paragraph that says what the reader will learn from this briefing, in a sentence or two.',
  published: '2026-11-20',
  evidenceAsOf: '2025-11-09',
  topics: ['kazakhstan', 'supply'],
  keyPoints: ['The first thing to know about it.', 'The second thing to know about it.'],
  version: '1.0',
};

function issues(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('briefing frontmatter', () => {
  test('a complete briefing is accepted, with dates parsed and defaults applied', () => {
    const parsed = briefingSchema.parse(validBriefing);
    expect(parsed.published).toEqual(new Date('2026-11-20T00:00:00Z'));
    expect(parsed.status).toBe('published');
    expect(parsed.changelog).toEqual([]);
  });

  test('an unknown topic names the field and lists the allowed topics', () => {
    const msgs = issues(briefingSchema.safeParse({ ...validBriefing, topics: ['mining'] }));
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatch(
      /^topics\.0: expected one of strategy, partnerships, challenges, supply, kazakhstan, china, policy; got "mining"/,
    );
  });

  test('a summary of two paragraphs is refused', () => {
    const msgs = issues(
      briefingSchema.safeParse({ ...validBriefing, summary: `${validBriefing.summary}\n\nA second paragraph that should not be here.` }),
    );
    expect(msgs).toEqual(['summary: expected a single paragraph (no blank lines)']);
  });

  test('a date that is not a date says what format is expected', () => {
    const msgs = issues(briefingSchema.safeParse({ ...validBriefing, published: 'last Tuesday' }));
    expect(msgs[0]).toMatch(/^published: expected a date written as YYYY-MM-DD/);
  });

  test('updated before published is refused on the updated field', () => {
    const msgs = issues(briefingSchema.safeParse({ ...validBriefing, updated: '2026-01-01' }));
    expect(msgs).toEqual(['updated: expected `updated` to be on or after `published`']);
  });

  test('evidenceAsOf is required and may not be later than the last change', () => {
    const { evidenceAsOf: _e, ...rest } = validBriefing;
    expect(issues(briefingSchema.safeParse(rest))[0]).toMatch(/^evidenceAsOf: expected a date written as YYYY-MM-DD/);
    expect(issues(briefingSchema.safeParse({ ...validBriefing, evidenceAsOf: '2026-12-01' }))).toEqual([
      'evidenceAsOf: expected `evidenceAsOf` to be on or before the last change (`updated` or `published`)',
    ]);
  });

  test('missing key points, a malformed version and an unknown field are each reported', () => {
    const { keyPoints: _kp, ...rest } = validBriefing;
    const msgs = issues(briefingSchema.safeParse({ ...rest, version: '1', colour: 'red' }));
    expect(msgs.some((m) => m.startsWith('keyPoints:'))).toBe(true);
    expect(msgs).toContain('version: expected a version such as "1.0" (major.minor)');
    expect(msgs.some((m) => m.includes('colour'))).toBe(true);
  });

  test('a repeated topic is refused', () => {
    expect(issues(briefingSchema.safeParse({ ...validBriefing, topics: ['china', 'china'] }))).toEqual([
      'topics: expected each topic once',
    ]);
  });
});

describe('policy note frontmatter', () => {
  const validNote = { ...validBriefing, audience: 'EU officials', recommendations: ['Do the first concrete thing.'] };

  test('a complete note is accepted', () => {
    expect(noteSchema.parse(validNote).audience).toBe('EU officials');
  });

  test('a note needs an audience and one to five recommendations', () => {
    const { audience: _a, ...noAudience } = validNote;
    expect(issues(noteSchema.safeParse(noAudience))[0]).toMatch(/^audience: expected the audience/);
    const six = Array.from({ length: 6 }, (_, i) => `Recommendation number ${i + 1}.`);
    expect(issues(noteSchema.safeParse({ ...validNote, recommendations: six }))).toEqual([
      'recommendations: expected at most 5 recommendations',
    ]);
  });
});
