import { describe, expect, test } from 'vitest';
import { checkLinks, formatLinkReport } from '../../scripts/lib/link-check';
import { fixtureSite, siteDist } from '../support/site';

const ORIGIN = 'https://ree-briefings.example';

describe('links and anchors gate', () => {
  test('every internal link and #fragment on the site resolves', async () => {
    const report = await checkLinks(siteDist(), ORIGIN);
    expect(report.pages).toBeGreaterThanOrEqual(6);
    expect(report.checked).toBeGreaterThan(50);
    expect(report.broken, formatLinkReport(report)).toEqual([]);
  });

  test('a broken link or fragment fails the gate, naming the page and the link; external links are only listed', async () => {
    const report = await checkLinks(fixtureSite().dist, ORIGIN);
    // Only the fixture's own page: reference pages in a fixture site may link to briefings it lacks.
    const problems = report.broken.filter((b) => b.page === 'briefings/broken/index.html').map((b) => `${b.page} ${b.href}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'briefings/broken/index.html /briefings/does-not-exist/',
        'briefings/broken/index.html #no-such-section',
        'briefings/broken/index.html /topics/#mining',
      ]),
    );
    expect(problems).toHaveLength(3);
    expect(report.external).toContainEqual({ page: 'briefings/broken/index.html', href: 'https://example.org/report' });
    expect(formatLinkReport(report)).toMatch(
      /BROKEN briefings\/broken\/index\.html: #no-such-section \(no element with id "no-such-section"/,
    );
  });
});
