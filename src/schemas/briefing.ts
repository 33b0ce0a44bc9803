import { z } from 'astro/zod';
import { checkEntryDates, commonEntryFields } from './entry-common.ts';

/** Frontmatter of a long-form briefing (src/content/briefings/*.mdx). */
export const briefingSchema = z.object(commonEntryFields).strict().superRefine(checkEntryDates);
