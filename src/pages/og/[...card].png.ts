import type { APIContext } from 'astro';
import { entryUrl, getAllEntries, kindLabel } from '../../lib/entries.ts';
import { factText, loadDatasets, requireFact } from '../../lib/data/index.ts';
import { referencesInMdx } from '../../lib/citations/references.ts';
import { OG_PAGES, ogKey, ogPng, type OgCard } from '../../lib/og.ts';
import { SITE } from '../../lib/page/site.ts';

/** /og/<page>.png: one link-preview image per page, with the first number the page quotes (else China's mining share). */
const DEFAULT_FACT = 'F04';

export async function getStaticPaths() {
  const data = loadDatasets();
  const figure = (id: string) => {
    const fact = requireFact(data, id, `og image fact "${id}"`);
    return { value: factText(fact, { unit: 'short' }), label: `${fact.label}, ${fact.year}` };
  };
  const cards: Array<{ params: { card: string }; props: OgCard }> = (await getAllEntries()).map((entry) => ({
    params: { card: ogKey(entryUrl(entry)) },
    props: {
      kind: kindLabel(entry),
      title: entry.data.title,
      figure: figure(referencesInMdx(entry.body ?? '').facts[0] ?? DEFAULT_FACT),
      siteName: SITE.name,
    },
  }));
  for (const [key, page] of Object.entries(OG_PAGES))
    cards.push({ params: { card: key }, props: { ...page, figure: figure(DEFAULT_FACT), siteName: SITE.name } });
  return cards;
}

export function GET({ props }: APIContext<OgCard>) {
  return new Response(ogPng(props), { headers: { 'Content-Type': 'image/png' } });
}
