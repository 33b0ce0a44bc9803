import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { where } from './where.ts';
import { createAnchorRegistry, sectionLinkLabel } from '../anchors.ts';

/**
 * Sätteri hast plugin for briefings and notes: gives every heading a stable, page-unique id and a
 * visible self-link, and numbers <Figure> elements in document order.
 *
 * Written by hand because no maintained Sätteri plugin does this (rehype-slug/rehype-autolink-headings
 * only run under the unified processor). It runs before Astro's own heading-id pass, which keeps the
 * ids set here and collects them for the table of contents.
 *
 * Authors pin an id with heading attributes: `## Supply risk {#supply-risk}`.
 */

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
/**
 * The GFM footnotes heading that Sätteri generates. It keeps its id but gets no self-link: the heading is
 * visually hidden, and a link inside it would take keyboard focus where nothing can be seen.
 */
const FOOTNOTE_LABEL = 'footnote-label';

interface TreeNode {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  children?: TreeNode[];
  position?: { start?: { line?: number } };
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
}

function stringAttribute(node: TreeNode, name: string): string | undefined {
  const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

export function sectionAnchors(): (ctx: PluginFactoryContext) => HastPluginDefinition[] {
  // A factory, so every document gets its own registry and figure counter. It returns two passes over the
  // headings: the first claims the ids authors pinned, so that an automatic slug earlier on the page can
  // never take one of them; the second gives every other heading its id and self-link. Both use filtered
  // visitors, so only heading (and Figure) nodes cross from Sätteri's Rust tree into JavaScript. An
  // earlier version walked the whole tree in a `before` hook, which made every page's full tree cross
  // the boundary and cost a 200-page build about 0.35 s.
  return () => {
    const registry = createAnchorRegistry();
    let figureCount = 0;
    const figureCharts = new Map<string, number>();
    const pinned: HastPluginDefinition = {
      name: 'section-anchors-pinned',
      options: { position: true },
      element: {
        filter: HEADING_TAGS,
        visit(node, ctx) {
          const id = node.properties?.id;
          if (typeof id !== 'string' || id === FOOTNOTE_LABEL) return;
          try {
            registry.pin(id);
          } catch (error) {
            throw new Error(`${where(ctx, node as TreeNode)}: ${(error as Error).message}`, { cause: error });
          }
        },
      },
    };
    const anchors: HastPluginDefinition = {
      name: 'section-anchors',
      options: { position: true },
      element: {
        filter: HEADING_TAGS,
        visit(node, ctx) {
          if (node.tagName === 'h1') {
            throw new Error(
              `${where(ctx, node as TreeNode)}: a level-1 heading in the body; the page title is the only h1, so start sections at "##"`,
            );
          }
          const text = ctx.textContent(node).trim();
          const existing = node.properties?.id;
          const id = typeof existing === 'string' ? existing : registry.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (id === FOOTNOTE_LABEL) return;
          // An empty link: its visible mark comes from CSS, so the heading text that Astro collects for
          // the table of contents stays clean. The aria-label gives it an accessible name.
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: { href: `#${id}`, className: ['section-link'], ariaLabel: sectionLinkLabel(text) },
            children: [],
          });
        },
      },
      mdxJsxFlowElement: {
        filter: ['Figure'],
        visit(node, ctx) {
          const chart = stringAttribute(node as TreeNode, 'chart');
          if (chart !== undefined) {
            const first = figureCharts.get(chart);
            if (first !== undefined) {
              throw new Error(
                `${where(ctx, node as TreeNode)}: chart "${chart}" is already Figure ${first} on this page; each chart may appear once per page`,
              );
            }
          }
          figureCount += 1;
          if (chart !== undefined) figureCharts.set(chart, figureCount);
          if (node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'number')) return;
          return {
            ...node,
            attributes: [
              ...node.attributes,
              { type: 'mdxJsxAttribute', name: 'number', value: { type: 'mdxJsxAttributeValueExpression', value: String(figureCount) } },
            ],
          } as typeof node;
        },
      },
    };
    return [pinned, anchors];
  };
}
