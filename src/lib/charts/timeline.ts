import * as Plot from '@observablehq/plot';
import { EVENT_KINDS, eventInstant, type EventKind, type EventRow } from '../../schemas/data-events.ts';
import { formatIsoDate } from '../dates.ts';
import { assembleSpec, type SpecText, type ChartSpec } from './types.ts';
import { HALO, WIDTH, chartColor, labelMargin, textWidth, type PaletteName } from './theme.ts';

/**
 * A timeline with one row per event, in date order. The left column names each event's kind (a direct
 * label instead of a legend) or, when all events are of one kind, its date; the marker's shape and colour
 * repeat the kind, and the event's short label sits beside its marker, on whichever side has room.
 * Events known only to the month have hollow markers placed mid-month.
 */

/** Each kind's name in the left column and the table, and its marker's colour and shape. */
export const KINDS: Record<EventKind, { label: string; colour: PaletteName; symbol: string }> = {
  agreement: { label: 'Agreement', colour: 'bluishGreen', symbol: 'square' },
  summit: { label: 'Meeting', colour: 'orange', symbol: 'circle' }, // leaders' summits and officials' meetings alike
  legislation: { label: 'Legislation', colour: 'blue', symbol: 'diamond' },
  'export-control': { label: 'Export control', colour: 'vermillion', symbol: 'triangle' },
  investment: { label: 'Investment', colour: 'skyBlue', symbol: 'star' },
  discovery: { label: 'Discovery', colour: 'reddishPurple', symbol: 'cross' },
};

export interface TimelineInput extends SpecText {
  events: ReadonlyArray<EventRow>;
}

const ROW_HEIGHT = 20;
const MARGIN_RIGHT = 16;
const LABEL_GAP = 9;
const DAY = 86_400_000;

/** Chronological, then by id so events on the same day keep a fixed order. */
export function orderEvents<T extends Pick<EventRow, 'id' | 'date' | 'date_precision'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => eventInstant(a).getTime() - eventInstant(b).getTime() || a.id.localeCompare(b.id));
}

export function eventTimeline(input: TimelineInput): ChartSpec {
  const events = orderEvents(input.events).map((e) => ({ ...e, at: eventInstant(e) }));
  if (events.length === 0) throw new Error(`chart "${input.id}": no events to draw`);
  const kinds = EVENT_KINDS.filter((k) => events.some((e) => e.kind === k));
  const singleKind = kinds.length === 1;
  // The left column names each event's kind, or its date when every event has the same kind.
  const rowText = new Map(events.map((e) => [e.id, singleKind ? formatIsoDate(e.date, { short: true }) : KINDS[e.kind].label]));

  const first = events[0]!.at.getTime();
  const last = events.at(-1)!.at.getTime();
  const pad = Math.max(45 * DAY, (last - first) * 0.03);
  const domain: [Date, Date] = [new Date(first - pad), new Date(last + pad)];
  const marginLeft = labelMargin([...rowText.values()]);
  const plotWidth = WIDTH - marginLeft - MARGIN_RIGHT;

  // Put each label where it fits: left of the marker if there is room, else right, else the roomier side.
  const placed = events.map((e) => {
    const x = ((e.at.getTime() - domain[0].getTime()) / (domain[1].getTime() - domain[0].getTime())) * plotWidth;
    const need = LABEL_GAP + textWidth(e.label);
    const roomLeft = x;
    const roomRight = plotWidth + MARGIN_RIGHT - x;
    const side: 'left' | 'right' =
      need <= roomLeft && (x > plotWidth / 2 || need > roomRight)
        ? 'left'
        : need <= roomRight
          ? 'right'
          : roomLeft > roomRight
            ? 'left'
            : 'right';
    return { ...e, side };
  });

  const plot = (): Plot.PlotOptions => ({
    width: WIDTH,
    height: events.length * ROW_HEIGHT + 52,
    marginLeft,
    marginRight: MARGIN_RIGHT,
    marginTop: 6,
    marginBottom: 32,
    x: { type: 'utc', domain, grid: true, label: null, ticks: tickInterval(domain) },
    y: {
      domain: events.map((e) => e.id),
      label: null,
      tickSize: 0,
      padding: 0,
      // Room between the last row and the axis, so tick marks never touch a label.
      insetTop: 4,
      insetBottom: 8,
      tickFormat: (id: string) => rowText.get(id) ?? id,
    },
    color: { domain: kinds, range: kinds.map((k) => chartColor(KINDS[k].colour)) },
    symbol: { domain: kinds, range: kinds.map((k) => KINDS[k].symbol) },
    marks: [
      Plot.ruleY(events, { y: 'id', stroke: 'currentColor', strokeOpacity: 0.06 }),
      Plot.dot(
        events.filter((e) => e.date_precision === 'day'),
        { x: 'at', y: 'id', symbol: 'kind', fill: 'kind', stroke: 'kind', r: 4.5 },
      ),
      Plot.dot(
        events.filter((e) => e.date_precision === 'month'),
        { x: 'at', y: 'id', symbol: 'kind', fill: HALO, stroke: 'kind', strokeWidth: 1.75, r: 4.5 },
      ),
      Plot.text(
        placed.filter((e) => e.side === 'left'),
        { x: 'at', y: 'id', text: 'label', textAnchor: 'end', dx: -LABEL_GAP },
      ),
      Plot.text(
        placed.filter((e) => e.side === 'right'),
        { x: 'at', y: 'id', text: 'label', textAnchor: 'start', dx: LABEL_GAP },
      ),
    ],
  });

  return assembleSpec('timeline', input, {
    plot,
    table: {
      columns: [
        { key: 'date', label: 'Date', type: 'date' },
        { key: 'kind', label: 'Kind', type: 'text' },
        { key: 'title', label: 'Event', type: 'text' },
        { key: 'source_id', label: 'Sources', type: 'source-ids' },
        { key: 'tier', label: 'Tier', type: 'text' },
        { key: 'caveat', label: 'Caveat', type: 'text' },
      ],
      rows: events.map((e) => ({
        date: e.date,
        kind: KINDS[e.kind].label,
        title: e.title,
        source_id: e.source_id.join(';'),
        tier: e.tier,
        caveat: e.caveat,
      })),
    },
    units: [],
  });
}

/** Yearly ticks for long spans, half-yearly or quarterly for short ones: readable without crowding. */
function tickInterval([a, b]: [Date, Date]): string {
  const years = (b.getTime() - a.getTime()) / (365.25 * DAY);
  return years > 6 ? '1 year' : years > 2.5 ? '6 months' : '3 months';
}
