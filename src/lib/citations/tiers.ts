import type { Tier } from '../../schemas/source.ts';

/** What each confidence tier means, in the words the site shows readers. */
export const TIER_TEXT: Record<Tier, { short: string; long: string }> = {
  A: { short: 'Tier A: primary text read', long: 'The official text was read in full, or a faithful copy of it.' },
  B: { short: 'Tier B: reliable secondary', long: 'News or law-firm reports of official acts, consistent across at least two outlets.' },
  C: {
    short: 'Tier C: weak or secondary',
    long: 'One low-authority page, or a page that only restates another source; treat with caution.',
  },
};
