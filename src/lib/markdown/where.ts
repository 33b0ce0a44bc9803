import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** "src/content/briefings/x.mdx:12": where a node of an MDX document is, for build error messages. */
export function where(ctx: { fileURL: URL | undefined }, node?: { position?: { start?: { line?: number } } }): string {
  const file = ctx.fileURL ? path.relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(unknown file)';
  const line = node?.position?.start?.line;
  return line ? `${file}:${line}` : file;
}
