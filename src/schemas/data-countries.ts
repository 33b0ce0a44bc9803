/**
 * The fixed list of countries (and the two aggregates USGS reports) that datasets may name. A country
 * outside this list fails validation, which catches typos and spelling variants ("Myanmar" vs USGS's
 * "Burma (Myanmar)") before two spellings of one country split a chart.
 *
 * `m49` is the UN M49 numeric code, which is also the feature id in world-atlas, so the map can find shapes.
 */
export interface CountryInfo {
  /** The name as datasets spell it (USGS spelling where USGS reports the country). */
  name: string;
  /** UN M49 code as a three-digit string; null for aggregates. */
  m49: string | null;
  kind: 'country' | 'aggregate';
}

export const COUNTRIES = [
  { name: 'Afghanistan', m49: '004', kind: 'country' },
  { name: 'Australia', m49: '036', kind: 'country' },
  { name: 'Azerbaijan', m49: '031', kind: 'country' },
  { name: 'Brazil', m49: '076', kind: 'country' },
  { name: 'Burma (Myanmar)', m49: '104', kind: 'country' },
  { name: 'Canada', m49: '124', kind: 'country' },
  { name: 'China', m49: '156', kind: 'country' },
  { name: 'Estonia', m49: '233', kind: 'country' },
  { name: 'Greenland', m49: '304', kind: 'country' },
  { name: 'India', m49: '356', kind: 'country' },
  { name: 'Iran', m49: '364', kind: 'country' },
  { name: 'Japan', m49: '392', kind: 'country' },
  { name: 'Kazakhstan', m49: '398', kind: 'country' },
  { name: 'Kyrgyzstan', m49: '417', kind: 'country' },
  { name: 'Madagascar', m49: '450', kind: 'country' },
  { name: 'Malaysia', m49: '458', kind: 'country' },
  { name: 'Mongolia', m49: '496', kind: 'country' },
  { name: 'Nigeria', m49: '566', kind: 'country' },
  { name: 'Russia', m49: '643', kind: 'country' },
  { name: 'South Africa', m49: '710', kind: 'country' },
  { name: 'Tajikistan', m49: '762', kind: 'country' },
  { name: 'Tanzania', m49: '834', kind: 'country' },
  { name: 'Thailand', m49: '764', kind: 'country' },
  { name: 'Turkmenistan', m49: '795', kind: 'country' },
  { name: 'United States', m49: '840', kind: 'country' },
  { name: 'Uzbekistan', m49: '860', kind: 'country' },
  { name: 'Vietnam', m49: '704', kind: 'country' },
  { name: 'Other countries', m49: null, kind: 'aggregate' },
  { name: 'World', m49: null, kind: 'aggregate' },
] as const satisfies readonly CountryInfo[];

export type CountryName = (typeof COUNTRIES)[number]['name'];

export const COUNTRY_NAMES = COUNTRIES.map((c) => c.name) as unknown as readonly [CountryName, ...CountryName[]];

const BY_NAME: ReadonlyMap<string, CountryInfo> = new Map(COUNTRIES.map((c) => [c.name, c]));

export function countryInfo(name: string): CountryInfo | undefined {
  return BY_NAME.get(name);
}

/** Kazakhstan and the countries shown around it on the deposits map (its five neighbours and the rest in view). */
export const MAP_COUNTRIES: readonly CountryName[] = [
  'Kazakhstan',
  'Russia',
  'China',
  'Kyrgyzstan',
  'Uzbekistan',
  'Turkmenistan',
  'Tajikistan',
  'Mongolia',
  'Afghanistan',
  'Iran',
  'Azerbaijan',
];
