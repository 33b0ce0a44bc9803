/**
 * Number formatting for charts, tables and prose, through Intl.NumberFormat with a fixed locale, so the same
 * input gives the same bytes on every machine: comma thousands separators, a dot for decimals, a true minus,
 * "69.2%", "44 Mt", "390,000 t REO". Dates are in dates.ts.
 */

export type Comparator = '' | '>' | '>=' | '<' | '<=' | '~';

export interface NumberFormat {
  /** Round to at most this many decimals (default 6: show the value as given, trailing zeros dropped). */
  maximumFractionDigits?: number;
  /** Always show exactly this many decimals. */
  fractionDigits?: number;
  /** Thousands separators (default true). Off for years and ids. */
  group?: boolean;
}

const MINUS = '\u2212';

const formatters = new Map<string, Intl.NumberFormat>();

/** 390000 → "390,000"; 69.2 → "69.2"; -5 → "−5"; 0.0045 → "0.0045". */
export function formatNumber(value: number, { maximumFractionDigits = 6, fractionDigits, group = true }: NumberFormat = {}): string {
  if (!Number.isFinite(value)) throw new Error(`cannot format ${value}: expected a finite number`);
  const key = `${fractionDigits}|${maximumFractionDigits}|${group}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: fractionDigits ?? 0,
      maximumFractionDigits: fractionDigits ?? maximumFractionDigits,
      useGrouping: group,
      signDisplay: 'negative', // no sign on a value that rounds to zero
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value).replace('-', MINUS);
}

/** 69.2 → "69.2%" (the value is already in percent). */
export function formatPercent(value: number, format: NumberFormat = {}): string {
  return `${formatNumber(value, format)}%`;
}

/** Years are never grouped: 2024 → "2024". */
export function formatYear(value: number): string {
  return formatNumber(value, { group: false, maximumFractionDigits: 0 });
}

export type Scale = 'auto' | 'none' | 'kt' | 'Mt';
export type UnitDisplay = 'full' | 'short' | 'none';

export interface QuantityFormat extends NumberFormat {
  /**
   * For tonne units ("t", "t REO", …): "Mt" or "kt" rescales, "auto" uses Mt from one million tonnes up,
   * "none" keeps tonnes. Ignored for other units. Default "auto".
   */
  scale?: Scale;
  /** "full": "44 Mt REO"; "short": "44 Mt" (drops the qualifier after the base unit); "none": "44". */
  unit?: UnitDisplay;
}

const CURRENCY_UNIT = /^(thousand|million|billion) ([A-Z]{3})$/;
const PER_UNIT = /^([A-Z]{3})\/(\w+)$/;
const TONNE_UNIT = /^t(?: (.+))?$/;

/**
 * A number with its unit, written the way a reader expects:
 * (390000, "t REO") → "390,000 t REO"; (44000000, "t REO") → "44 Mt REO"; (69.2, "%") → "69.2%";
 * (260, "million USD") → "USD 260 million"; (110, "USD/kg") → "USD 110/kg"; (15, "deposits") → "15 deposits".
 */
export function formatQuantity(
  value: number,
  unit: string,
  { scale = 'auto', unit: display = 'full', ...format }: QuantityFormat = {},
): string {
  if (unit === '%') return display === 'none' ? formatNumber(value, format) : formatPercent(value, format);

  const tonnes = TONNE_UNIT.exec(unit);
  if (tonnes) {
    const qualifier = tonnes[1];
    const chosen = scale === 'auto' ? (Math.abs(value) >= 1_000_000 ? 'Mt' : 'none') : scale;
    const [n, base] = chosen === 'Mt' ? [value / 1_000_000, 'Mt'] : chosen === 'kt' ? [value / 1_000, 'kt'] : [value, 't'];
    // Division by a power of ten can leave float noise (0.1 + 0.2 style); 6 decimals hide it.
    const number = formatNumber(roundTo(n, 9), format);
    if (display === 'none') return number;
    return display === 'short' || !qualifier ? `${number} ${base}` : `${number} ${base} ${qualifier}`;
  }

  const number = formatNumber(value, format);
  if (display === 'none') return number;
  const currency = CURRENCY_UNIT.exec(unit);
  if (currency) return `${currency[2]} ${number} ${currency[1]}`;
  const per = PER_UNIT.exec(unit);
  if (per) return `${per[1]} ${number}/${per[2]}`;
  return `${number} ${unit}`;
}

function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

const COMPARATOR_WORDS: Record<Comparator, string> = {
  '': '',
  '>': 'more than',
  '>=': 'at least',
  '<': 'less than',
  '<=': 'at most',
  '~': 'about',
};

/** ">" → "more than"; "" → "". */
export function comparatorWords(comparator: Comparator): string {
  return COMPARATOR_WORDS[comparator];
}

/** A fact as prose: { value: 90000000, comparator: ">", unit: "t REO" } → "more than 90 Mt REO". */
export function formatFactValue(fact: { value: number; comparator: Comparator; unit: string }, options: QuantityFormat = {}): string {
  const words = comparatorWords(fact.comparator);
  const quantity = formatQuantity(fact.value, fact.unit, options);
  return words ? `${words} ${quantity}` : quantity;
}
