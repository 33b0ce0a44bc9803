import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { projectRoot } from './paths.ts';

/**
 * Country shapes from world-atlas (Natural Earth 1:110m), read once per process. 110m is enough for a
 * country-scale map and keeps the SVG small (about 7 KB for Kazakhstan and its neighbours).
 */
export type CountryFeature = Feature<Geometry, { name: string }> & { id: string };

let topology: Topology<{ countries: GeometryCollection<{ name: string }> }> | undefined;

/** Features for the given UN M49 codes, in the order asked. Throws if a code is not in the atlas. */
export function countryShapes(m49Codes: readonly string[]): CountryFeature[] {
  // Resolve from the project root: in a build this module is bundled elsewhere and its own URL misleads.
  topology ??= JSON.parse(readFileSync(createRequire(path.join(projectRoot(), 'package.json')).resolve('world-atlas/countries-110m.json'), 'utf8'));
  const all = feature(topology!, topology!.objects.countries).features as CountryFeature[];
  return m49Codes.map((code) => {
    const f = all.find((x) => x.id === code);
    if (!f) throw new Error(`world-atlas countries-110m has no country with id "${code}"`);
    return f;
  });
}
