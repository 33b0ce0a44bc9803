/** What a page tells search engines, feed readers and link previews about itself. */
export interface SeoProps {
  title: string;
  description: string;
  /** Article metadata; omitted on index pages. */
  article?: {
    type: 'Report' | 'Article';
    published: Date;
    modified?: Date | undefined;
    version?: string;
  };
  noindex?: boolean;
}
