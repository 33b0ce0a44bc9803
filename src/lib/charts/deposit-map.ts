import * as Plot from '@observablehq/plot';
import type { Feature, Geometry } from 'geojson';
import type { DepositRow } from '../../schemas/data-deposits.ts';
import { assembleSpec, type SpecText, type ChartSpec } from './types.ts';
import { HALO, HIGHLIGHT, NARROW_WIDTH, WIDTH } from './theme.ts';
import { bbox, geoCircle, labelPoint, type BBox } from './geo.ts';

/**
 * A map of Kazakhstan with its neighbours and the deposits that have (approximate) coordinates. The
 * projection is azimuthal equal-area centred on Kazakhstan and fitted to it; shapes are clipped to the frame.
 * An approximate location is drawn as what it is: a dashed circle of its uncertainty radius, labelled
 * "approximate", never as a precise pin.
 */
export interface MapCountry {
  /** Name as printed on the map. */
  name: string;
  feature: Feature<Geometry>;
  /** The focus country (filled, labelled in bold); exactly one. */
  focus?: boolean;
}

export interface DepositMapInput extends SpecText {
  countries: MapCountry[];
  deposits: ReadonlyArray<DepositRow>;
}

/** "Kuirektykol (Kuyrektykol) site – Irgiz and Dos 2 areas" → "Kuirektykol": the name before any qualifier. */
export function shortName(name: string): string {
  return name
    .split(' (')[0]!
    .split(' – ')[0]!
    .replace(/ site$/, '')
    .trim();
}

export function depositMap(input: DepositMapInput): ChartSpec {
  const focus = input.countries.filter((c) => c.focus);
  if (focus.length !== 1) throw new Error(`chart "${input.id}": expected exactly one focus country, got ${focus.length}`);
  const home = focus[0]!;
  const located = input.deposits.filter((d) => d.location_precision === 'approximate' && d.lat !== null && d.lon !== null);

  // The drawing: where each site's circle and each country's name go. Only a figure asks for it. The phone
  // drawing is the same map 300 wide, with each site's label broken into short lines so it fits beside it.
  const draw = (narrow: boolean): Plot.PlotOptions => {
    const view: BBox = bbox(home.feature.geometry);
    const centre: [number, number] = [(view[0] + view[2]) / 2, (view[1] + view[3]) / 2];
    // Deposits given the same estimated point share one circle and one label.
    const sites = [...Map.groupBy(located, (d) => `${d.lon},${d.lat}`).values()].map((group) => {
      const [lon, lat] = [group[0]!.lon!, group[0]!.lat!];
      const radius = Math.max(...group.map((d) => d.uncertainty_km ?? 0));
      const names = group.map((d) => shortName(d.name));
      return {
        lon,
        lat,
        circle: geoCircle([lon, lat], radius),
        text: narrow ? `${names.join(' /\n')}\n±${radius} km, approximate` : `${names.join(' / ')}\napproximate location (±${radius} km)`,
      };
    });

    const labels = input.countries.flatMap((c) => {
      const at = labelPoint(c.feature, view);
      return at ? [{ name: c.name, focus: !!c.focus, x: at[0], y: at[1] }] : [];
    });

    return {
      width: narrow ? NARROW_WIDTH : WIDTH,
      margin: 4,
      projection: {
        type: 'azimuthal-equal-area',
        rotate: [-centre[0], -centre[1]],
        domain: home.feature,
        inset: 12,
        clip: 'frame',
      },
      marks: [
        Plot.geo(
          input.countries.filter((c) => !c.focus).map((c) => c.feature),
          { stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 0.75, fill: 'currentColor', fillOpacity: 0.03 },
        ),
        Plot.geo([home.feature], { stroke: 'currentColor', strokeWidth: 1.25, fill: 'currentColor', fillOpacity: 0.09 }),
        Plot.text(
          labels.filter((l) => !l.focus),
          { x: 'x', y: 'y', text: 'name', fillOpacity: 0.7, fontStyle: 'italic' },
        ),
        Plot.text(
          labels.filter((l) => l.focus),
          {
            x: 'x',
            y: 'y',
            text: 'name',
            fontWeight: 'bold',
            fontSize: 14,
            // On a phone the site labels fill the country's middle: its own name moves below them.
            dy: narrow ? 26 : 0,
          },
        ),
        Plot.geo(
          sites.map((s) => s.circle),
          { fill: HIGHLIGHT, fillOpacity: 0.22, stroke: HIGHLIGHT, strokeWidth: 1.5, strokeDasharray: '3,2' },
        ),
        Plot.dot(sites, { x: 'lon', y: 'lat', r: 2, fill: HIGHLIGHT }),
        // A halo in the page colour keeps the label readable over borders; fill must be set explicitly
        // because Plot defaults a stroked text's fill to none.
        Plot.text(sites, {
          x: 'lon',
          y: 'lat',
          text: 'text',
          textAnchor: 'end',
          dx: -16,
          lineAnchor: 'middle',
          fill: 'currentColor',
          stroke: HALO,
          strokeWidth: 3,
          paintOrder: 'stroke',
        }),
        Plot.frame({ strokeOpacity: 0.2 }),
      ],
    };
  };

  return assembleSpec('map', input, {
    plot: () => draw(false),
    narrowPlot: () => draw(true),
    table: {
      columns: [
        { key: 'name', label: 'Deposit', type: 'text' },
        { key: 'region', label: 'Region', type: 'text' },
        { key: 'lat', label: 'Latitude', unit: '° N', type: 'number' },
        { key: 'lon', label: 'Longitude', unit: '° E', type: 'number' },
        { key: 'location_precision', label: 'Location', type: 'text' },
        { key: 'uncertainty_km', label: 'Uncertainty', unit: 'km', type: 'number' },
        { key: 'source_id', label: 'Sources', type: 'source-ids' },
        { key: 'tier', label: 'Tier', type: 'text' },
      ],
      rows: located.map((d) => ({
        name: d.name,
        region: d.region,
        lat: d.lat,
        lon: d.lon,
        location_precision: d.location_precision,
        uncertainty_km: d.uncertainty_km,
        source_id: d.source_id.join(';'),
        tier: d.tier,
      })),
    },
    units: ['degrees (WGS 84)', 'km'],
  });
}
