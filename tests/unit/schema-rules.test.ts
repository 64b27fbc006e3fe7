import { describe, expect, test } from 'vitest';
import { partialDate, text, webAddress } from '../../src/lib/schema-rules.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe('date: a quoted day or month', () => {
  test.each(['2024-02-29', '2024-03', '2023-12-31'])('accepts "%s"', (value) => {
    expect(partialDate.safeParse(value)).toMatchObject({ success: true, data: value });
  });

  test.each([
    [undefined, 'date is required'],
    [null, 'date is required'],
    ['2024-02-30', '"2024-02-30" is impossible: February 2024 has 29 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2024-13', 'has no month 13'],
    ['28 February 2024', 'is not a date of the form YYYY-MM-DD or YYYY-MM'],
    [20240228, 'date must be a quoted string'],
    // What YAML makes of an unquoted 2024-02-30: a real timestamp on 1 March.
    [new Date('2024-03-01T00:00:00Z'), 'write the date in quotes'],
  ])('refuses %j', (value, message) => {
    const result = partialDate.safeParse(value);
    expect(result.success).toBe(false);
    expect(messages(result).join(' ')).toContain(message);
  });
});

describe('text fields', () => {
  const title = text('title');

  test('accepts a title with curly and straight quotes', () => {
    expect(title.safeParse('Canegallo’s "Participation"')).toMatchObject({ success: true });
  });

  test.each([
    [undefined, 'title is required'],
    ['', 'title must not be empty'],
    ['   ', 'title must not be empty'],
    [42, 'title must be text'],
    ['Readout\u202Eevil', 'title contains an invisible control or direction-override character'],
    ['Readout\u0007', 'invisible control'],
  ])('refuses %j', (value, message) => {
    expect(messages(title.safeParse(value)).join(' ')).toContain(message);
  });
});

describe('web addresses', () => {
  const url = webAddress('url');
  test('accepts https', () => expect(url.safeParse('https://menafn.com/1107911466/x').success).toBe(true));
  test.each(['menafn.com/x', 'javascript:alert(1)', 'ftp://example.org/x'])('refuses %s', (value) => {
    expect(messages(url.safeParse(value)).join(' ')).toContain('url must be a full http(s) address');
  });
});
