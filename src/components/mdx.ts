/**
 * The components MDX authors may use without importing them. Pages pass this map to <Content>.
 * Keep it small: every name here is part of the authoring vocabulary documented in the README.
 */
export const mdxComponents = {};
