/**
 * The benchmark's synthetic briefings: about 1,500 words each in six `##` sections with `###` subsections, a
 * list, a table, two footnotes and two figures. Seeded per page (mulberry32), so every run writes the same text.
 */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = {
  adjective:
    'annual regional national early final main local public joint current modest large steady rapid broad direct shared recent'.split(' '),
  noun: 'report review plan market price supply demand contract partner project budget survey region railway plant agency treaty measure estimate licence permit process product sector'.split(
    ' ',
  ),
  verb: 'supports reduces extends follows requires describes improves delays confirms limits shapes reviews measures explains changes affects'.split(
    ' ',
  ),
};

/** One briefing (index from 0): its frontmatter and MDX body; its two figures cycle through `chartIds`. */
export function briefingEntry(
  index: number,
  chartIds: readonly string[],
  topics: readonly string[],
): { data: Record<string, unknown>; body: string } {
  const r = mulberry32(0x5eed + index);
  const pick = (list: readonly string[]) => list[Math.floor(r() * list.length)]!;
  const clause = () =>
    `the ${pick(WORDS.adjective)} ${pick(WORDS.noun)} ${pick(WORDS.verb)} the ${pick(WORDS.noun)} in the ${pick(WORDS.adjective)} ${pick(WORDS.noun)}`;
  const sentence = () => {
    const text = r() < 0.6 ? `${clause()}, and ${clause()}` : clause();
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (n: number) => Array.from({ length: n }, sentence).join(' ');
  const figures = [chartIds[(2 * index) % chartIds.length], chartIds[(2 * index + 1) % chartIds.length]];
  const published = new Date(Date.UTC(2026, 5, 30) - ((index * 7) % 1400) * 86_400_000).toISOString().slice(0, 10);

  const body: string[] = [];
  for (let s = 1; s <= 6; s++) {
    body.push(`## ${s}. ${pick(WORDS.adjective)} ${pick(WORDS.noun)}`, '', paragraph(4), '');
    if (s === 2 || s === 5) body.push(`<Figure chart="${figures[s === 2 ? 0 : 1]}" />`, '');
    if (s === 2) body.push(...Array.from({ length: 5 }, () => `- ${sentence()}`), '');
    if (s === 3)
      body.push(
        '| Measure | 2023 | 2024 |',
        '| :-- | --: | --: |',
        ...Array.from({ length: 5 }, () => `| ${pick(WORDS.noun)} | ${Math.floor(r() * 9000)} | ${Math.floor(r() * 9000)} |`),
        '',
      );
    if (s === 4) body.push(`${paragraph(2)}[^1] ${paragraph(1)}[^2]`, '');
    for (let sub = 1; sub <= 2; sub++) body.push(`### ${s}.${sub} ${pick(WORDS.adjective)} ${pick(WORDS.noun)}`, '', paragraph(5), '');
  }
  body.push(`[^1]: ${sentence()}`, `[^2]: ${sentence()}`);
  const data = {
    title: `Synthetic briefing ${index + 1}: ${pick(WORDS.adjective)} ${pick(WORDS.noun)}`,
    summary: `${sentence()} ${sentence()}`,
    published,
    evidenceAsOf: published,
    topics: [topics[index % topics.length]],
    keyPoints: Array.from({ length: 3 }, sentence),
    version: '1.0',
  };
  return { data, body: body.join('\n') };
}

/** The briefing as an MDX file; each frontmatter value is written as JSON, which YAML reads as it is. */
export function briefing(index: number, chartIds: readonly string[], topics: readonly string[]): string {
  const { data, body } = briefingEntry(index, chartIds, topics);
  const frontmatter = Object.entries(data).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return ['---', ...frontmatter, '---', '', body, ''].join('\n');
}
