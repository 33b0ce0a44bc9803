import { expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, listFiles, removeSite } from '../support/build-site';
import { siteDist } from '../support/site';

test('building the same input twice gives byte-identical files', async () => {
  const second = await buildSite(null, { withProjectContent: true });
  try {
    expect(second.ok, second.output).toBe(true);
    const a = await listFiles(siteDist());
    const b = await listFiles(second.dist);
    expect(b).toEqual(a);
    const differing: string[] = [];
    for (const file of a) {
      const [x, y] = await Promise.all([readFile(path.join(siteDist(), file)), readFile(path.join(second.dist, file))]);
      if (!x.equals(y)) differing.push(file);
    }
    expect(differing).toEqual([]);
  } finally {
    await removeSite(second.root);
  }
});
