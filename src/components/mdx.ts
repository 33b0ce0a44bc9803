import Cite from './Cite.astro';
import EventDate from './EventDate.astro';
import Figure from './Figure.astro';
import SourceList from './SourceList.astro';
import Value from './Value.astro';

/**
 * The components MDX authors may use without importing them. Pages pass this map to <Content>.
 * Keep it small: every name here is part of the authoring vocabulary documented in the README.
 * SourceList is appended by the references plugin, not written by authors.
 */
export const mdxComponents = { Cite, EventDate, Figure, SourceList, Value };
