import { TOPICS, topicIds } from '../schemas/topics.ts';

/**
 * The search filters, shared by the pages that tag themselves for Pagefind and the search page that
 * offers the filters, so that the two cannot drift apart.
 */
export const SEARCH_KINDS = [
  { value: 'briefing', label: 'Briefings' },
  { value: 'note', label: 'Policy notes' },
  { value: 'data', label: 'Data' },
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number]['value'];

export const SEARCH_TOPICS = topicIds.map((id) => ({ value: id, label: TOPICS[id].label }));
