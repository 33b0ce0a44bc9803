// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionAnchors } from './src/lib/markdown/section-anchors.ts';
import { references } from './src/lib/markdown/references.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { dataCheck } from './src/integrations/data-check.ts';
import { notePdfs } from './src/integrations/note-pdfs.ts';

// The public address of the site (SITE_URL). Canonical URLs, the sitemap, the feed and citations are built
// from it; without it pages use paths, copies use the reader's own origin, and no sitemap or feed is made.
const site = process.env.SITE_URL || undefined;
/** @type {import('astro').AstroIntegration} */
const siteUrlNotice = {
  name: 'ree:site-url',
  hooks: {
    'astro:build:start': ({ logger }) =>
      void (site || logger.warn('SITE_URL is not set: pages use paths, and no sitemap or RSS feed is written.')),
  },
};

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Base.astro inlines the page's one stylesheet itself, with its hash in the CSP; a component <style> would
    // become a second, linked stylesheet, which the budget test refuses.
    inlineStylesheets: 'never',
  },
  markdown: {
    // No syntax highlighting: briefings carry no code, and Shiki's inline style attributes would be blocked
    // by the CSP (style-src 'self') anyway. It also spares every build loading Shiki and its WebAssembly.
    syntaxHighlight: false,
    // Sätteri (Astro 7's default) with heading attributes on, so authors pin ids as `## Title {#id}`.
    processor: satteri({
      features: { headingAttributes: true, gfm: true },
      hastPlugins: [sectionAnchors(), references()],
    }),
  },
  // The note PDFs are printed before the search index is written; nothing edits a page after that.
  integrations: [siteUrlNotice, dataCheck(), mdx(), sitemap(), notePdfs(), pagefindIndex()],
  devToolbar: { enabled: false },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // "/_astro/search.<hash>.js" for the search page's script, not Astro's default
              // "/_astro/search.astro_astro_type_script_index_0_lang.<hash>.js" (content pages inline their one
              // small script). Two scripts of one component still get two names: their hashes differ.
              entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
            },
          },
        },
      },
    },
    // Never inline scripts or assets: the CSP allows only same-origin files and one hashed bootstrap.
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX entry with a "use astro:head-inject" directive that Rolldown warns it may not
        // preserve: one code-framed warning per entry on every build, a known false positive
        // (withastro/astro#18087). Only that warning, on those modules, is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /[?&]astroPropagatedAssets\b/.test(warning.id ?? '')) return;
          warn(warning);
        },
      },
    },
  },
});
