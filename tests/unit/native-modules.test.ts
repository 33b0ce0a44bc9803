import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { nativeModules } from '../../src/integrations/native-modules.ts';

const root = path.resolve(import.meta.dirname, '../..');
const plugin = nativeModules(root);
const inSrc = (f: string) => path.join(root, 'src', f);

/** Calls the plugin's resolveId as Vite would, with a resolver that maps a relative source to a .ts file. */
async function resolve(source: string, importer: string) {
  const context = {
    resolve: async (s: string, from: string) => {
      const file = path.resolve(path.dirname(from), s);
      return { id: path.extname(file) ? file : /lib\/(data|charts)$/.test(file) ? path.join(file, 'index.ts') : `${file}.ts`, external: false };
    },
  };
  const hook = plugin.resolveId as unknown as (this: typeof context, s: string, i: string | undefined, o: object) => Promise<unknown>;
  return hook.call(context, source, importer, {});
}

describe('native modules (the data layer and chart code outside the server bundle)', () => {
  test('is a build-only plugin for the prerender environment', () => {
    expect(plugin.apply).toBe('build');
    const applies = plugin.applyToEnvironment as (e: { name: string }) => boolean;
    expect(applies({ name: 'prerender' })).toBe(true);
    expect(applies({ name: 'client' })).toBe(false);
  });

  test('leaves the data layer, the charts and the SVG renderer to Node when the site imports them', async () => {
    expect(await resolve('../lib/data', inSrc('pages/sources.astro'))).toEqual({ id: inSrc('lib/data/index.ts'), external: 'absolute' });
    expect(await resolve('../lib/charts', inSrc('components/Figure.astro'))).toEqual({ id: inSrc('lib/charts/index.ts'), external: 'absolute' });
    expect(await resolve('../lib/render-svg', inSrc('components/Figure.astro'))).toEqual({ id: inSrc('lib/render-svg.ts'), external: 'absolute' });
  });

  test('bundles everything else, including modules that need Vite', async () => {
    expect(await resolve('../lib/entries', inSrc('layouts/Briefing.astro'))).toBeNull();
    expect(await resolve('../lib/favicon', inSrc('layouts/Base.astro'))).toBeNull();
    expect(await resolve('./x.js', path.join(root, 'node_modules/astro/dist/x.js'))).toBeNull();
    expect(await resolve('astro:content', inSrc('lib/entries.ts'))).toBeNull();
  });
});
