import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { briefingSchema } from './schemas/briefing.ts';
import { noteSchema } from './schemas/note.ts';

const briefings = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/briefings' }),
  schema: briefingSchema,
});

const notes = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/notes' }),
  schema: noteSchema,
});

/** Reference pages that are prose (glossary.mdx → /glossary/), rendered by src/pages/[page].astro. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/pages' }),
  schema: z.object({ title: z.string(), description: z.string(), lede: z.string() }).strict(),
});

export const collections = { briefings, notes, pages };
