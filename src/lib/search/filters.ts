import { TOPICS, topicIds } from '../../schemas/topics.ts';
import { KINDS, type Kind } from '../kinds.ts';

/**
 * The search filters, shared by the pages that tag themselves for Pagefind and the search page that
 * offers the filters, so that the two cannot drift apart.
 */
export const SEARCH_KINDS = (Object.keys(KINDS) as Kind[]).map((value) => ({ value, label: KINDS[value].plural }));
export type SearchKind = Kind;

export const SEARCH_TOPICS = topicIds.map((id) => ({ value: id, label: TOPICS[id].label }));
