/**
 * npm run check:links — checks internal links and fragments in dist/ and lists external links.
 * Exits 1 when a link is broken. Usage: node scripts/check-links.ts [dist folder]
 */
import path from 'node:path';
import { checkLinks, formatLinkReport } from './lib/link-check.ts';

const dist = path.resolve(process.argv[2] ?? 'dist');
const origin = process.env.SITE_URL ?? 'https://ree-briefings.example';
const report = await checkLinks(dist, origin);
console.log(formatLinkReport(report));
process.exit(report.broken.length ? 1 : 0);
