import { geoArea, geoContains } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { bbox, geoCircle, labelPoint } from '../../src/lib/charts/geo';
import { countryShapes } from '../../src/lib/data/atlas';

/** Great-circle distance in km (haversine), to check the circle independently of how it was made. */
function distanceKm([lon1, lat1]: number[], [lon2, lat2]: number[]): number {
  const r = (d: number) => (d * Math.PI) / 180;
  const a = Math.sin(r(lat2! - lat1!) / 2) ** 2 + Math.cos(r(lat1!)) * Math.cos(r(lat2!)) * Math.sin(r(lon2! - lon1!) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

describe('geoCircle', () => {
  test('a closed ring whose points are all 50 km from the centre', () => {
    const ring = geoCircle([76.2, 50], 50).coordinates[0]!;
    expect(ring[0]).toEqual(ring.at(-1));
    for (const p of ring) expect(distanceKm([76.2, 50], p)).toBeCloseTo(50, 0);
  });

  test('encloses the small disc, not the rest of the globe (d3-geo reads ring orientation)', () => {
    const area = geoArea({ type: 'Feature', properties: null, geometry: geoCircle([76.2, 50], 50) });
    // π r² on the unit sphere: (50 / 6371)² π ≈ 0.000193 steradians.
    expect(area).toBeCloseTo(Math.PI * (50 / 6371.0088) ** 2, 5);
  });
});

describe('labelPoint', () => {
  const [kz, ru] = countryShapes(['398', '643']);
  const view = bbox(kz!.geometry);

  test('Kazakhstan’s bounding box', () => {
    expect(view.map((x) => Math.round(x))).toEqual([46, 41, 87, 55]);
  });

  test('puts the label inside the visible part of the country', () => {
    const k = labelPoint(kz!, view)!;
    expect(geoContains(kz!, k)).toBe(true);
    const r = labelPoint(ru!, view)!;
    expect(geoContains(ru!, r)).toBe(true);
    expect(geoContains(kz!, r)).toBe(false);
    // Inside the view, so the label is drawn on the map.
    expect(r[0]).toBeGreaterThan(view[0]);
    expect(r[1]).toBeLessThan(view[3]);
  });

  test('gives no label when too little of a country is in view', () => {
    const [mongolia] = countryShapes(['496']);
    expect(labelPoint(mongolia!, view)).toBeNull();
  });
});
