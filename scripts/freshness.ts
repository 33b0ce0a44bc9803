// npm run freshness: lists every status in data/facts.csv and data/events.csv whose `until` date has passed
// without a newer entry, or whose last search for news (`checked`) is more than twelve months old.
// Exits 1 when there is any, so a scheduled CI run can say the evidence needs a look.
import { loadDatasets } from '../src/lib/data/load.ts';
import { formatStale, staleStatuses } from '../src/lib/as-of.ts';

const today = process.env.FRESHNESS_TODAY ? new Date(`${process.env.FRESHNESS_TODAY}T00:00:00Z`) : new Date();
const stale = staleStatuses(loadDatasets(process.argv[2]), today);
for (const s of stale) console.log(formatStale(s));
console.log(
  stale.length === 0
    ? `freshness: every status is current as of ${today.toISOString().slice(0, 10)}`
    : `freshness: ${stale.length} status(es) need a search for news`,
);
process.exit(stale.length === 0 ? 0 : 1);
