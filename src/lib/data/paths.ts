import path from 'node:path';

/**
 * The project root is the working directory: `astro build`, `astro dev` and Vitest all run there, and
 * fixture builds run in a copy of the project. Module-relative paths would break once Vite bundles this
 * file into dist/, so they are not used.
 */
export function projectRoot(): string {
  return process.cwd();
}

export function defaultDataDir(): string {
  return path.join(projectRoot(), 'data');
}

/** A path as it should appear in messages: relative to the project root, with forward slashes. */
export function displayPath(file: string): string {
  const rel = path.relative(projectRoot(), file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
