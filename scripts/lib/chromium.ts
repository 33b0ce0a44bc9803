import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH } from '../../src/lib/note-pdf.ts';
import { launchChromium } from '../../src/lib/chromium.ts';

/**
 * Debian's Chromium driven by playwright-core, and `astro preview` to serve a built site: shared by the
 * note PDFs (src/integrations/note-pdfs.ts) and the browser tests. No browser is ever downloaded.
 */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export { CHROMIUM_PATH, launchChromium };

export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Serves the built site under `root` with `astro preview` (what `npm start` runs) on a free loopback port.
 * Retries on a fresh port if the server exits at start: another process may take the port between the
 * check and the bind when test files start servers in parallel.
 */
export async function serveSite(root: string): Promise<RunningServer> {
  let lastError: unknown;
  let force = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startPreview(root, await freePort(), force);
    } catch (error) {
      lastError = error;
      // Astro allows one preview server per project; a stale one (e.g. from an interrupted run) is replaced.
      force = /Another astro preview server is already running/.test(String(error));
    }
  }
  throw lastError;
}

async function startPreview(root: string, port: number, force = false): Promise<RunningServer> {
  const child = spawn(
    process.execPath,
    [
      path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      ...(force ? ['--force'] : []),
    ],
    {
      cwd: root,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`astro preview did not start within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
