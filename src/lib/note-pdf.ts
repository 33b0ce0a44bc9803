import { existsSync } from 'node:fs';

/**
 * Debian's Chromium, never downloaded. Its headless shell (package chromium-headless-shell) renders with
 * the same engine for about 40% less CPU than the full browser, so it is used when installed.
 * CHROMIUM_PATH points elsewhere.
 */
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

/**
 * Whether this build prints every policy note to PDF (src/integrations/note-pdfs.ts): when Chromium is
 * there, unless NOTE_PDFS=off. The note layout links the PDF on the same condition, so a link and its PDF
 * come together; the link check proves it.
 */
export const PRINTS_NOTE_PDFS = existsSync(CHROMIUM_PATH) && process.env.NOTE_PDFS !== 'off';

export const notePdfHref = (slug: string) => `/notes/${slug}/${slug}.pdf`;
