import { z } from 'astro/zod';
import { defineDataset } from './data-define.ts';
import { checkRowTier, oneOf, optionalDecimal, optionalText, slug, sourceIds, text, tier, type SourceLookup } from './data-fields.ts';

/** Kazakhstan's extent with a margin, so a swapped or mistyped coordinate is caught. */
const KZ_EXTENT = { lat: ['latitude', 40, 56], lon: ['longitude', 46, 88] } as const;

const MONTH_YEAR = /\bas of (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/;

/** Text that, where it says something is not published, says as of when ("Not published as of December 2024"). */
const datedText = (what: string) =>
  text(what).refine((v) => !/\bnot published\b/i.test(v) || MONTH_YEAR.test(v), {
    message: `expected ${what} whose “not published” says as of when, such as “Not published as of December 2024”`,
  });

const depositRow = (sources: SourceLookup) =>
  z
    .object({
      id: slug('kuirektykol'),
      name: text('a name'),
      /** Region where a source states it; empty when only recalled (unverified) or not stated. */
      region: optionalText,
      /** "REE", "REE (associated with uranium)", or a context commodity such as tungsten. */
      commodity: text('a commodity'),
      status: text('a status'),
      /** Who holds the subsoil right, as the sources name it, or "Not published as of <date>". */
      holder: datedText('a holder'),
      /** The estimate's reporting standard, or that none is stated ("no JORC or NI 43-101 estimate published"). */
      classification: datedText('a classification'),
      /** Latitude in degrees (WGS 84), only where the sources allow an estimate. */
      lat: optionalDecimal,
      lon: optionalDecimal,
      /** "approximate" (with an uncertainty radius) or "none" (no coordinates). */
      location_precision: oneOf(['approximate', 'none'] as const),
      /** Radius of the location's uncertainty, in km. */
      uncertainty_km: optionalDecimal,
      notes: optionalText,
      source_id: sourceIds(sources),
      tier,
      caveat: optionalText,
    })
    .superRefine((row, ctx) => {
      checkRowTier(row, sources, ctx);
      const approximate = row.location_precision === 'approximate';
      for (const key of ['lat', 'lon', 'uncertainty_km'] as const) {
        if (approximate && row[key] === null)
          ctx.addIssue({ code: 'custom', path: [key], message: 'expected a number for an approximate location' });
        if (!approximate && row[key] !== null)
          ctx.addIssue({ code: 'custom', path: [key], message: 'expected an empty cell when location_precision is "none"' });
      }
      for (const key of ['lat', 'lon'] as const) {
        const [what, min, max] = KZ_EXTENT[key];
        const value = row[key];
        if (approximate && value !== null && (value < min || value > max))
          ctx.addIssue({ code: 'custom', path: [key], message: `expected a ${what} within Kazakhstan (${min} to ${max})` });
      }
    });

export type DepositRow = z.output<ReturnType<typeof depositRow>>;

/** data/deposits.csv: Kazakhstan's rare-earth deposits (and one tungsten deposit, as context). */
export const depositsDataset = defineDataset<DepositRow>({
  id: 'deposits',
  file: 'deposits.csv',
  key: ['id'],
  row: depositRow,
});
