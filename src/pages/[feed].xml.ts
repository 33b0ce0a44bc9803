import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { entryUrl, getAllEntries, kindLabel } from '../lib/entries.ts';
import { SITE } from '../lib/page/site.ts';
import { loadDatasets } from '../lib/data/index.ts';
import { instrumentPath } from '../lib/instruments.ts';

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
    items: [
      ...entries.map((entry) => ({
        title: entry.data.title,
        description: entry.data.summary,
        pubDate: entry.data.published,
        link: entryUrl(entry),
        categories: [kindLabel(entry), ...entry.data.topics],
      })),
      // Tracker pages, newest status first, dated by the status they report.
      ...[...loadDatasets().instruments]
        .sort((a, b) => b.status_as_of.localeCompare(a.status_as_of) || a.id.localeCompare(b.id))
        .map((row) => ({
          title: `Partnership tracker: ${row.name}`,
          description: `${row.summary} Status as of ${row.status_as_of}: ${row.status_detail}`,
          pubDate: new Date(`${row.status_as_of}T00:00:00Z`),
          link: instrumentPath(row.id),
          categories: ['Partnership tracker', 'partnerships'],
        })),
    ],
    customData: `<language>${SITE.lang}</language>`,
    trailingSlash: true,
  });
}
