import GithubSlugger from 'github-slugger';

/**
 * Section anchors: the ids every heading gets, and the rules that keep them stable and unique.
 * Pure; the markdown plugin (src/lib/markdown/section-anchors.ts) and the layouts both use it.
 */

/**
 * Ids the page layouts use for their own sections. A content heading that would slug to one of these
 * gets a numbered suffix instead, so layout and content ids never collide on a page.
 */
export const RESERVED_IDS = [
  'main',
  'top',
  'key-points',
  'contents',
  'toc-title',
  'recommendations',
  'bottom-line',
  'sources',
  'cite',
  'changes',
  'footnote-label',
] as const;

/** A pinned id must be a lowercase ASCII slug, so that it survives copying into emails and memos. */
export const PINNED_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function isValidPinnedId(id: string): boolean {
  return PINNED_ID_PATTERN.test(id);
}

export interface AnchorRegistry {
  /** Claims an author-pinned id; throws if it is malformed or already taken. */
  pin(id: string): string;
  /** Returns a GitHub-style slug for heading text that no other heading on the page uses. */
  slug(text: string): string;
  /** Every id handed out so far, in order. */
  readonly ids: readonly string[];
}

/**
 * A per-page registry. Pinned ids should be claimed before any automatic slug is made, so that an
 * automatic slug never takes an id an author pinned further down the page.
 */
export function createAnchorRegistry(reserved: readonly string[] = RESERVED_IDS): AnchorRegistry {
  const slugger = new GithubSlugger();
  const taken = new Set<string>(reserved);
  const ids: string[] = [];
  // Teach the slugger about reserved ids so that "Key points" in content becomes "key-points-1".
  for (const id of reserved) slugger.slug(id);
  return {
    pin(id: string): string {
      if (!isValidPinnedId(id)) {
        throw new Error(
          `pinned heading id "${id}" is not valid: expected lowercase letters, digits and single hyphens, starting with a letter (e.g. "supply-risk")`,
        );
      }
      if (taken.has(id)) {
        const why = (reserved as readonly string[]).includes(id)
          ? 'it is reserved for the page layout'
          : 'another heading on this page already uses it';
        throw new Error(`pinned heading id "${id}" is used twice: ${why}`);
      }
      taken.add(id);
      ids.push(id);
      slugger.slug(id); // mark as used for later automatic slugs
      return id;
    },
    slug(text: string): string {
      let id = slugger.slug(text.trim()) || 'section';
      while (taken.has(id)) id = slugger.slug(text.trim() || 'section');
      taken.add(id);
      ids.push(id);
      return id;
    },
    get ids() {
      return ids;
    },
  };
}

/** The accessible name of a heading's self-link. */
export function sectionLinkLabel(headingText: string): string {
  return `Link to this section: ${headingText.trim()}`;
}
