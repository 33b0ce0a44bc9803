import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { PROJECT_ROOT } from '../support/build-site';
import { fixtureSite, siteDist, sitePages } from '../support/site';

// The project's .htmlvalidate.json: html-validate's recommended rules; see README "Quality gates".
const validator = new HtmlValidate(new FileSystemConfigLoader({ root: true, extends: [path.join(PROJECT_ROOT, '.htmlvalidate.json')] }));
const text = formatterFactory('text');

async function validateAll(dist: string, files: string[]) {
  const reports = await Promise.all(files.map((f) => validator.validateFile(path.join(dist, f))));
  const results = reports.flatMap((r) => r.results);
  return { valid: reports.every((r) => r.valid), results, message: text(results) };
}

describe('HTML validity gate', () => {
  test('every built page passes the W3C Nu HTML checker with no errors', async () => {
    // The Nu checker (the W3C's validator) catches what html-validate does not: bad URLs, non-SVG attributes.
    // It also checks the inline stylesheet, with a CSS grammar older than container queries and scroll-driven
    // animations (Baseline in current browsers): only those four messages are set aside.
    const run = promisify(execFile)('java', [
      '-jar',
      path.join(PROJECT_ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar'),
      '--errors-only',
      '--filterpattern',
      '.*CSS: (“(animation-timeline|animation-range|container-type)”: Property “[a-z-]+” doesn.t exist|Unrecognized at-rule “@container”).*',
      '--skip-non-html',
      '--format',
      'gnu',
      siteDist(),
    ]);
    const { stdout, stderr } = await run.catch((error: { stdout: string; stderr: string }) => error);
    expect(`${stdout}${stderr}`.replaceAll(siteDist() + path.sep, '')).toBe('');
  });

  test('every built page passes html-validate with no errors', async () => {
    const files = await sitePages();
    const { valid, message } = await validateAll(siteDist(), files);
    expect(message).toBe('');
    expect(valid).toBe(true);
  });

  test('a page with an image without alt text and a duplicate id fails, naming the file and rule', async () => {
    const { valid, message } = await validateAll(fixtureSite().dist, ['briefings/invalid/index.html']);
    expect(valid).toBe(false);
    expect(message).toContain('briefings/invalid/index.html');
    expect(message).toMatch(/wcag\/h37/);
    expect(message).toMatch(/no-dup-id/);
  });
});
