import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { entryUrl, getAllEntries, KIND_LABEL } from '../lib/entries.ts';
import { SITE } from '../lib/site.ts';

/** One feed for briefings and notes, newest first, at /rss.xml: made only when SITE_URL is set, because feed links must be absolute. */
export function getStaticPaths() {
  // The same test as astro.config.mjs makes for `site`.
  return process.env.SITE_URL ? [{ params: { feed: 'rss' } }] : [];
}

export async function GET(context: APIContext) {
  if (!context.site) throw new Error('rss.xml: `site` is not set in astro.config.mjs; feed links must be absolute');
  const entries = await getAllEntries();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: context.site,
    items: entries.map((entry) => ({
      title: entry.data.title,
      description: entry.data.summary,
      pubDate: entry.data.published,
      link: entryUrl(entry),
      categories: [KIND_LABEL[entry.collection].singular, ...entry.data.topics],
    })),
    customData: `<language>${SITE.lang}</language>`,
    trailingSlash: true,
  });
}
