/** Facts about the site itself, used in the header, meta tags, feeds and citations. */
export const SITE = {
  name: 'Rare Earths Briefing',
  shortName: 'REE Briefing',
  description:
    'Evidence-based briefings on rare earth elements: why they matter, China’s dominance of supply, Kazakhstan as a new source, and the partnerships and policies around it.',
  lang: 'en',
  locale: 'en_GB',
  /**
   * Where readers report an error: an issue-tracker address or a mailto: link. Empty until the publisher
   * has one; the about page then says how corrections are made without offering an address.
   */
  reportErrorsTo: '',
} as const;

/** A path on this site as an absolute address when SITE_URL is configured, else the path itself. */
export function siteHref(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
