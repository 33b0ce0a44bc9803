import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { entryUrl, getAllEntries, kindLabel } from '../lib/entries.ts';
import { SITE } from '../lib/page/site.ts';

/** One feed for briefings and notes, newest first. */
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
      categories: [kindLabel(entry), ...entry.data.topics],
    })),
    customData: `<language>${SITE.lang}</language>`,
    trailingSlash: true,
  });
}
