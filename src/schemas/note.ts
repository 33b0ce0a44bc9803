import { z } from 'astro/zod';
import { checkEntryDates, commonEntryFields } from './entry-common.ts';

/** Frontmatter of a policy note (src/content/notes/*.mdx): short, print-first, written for one audience. */
export const noteSchema = z
  .object({
    ...commonEntryFields,
    /** Who the note is written for, e.g. "EU officials". */
    audience: z.string({ error: 'expected the audience, e.g. "EU officials"' }).trim().min(3, 'expected the audience, e.g. "EU officials"'),
    /** What the reader should do: three to five concrete recommendations. */
    recommendations: z
      .array(z.string().trim().min(10, 'expected each recommendation to be a sentence (10+ characters)'))
      .min(1, 'expected at least 1 recommendation')
      .max(5, 'expected at most 5 recommendations'),
  })
  .strict()
  .superRefine(checkEntryDates);
