import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin for the prerender build only: the data layer (src/lib/data) and the chart code
 * (src/lib/charts, src/lib/render-svg.ts) are left out of the server bundle and imported by Node as
 * written (they use `.ts` imports throughout, and Node runs TypeScript by stripping types).
 *
 * Why: the Astro config already loads the data layer with plain Node, for the start-of-build check
 * (src/integrations/data-check.ts). Left external, the pages import those same module instances, so the
 * datasets are read and validated once per build instead of twice, and Vite neither transforms nor
 * bundles about thirty modules. The dev server is untouched (`apply: 'build'`): there it keeps its own
 * copies, which it reloads when a file changes. The client build is untouched too, since a browser cannot
 * import these files.
 *
 * Written by hand: no library does this, and it is a resolveId hook of a few lines.
 */
export function nativeModules(root: string): Plugin {
  const native = [path.join(root, 'src/lib/data') + path.sep, path.join(root, 'src/lib/charts') + path.sep, path.join(root, 'src/lib/render-svg.ts')];
  const src = path.join(root, 'src') + path.sep;
  return {
    name: 'ree:native-modules',
    apply: 'build',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'prerender',
    async resolveId(source, importer, options) {
      // Only relative imports from the site's own code can reach these files.
      if (!importer?.startsWith(src) || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external || !native.some((p) => resolved.id.startsWith(p))) return null;
      return { id: resolved.id, external: 'absolute' };
    },
  };
}
