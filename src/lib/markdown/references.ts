import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { where } from './where.ts';
import { loadDatasets } from '../data/load.ts';
import { didYouMean } from '../data/suggest.ts';
import { chartIds } from '../charts/chart-ids.ts';
import { requireSource, splitIds } from '../citations/references.ts';

/**
 * Sätteri hast plugin: finds what an MDX document cites — <Cite s>, <Value fact>, <Figure chart> and
 * <EventDate event> — checks every id while the MDX compiles (so a bad id stops the build before any page
 * is written, naming file and line), and appends <SourceList> with those ids, so each page ends with the
 * sources it relies on. Hand-written: this is the site's own citation vocabulary.
 */

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start?: { line?: number } };
}

function attr(node: JsxNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  return typeof a?.value === 'string' ? a.value : undefined;
}

const TAGS = ['Cite', 'Value', 'Figure', 'EventDate'];

export function references(): (ctx: PluginFactoryContext) => HastPluginDefinition | null {
  return (factoryCtx) => {
    // Only site content cites; other MDX (if any) is left alone.
    if (factoryCtx.sourceFormat !== 'mdx') return null;
    const cites = new Set<string>();
    const facts = new Set<string>();
    const charts = new Set<string>();
    const check = (node: JsxNode, ctx: { fileURL: URL | undefined }) => {
      const data = loadDatasets();
      const fail = (msg: string) => {
        throw new Error(`${where(ctx, node)}: ${msg}`);
      };
      const need = (name: string) => attr(node, name) ?? fail(`<${node.name}> needs a ${name}="…" attribute written as a plain string`);
      switch (node.name) {
        case 'Cite':
          for (const id of splitIds(need('s'))) {
            try {
              requireSource(data, id);
            } catch (error) {
              fail(`<Cite s="${id}">: ${(error as Error).message}`);
            }
            cites.add(id);
          }
          break;
        case 'Value': {
          const id = need('fact');
          if (!data.factById.has(id))
            fail(`<Value fact="${id}">: unknown fact id "${id}" (data/facts.csv).${didYouMean(id, data.factById.keys())}`);
          facts.add(id);
          break;
        }
        case 'Figure': {
          const id = need('chart');
          const ids = chartIds();
          if (!ids.includes(id)) fail(`<Figure chart="${id}">: unknown chart id "${id}".${didYouMean(id, ids)}`);
          charts.add(id);
          break;
        }
        case 'EventDate': {
          const id = need('event');
          if (!data.events.some((e) => e.id === id))
            fail(
              `<EventDate event="${id}">: unknown event id "${id}" (data/events.csv).${didYouMean(
                id,
                data.events.map((e) => e.id),
              )}`,
            );
          break;
        }
      }
    };
    return {
      name: 'references',
      options: { position: true },
      mdxJsxFlowElement: { filter: TAGS, visit: (node, ctx) => void check(node as JsxNode, ctx) },
      mdxJsxTextElement: { filter: TAGS, visit: (node, ctx) => void check(node as JsxNode, ctx) },
      after(root, ctx) {
        // Reference pages (src/content/pages) cite the registry itself and carry no source list of their own.
        if (factoryCtx.fileURL?.pathname.includes('/src/content/pages/')) return;
        const list = (s: Set<string>) => ({ type: 'mdxJsxAttribute', name: '', value: [...s].sort().join(' ') });
        ctx.appendChild(root, {
          type: 'mdxJsxFlowElement',
          name: 'SourceList',
          attributes: [
            { ...list(cites), name: 'cites' },
            { ...list(facts), name: 'facts' },
            { ...list(charts), name: 'charts' },
          ],
          children: [],
        } as never);
      },
    };
  };
}
