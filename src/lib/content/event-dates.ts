/**
 * Dates of the events the reports mention, with their precision. The reports date things loosely ("in 2010",
 * "last June", "on Wednesday", "at a mutually convenient date"), and the timeline must show how much is known
 * rather than invent a day. A date is written in content/events/*.yaml as one of:
 *
 *   "2010"                    a year
 *   "2023-06"                 a month
 *   "2024-02-28"              a day
 *   "2024-02-27/2024-02-29"   a span of days (ISO 8601 interval): the event lasted from the first to the last
 *   "2024-02-28|2024-02-29"   one of two days: the reports disagree, or do not say which
 *   "unknown"                 no date is known
 */
import { formatPartialDate, isPartialDate, parsePartialDate, type PartialDate } from './dates.ts';

export type EventPrecision = 'year' | 'month' | 'day' | 'span' | 'either' | 'unknown';

export const PRECISION_LABELS: Record<EventPrecision, string> = {
  year: 'year known',
  month: 'month known, not the day',
  day: 'day known',
  span: 'several days',
  either: 'one of two days',
  unknown: 'date not known',
};

/** One point of a date: a year, a month or a day. */
export interface DatePoint {
  /** As written, a valid HTML `datetime` value: "2010", "2023-06", "2024-02-28". */
  iso: string;
  /** "2010", "June 2023", "28 February 2024". */
  label: string;
}

export interface EventDate {
  precision: EventPrecision;
  /** The first (or only) point; null where unknown. */
  from: DatePoint | null;
  /** The last day of a span, or the second possible day. */
  to: DatePoint | null;
  /** The whole date in words: "27–29 February 2024", "28 or 29 February 2024", "date not known". */
  label: string;
  /** Sorts chronologically as a string; unknown dates sort last. */
  sortKey: string;
}

function point(input: string): DatePoint | { error: string } {
  if (/^\d{4}$/.test(input)) return { iso: input, label: input };
  const parsed = parsePartialDate(input);
  if (!isPartialDate(parsed)) return parsed;
  return { iso: parsed.iso, label: formatPartialDate(parsed) };
}

/** "27–29 February 2024", "28 February – 1 March 2024": the shared month and year written once. */
function rangeLabel(from: PartialDate, to: PartialDate, joiner: string): string {
  if (from.year === to.year && from.month === to.month) {
    return `${from.day}${joiner}${formatPartialDate(to)}`;
  }
  const fromLabel = formatPartialDate(from);
  return `${from.year === to.year ? fromLabel.replace(` ${from.year}`, '') : fromLabel}${joiner === '–' ? ' – ' : joiner}${formatPartialDate(to)}`;
}

/** Reads an event date; returns a reason instead of throwing, for the schema's message. */
export function parseEventDate(input: string): EventDate | { error: string } {
  const format =
    'write "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD" (a span of days), "YYYY-MM-DD|YYYY-MM-DD" (one of two days) or "unknown"';
  if (input === 'unknown') {
    return { precision: 'unknown', from: null, to: null, label: PRECISION_LABELS.unknown, sortKey: '9999' };
  }
  const pair = /^(\d{4}-\d{2}-\d{2})([/|])(\d{4}-\d{2}-\d{2})$/.exec(input);
  if (pair) {
    const from = parsePartialDate(pair[1]!);
    const to = parsePartialDate(pair[3]!);
    if (!isPartialDate(from)) return from;
    if (!isPartialDate(to)) return to;
    if (to.iso <= from.iso) return { error: `"${input}": the second day must come after the first` };
    const span = pair[2] === '/';
    return {
      precision: span ? 'span' : 'either',
      from: { iso: from.iso, label: formatPartialDate(from) },
      to: { iso: to.iso, label: formatPartialDate(to) },
      label: rangeLabel(from, to, span ? '–' : ' or '),
      sortKey: from.iso,
    };
  }
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(input)) return { error: `"${input}" is not a date: ${format}` };
  const single = point(input);
  if ('error' in single) return single;
  const precision: EventPrecision = input.length === 4 ? 'year' : input.length === 7 ? 'month' : 'day';
  return { precision, from: single, to: null, label: single.label, sortKey: input };
}

export function isEventDate(value: EventDate | { error: string }): value is EventDate {
  return !('error' in value);
}

/** The date of a report's publication as an event date. */
export function fromPartialDate(date: PartialDate): EventDate {
  const label = formatPartialDate(date);
  return { precision: date.precision, from: { iso: date.iso, label }, to: null, label, sortKey: date.iso };
}
