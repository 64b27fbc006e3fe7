/**
 * Dates with their precision. A report's day of publication is not always known (TFIPost's address gives only
 * the month), so a date is either a day ("2024-02-29") or a month ("2024-03"); the site shows which, and never
 * invents the missing day.
 */

export type DatePrecision = 'day' | 'month';

export interface PartialDate {
  /** The date as written: "YYYY-MM-DD" or "YYYY-MM". Sorts chronologically as a string. */
  iso: string;
  precision: DatePrecision;
  year: number;
  month: number;
  day?: number;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads "YYYY-MM-DD" or "YYYY-MM". Returns a reason string instead of throwing, so that a schema or a
 * command-line tool can put it in its own words.
 */
export function parsePartialDate(input: string): PartialDate | { error: string } {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(input);
  if (!match) return { error: `"${input}" is not a date of the form YYYY-MM-DD or YYYY-MM` };
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${input}" has no month ${match[2]}` };
  if (match[3] === undefined) return { iso: input, precision: 'month', year, month };
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return { error: `"${input}" is impossible: ${MONTHS[month - 1]} ${year} has ${last} days` };
  }
  return { iso: input, precision: 'day', year, month, day };
}

export function isPartialDate(value: PartialDate | { error: string }): value is PartialDate {
  return !('error' in value);
}

/** Parses a date already validated by the schema; throws on anything else. */
export function toPartialDate(input: string): PartialDate {
  const parsed = parsePartialDate(input);
  if (!isPartialDate(parsed)) throw new Error(parsed.error);
  return parsed;
}

/** "29 February 2024", or "March 2024" for a month; `short`: "29 Feb 2024", "Mar 2024" (where space is scarce). */
export function formatPartialDate(date: PartialDate, short = false): string {
  const full = MONTHS[date.month - 1]!;
  const monthName = short ? full.slice(0, 3) : full;
  return date.day === undefined ? `${monthName} ${date.year}` : `${date.day} ${monthName} ${date.year}`;
}

/** The first and the last day a date may stand for, as "YYYY-MM-DD": a day stands for itself, a month for its days. */
export function dayRange(date: PartialDate): { first: string; last: string } {
  if (date.day !== undefined) return { first: date.iso, last: date.iso };
  const last = String(daysInMonth(date.year, date.month)).padStart(2, '0');
  return { first: `${date.iso}-01`, last: `${date.iso}-${last}` };
}

export type DateOrder = 'before' | 'after' | 'same-day' | 'overlap';

/**
 * Whether `a` is surely before or after `b`: every day one may stand for is before every day the other may stand
 * for. A month is a span of days: "2024-03" is after "2024-02-29" but neither before nor after "2024-03-05"
 * (`overlap`); two equal days are `same-day`.
 */
export function dateOrder(a: PartialDate, b: PartialDate): DateOrder {
  const ra = dayRange(a);
  const rb = dayRange(b);
  if (ra.last < rb.first) return 'before';
  if (rb.last < ra.first) return 'after';
  if (a.precision === 'day' && b.precision === 'day') return 'same-day';
  return 'overlap';
}
