import { geoBounds, geoCircle as d3GeoCircle, geoClipRectangle, geoStream } from 'd3-geo';
import type { Feature, Geometry, Polygon, Position } from 'geojson';

/**
 * Geometry for the map, pure and separate from the builder so it can be tested on its own. Circles,
 * bounds and clipping come from d3-geo (the library Plot projects with); the label placement below
 * has no d3 equivalent.
 */

const EARTH_RADIUS_KM = 6371.0088;
const rad = (d: number) => (d * Math.PI) / 180;
const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A circle of `radiusKm` around [lon, lat] on the sphere, as a GeoJSON polygon (d3-geo's ring orientation). */
export function geoCircle([lon, lat]: [number, number], radiusKm: number, steps = 48): Polygon {
  const radius = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const circle = d3GeoCircle()
    .center([lon, lat])
    .radius(radius)
    .precision(360 / steps)();
  return { type: 'Polygon', coordinates: circle.coordinates.map((ring) => ring.map(([x, y]) => [round(x!), round(y!)])) };
}

export type BBox = [west: number, south: number, east: number, north: number];

/** Longitude/latitude bounding box of a feature (fine for features that do not cross the antimeridian). */
export function bbox(geometry: Geometry): BBox {
  const [[w, s], [e, n]] = geoBounds({ type: 'Feature', properties: null, geometry });
  return [w, s, e, n];
}

/** The rings of a (multi)polygon cut to a lon/lat box by d3-geo's rectangle clipping (planar, like a map's frame). */
function clipRings(geometry: Geometry, [w, s, e, n]: BBox): Position[][] {
  const rings: Position[][] = [];
  const sink = {
    point: (x: number, y: number) => rings.at(-1)!.push([x, y]),
    lineStart: () => rings.push([]),
    lineEnd() {},
    polygonStart() {},
    polygonEnd() {},
  };
  geoStream(geometry, geoClipRectangle(w, s, e, n)(sink));
  return rings.filter((ring) => ring.length >= 3);
}

/** Even–odd point-in-polygon over all rings (outer rings and holes alike). */
function inside([x, y]: [number, number], rs: Position[][]): boolean {
  let odd = false;
  for (const ring of rs) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) odd = !odd;
    }
  }
  return odd;
}

/** Distance from a point to a segment, in degrees with longitude scaled by cos(latitude). */
function segmentDistance(px: number, py: number, [ax, ay]: Position, [bx, by]: Position, k: number): number {
  const x0 = (ax! - px) * k;
  const y0 = ay! - py;
  const dx = (bx! - ax!) * k;
  const dy = by! - ay!;
  const len = dx * dx + dy * dy;
  const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(x0 * dx + y0 * dy) / len));
  return Math.hypot(x0 + t * dx, y0 + t * dy);
}

/**
 * Where to put a country's name on a map that shows only `view`: the point of a grid (every `step`
 * degrees) inside the country that is farthest from both its border and the edge of the view — a simple
 * "pole of inaccessibility". Returns null when no point is at least `minClearance` degrees clear, i.e.
 * when too little of the country is visible to carry a label.
 */
export function labelPoint(feature: Feature<Geometry>, view: BBox, { step = 0.5, minClearance = 0.9 } = {}): [number, number] | null {
  // Clip to the view first: the grid only looks inside it, and a clipped ring is far shorter to scan.
  // Clipping adds edges along the view's boundary, which the clearance counts anyway.
  const rs = clipRings(feature.geometry, view);
  if (rs.length === 0) return null;
  const [w, s, e, n] = view;
  let best: { lon: number; lat: number; d: number } | null = null;
  for (let j = 0; s + (j + 0.5) * step < n; j++) {
    const lat = s + (j + 0.5) * step;
    const k = Math.cos(rad(lat));
    for (let i = 0; w + (i + 0.5) * step < e; i++) {
      const lon = w + (i + 0.5) * step;
      if (!inside([lon, lat], rs)) continue;
      let d = Math.min((lon - w) * k, (e - lon) * k, lat - s, n - lat);
      if (best && d <= best.d) continue;
      for (const ring of rs) {
        for (let m = 0; m < ring.length && d > (best?.d ?? 0); m++)
          d = Math.min(d, segmentDistance(lon, lat, ring[m]!, ring[(m + 1) % ring.length]!, k));
      }
      if (!best || d > best.d) best = { lon, lat, d };
    }
  }
  return best && best.d >= minClearance ? [round(best.lon, 3), round(best.lat, 3)] : null;
}
