// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { sectionAnchors } from './src/lib/markdown/section-anchors.ts';
import { references } from './src/lib/markdown/references.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { dataCheck } from './src/integrations/data-check.ts';
import { citationFiles } from './src/integrations/citation-files.ts';
import { nativeModules } from './src/integrations/native-modules.ts';
import { Features } from 'lightningcss';

// The public address of the site (SITE_URL). Canonical URLs, the sitemap, the feed and citations are built
// from it; without it pages use paths, copies use the reader's own origin, and no sitemap or feed is made.
const site = process.env.SITE_URL || undefined;
/** @type {import('astro').AstroIntegration} */
const siteUrlNotice = {
  name: 'ree:site-url',
  hooks: { 'astro:build:start': ({ logger }) => void (site || logger.warn('SITE_URL is not set: pages use paths, and no sitemap or RSS feed is written.')) },
};
const search = pagefindIndex();

// A plain object, typed by JSDoc, rather than defineConfig(): defineConfig only returns its argument, but
// importing 'astro/config' loads Astro's SVG optimiser and font providers (svgo, csso, unifont), which this
// site never uses; skipping them takes about 0.1 s off every build (measured with npm run bench).
/** @type {import('astro').AstroUserConfig} */
export default {
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One external stylesheet, never inline <style>: it caches across pages and keeps the CSP strict.
    inlineStylesheets: 'never',
    // Render up to 16 pages at once. Each page is rendered synchronously, but Astro awaits file writes and
    // content lookups between them; overlapping those cut the page phase of a 200-briefing build by about
    // a quarter at 8 (1.5 s to 1.1 s, measured with npm run bench), and 16 took another 0.05-0.08 s off it
    // in three interleaved comparisons (32 gained nothing more). Output is byte-identical either way.
    concurrency: 16,
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
  // optimize: MDX compiles static stretches of a document to HTML strings instead of one JSX call per
  // element, which cut the page phase of a 200-briefing build by about 0.15 s. Safe here because the MDX
  // component map (src/components/mdx.ts) only holds custom components, never plain HTML tags.
  // The sitemap and the citation files sit between the two halves of the search index on purpose: they are
  // written while Pagefind writes its index, not while it parses the pages (see src/integrations/pagefind.ts).
  integrations: [siteUrlNotice, dataCheck(), mdx({ optimize: true }), search.index, sitemap(), citationFiles(), search.written],
  devToolbar: { enabled: false },
  vite: {
    // The data layer and chart code stay out of the server bundle: Node imports them as written, and the pages
    // share the module instances (and the validated datasets) that the start-of-build data check loaded.
    plugins: [nativeModules(import.meta.dirname)],
    // Lightning CSS, not PostCSS, resolves the @imports of content.css and site.css: PostCSS cost the bundling step
    // about 30 ms of main-thread time, and over eight interleaved benchmark builds this was 0.06 s faster. Its
    // light-dark() fallback is excluded: the site never calls light-dark(), and without it the output is the
    // same bytes as PostCSS gave.
    css: { transformer: 'lightningcss', lightningcss: { exclude: Features.LightDark } },
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
};
