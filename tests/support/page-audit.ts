import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page as it is now. */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) does not block it.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => String(n.target[0])) }));
  });
}

export function describeViolations(page: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${page}: ${v.id} (${v.impact}) ${v.help} → ${v.targets.slice(0, 3).join(', ')}`).join('\n');
}

export interface PageProblems {
  foreignRequests: string[];
  cspViolations: string[];
  consoleErrors: string[];
}

/**
 * Watches a page for what a strict site must never do: a request to another origin, a CSP violation, a
 * console error or an uncaught exception. `take()` returns what happened since the last call, the CSP
 * violations of the document now loaded included, so one page can visit many addresses.
 */
export async function watchPage(page: Page, origin: string): Promise<{ take: () => Promise<PageProblems> }> {
  let problems: PageProblems = { foreignRequests: [], cspViolations: [], consoleErrors: [] };
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (u.protocol.startsWith('http') && u.origin !== origin) problems.foreignRequests.push(req.url());
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.consoleErrors.push(`uncaught: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return {
    take: async () => {
      const csp = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? []);
      const taken = { ...problems, cspViolations: csp };
      problems = { foreignRequests: [], cspViolations: [], consoleErrors: [] };
      return taken;
    },
  };
}

/** Opens one page in a fresh context and reports its problems (see watchPage). */
export async function loadAndWatch(browser: Browser, url: string, origin: string): Promise<PageProblems> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const watch = await watchPage(page, origin);
  await page.goto(url, { waitUntil: 'networkidle' });
  const problems = await watch.take();
  await context.close();
  return problems;
}
