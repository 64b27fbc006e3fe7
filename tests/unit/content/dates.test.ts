import { describe, expect, test } from 'vitest';
import { dateOrder, formatPartialDate, parsePartialDate, toPartialDate } from '../../../src/lib/content/dates.ts';

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
  test('short, where space is scarce', () => {
    expect(formatPartialDate(toPartialDate('2024-02-28'), true)).toBe('28 Feb 2024');
    expect(formatPartialDate(toPartialDate('2024-09'), true)).toBe('Sep 2024');
  });
  test('a month never gains a day', () => expect(formatPartialDate(toPartialDate('2024-03'))).toBe('March 2024'));
});

describe('dateOrder: two dates with their precision', () => {
  // Every outcome, with the month-only date read as the span of its days.
  test.each([
    ['2024-02-28', '2024-02-29', 'before'],
    ['2024-02-29', '2024-02-28', 'after'],
    ['2024-02-28', '2024-02-28', 'same-day'],
    ['2023-12-31', '2024-01-01', 'before'],
    // A month-only date is a span: after every day before it, before every day after it, neither before nor
    // after a day within it (nor another date of the same month).
    ['2024-03', '2024-02-29', 'after'],
    ['2024-02-29', '2024-03', 'before'],
    ['2024-02', '2024-03-01', 'before'],
    ['2024-03-01', '2024-02', 'after'],
    ['2024-03', '2024-03-05', 'overlap'],
    ['2024-03-05', '2024-03', 'overlap'],
    ['2024-03', '2024-03-15', 'overlap'],
    ['2024-03', '2024-03', 'overlap'],
    ['2024-02', '2024-03', 'before'],
    ['2024-12', '2024-01', 'after'],
  ] as const)('%s against %s: %s', (a, b, expected) => {
    expect(dateOrder(toPartialDate(a), toPartialDate(b))).toBe(expected);
  });
});
