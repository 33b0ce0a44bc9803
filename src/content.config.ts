import { defineCollection } from 'astro:content';
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

export const collections = { briefings, notes };
