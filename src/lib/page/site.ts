/** Facts about the site itself, used in the header, meta tags, feeds and citations. */
export const SITE = {
  name: 'Rare Earths Briefing',
  shortName: 'REE Briefing',
  description:
    'Evidence-based briefings on rare earth elements: why they matter, China’s dominance of supply, Kazakhstan as a new source, and the partnerships and policies around it.',
  lang: 'en',
  locale: 'en_GB',
} as const;
