import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';

/** The manifest written by src/pages/citation-files.json.ts. */
const MANIFEST = 'citation-files.json';
const manifestSchema = z.object({
  files: z.array(
    z.object({
      // Relative, inside the site, ending in citation.bib or citation.ris: nothing else may be written.
      path: z.string().regex(/^(?:[a-z0-9-]+\/)+citation\.(?:bib|ris)$/, 'a relative path such as "briefings/<slug>/citation.bib"'),
      body: z.string().min(1),
    }),
  ),
});

/**
 * Writes every briefing's and note's citation.bib and citation.ris at the end of the build, from the one
 * manifest the build rendered, then removes the manifest. Written by hand: it is a loop over fs.writeFile,
 * and it replaces 2 Astro routes per page, whose per-route overhead cost a 200-briefing build ~0.15 s.
 */
export function citationFiles(): AstroIntegration {
  return {
    name: 'ree:citation-files',
    hooks: {
      // Synchronous on purpose: 400 small files through the async API took ~0.17 s of thread-pool round
      // trips; written in a plain loop they take ~0.02 s.
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const manifestPath = path.join(root, MANIFEST);
        const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new Error(`${MANIFEST}: ${issue.path.join('.')}: ${issue.message}`);
        }
        for (const file of parsed.data.files) {
          const target = path.join(root, file.path);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, file.body);
        }
        rmSync(manifestPath);
        logger.info(`wrote ${parsed.data.files.length} citation files`);
      },
    },
  };
}
