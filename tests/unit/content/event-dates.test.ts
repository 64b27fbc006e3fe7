/** Event dates with their precision (src/lib/content/event-dates.ts), table-driven. */
import { describe, expect, test } from 'vitest';
import { fromPartialDate, parseEventDate } from '../../../src/lib/content/event-dates.ts';
import { toPartialDate } from '../../../src/lib/content/dates.ts';

describe('parseEventDate', () => {
  test.each([
    ['2010', 'year', '2010', null, '2010'],
    ['2023-06', 'month', '2023-06', null, 'June 2023'],
    ['2024-02-28', 'day', '2024-02-28', null, '28 February 2024'],
    ['2024-02-27/2024-02-29', 'span', '2024-02-27', '2024-02-29', '27–29 February 2024'],
    ['2024-02-28/2024-03-01', 'span', '2024-02-28', '2024-03-01', '28 February – 1 March 2024'],
    ['2023-12-31/2024-01-01', 'span', '2023-12-31', '2024-01-01', '31 December 2023 – 1 January 2024'],
    ['2024-02-28|2024-02-29', 'either', '2024-02-28', '2024-02-29', '28 or 29 February 2024'],
    ['unknown', 'unknown', null, null, 'date not known'],
  ])('%s: %s', (input, precision, from, to, label) => {
    const date = parseEventDate(input);
    expect(date).toMatchObject({ precision, label });
    if (!('error' in date)) {
      expect(date.from?.iso ?? null).toBe(from);
      expect(date.to?.iso ?? null).toBe(to);
    }
  });

  test.each([
    ['2024-02-30', '"2024-02-30" is impossible: February 2024 has 29 days'],
    ['2024-13', '"2024-13" has no month 13'],
    [
      'last June',
      '"last June" is not a date: write "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DD/YYYY-MM-DD" (a span of days), "YYYY-MM-DD|YYYY-MM-DD" (one of two days) or "unknown"',
    ],
    ['2024-02-29/2024-02-27', '"2024-02-29/2024-02-27": the second day must come after the first'],
  ])('refuses %j', (input, error) => {
    expect(parseEventDate(input)).toEqual({ error });
  });

  test('sorts chronologically, unknown last; a month before its days', () => {
    const inputs = ['unknown', '2024-02-28', '2024-02', '2010', '2024-02-27/2024-02-29', '2023-07'];
    const sorted = [...inputs].sort((a, b) => {
      const x = parseEventDate(a);
      const y = parseEventDate(b);
      return 'error' in x || 'error' in y ? 0 : x.sortKey.localeCompare(y.sortKey);
    });
    expect(sorted).toEqual(['2010', '2023-07', '2024-02', '2024-02-27/2024-02-29', '2024-02-28', 'unknown']);
  });

  test('a report’s publication date keeps its precision', () => {
    expect(fromPartialDate(toPartialDate('2024-03'))).toMatchObject({ precision: 'month', label: 'March 2024' });
  });
});

// content/events/ and content/discrepancies/ read "on Wednesday" in the reports dated 28 February 2024 as that day.
test('28 February 2024 was a Wednesday', () => {
  expect(new Date(Date.UTC(2024, 1, 28)).getUTCDay()).toBe(3);
});
