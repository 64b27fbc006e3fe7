import { describe, expect, test } from 'vitest';
import { dateOrder, formatPartialDate, parsePartialDate, toPartialDate } from '../../src/lib/dates.ts';

describe('parsePartialDate', () => {
  test.each([
    ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
    ['2024-03', { precision: 'month', year: 2024, month: 3 }],
    ['2023-12-31', { precision: 'day', year: 2023, month: 12, day: 31 }],
  ])('accepts %s', (input, expected) => {
    expect(parsePartialDate(input)).toEqual({ iso: input, ...expected });
  });

  test.each([
    ['2024-02-30', 'impossible'],
    ['2023-02-29', 'impossible'],
    ['2024-04-31', 'impossible'],
    ['2024-13', 'no month 13'],
    ['2024-00-10', 'no month 00'],
    ['2024-13-45', 'no month 13'],
    ['29 February 2024', 'not a date of the form'],
    ['2024-2-9', 'not a date of the form'],
    ['', 'not a date of the form'],
  ])('refuses %s', (input, reason) => {
    const result = parsePartialDate(input);
    expect('error' in result && result.error).toContain(reason);
  });
});

describe('formatPartialDate', () => {
  test('a day', () => expect(formatPartialDate(toPartialDate('2024-02-28'))).toBe('28 February 2024'));
  test('a month never gains a day', () => expect(formatPartialDate(toPartialDate('2024-03'))).toBe('March 2024'));
});

describe('dateOrder before: dates with their precision', () => {
  const d = (iso: string) => toPartialDate(iso);
  test.each([
    ['2024-02-28', '2024-02-29', true],
    ['2024-02-29', '2024-02-28', false],
    ['2024-02-28', '2024-02-28', false],
    // A month-only date is neither before nor after a day of that month.
    ['2024-03', '2024-03-15', false],
    ['2024-03-15', '2024-03', false],
    ['2024-02-29', '2024-03', true],
    ['2024-02', '2024-03-01', true],
    ['2024-02', '2024-02', false],
  ])('%s before %s: %s', (a, b, expected) => {
    expect(dateOrder(d(a), d(b)) === 'before').toBe(expected);
  });
});
