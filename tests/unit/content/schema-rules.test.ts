import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { fieldsOf, partialDate, text, webAddress } from '../../../src/lib/content/schema-rules.ts';

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

const schema = fieldsOf('a thing', { name: z.string(), homepage: webAddress('homepage').nullable() });
const issues = (value: unknown) =>
  schema.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('fieldsOf: closed fields, each unknown one reported under its own name', () => {
  test('accepts the known fields', () => {
    expect(schema.parse({ name: 'x', homepage: null })).toEqual({ name: 'x', homepage: null });
  });

  test('a misspelt field is named, together with the field it was meant to be', () => {
    expect(issues({ name: 'x', homepag: 'https://example.org/' })).toEqual([
      ['homepage', 'homepage is required: a full http(s) address, or null where it is not known'],
      ['homepag', '"homepag" is not a field of a thing; check its spelling (the fields are: name, homepage)'],
    ]);
  });

  test('an address must be http(s)', () => {
    expect(issues({ name: 'x', homepage: 'javascript:alert(1)' })).toEqual([
      ['homepage', 'homepage must be a full http(s) address, e.g. https://example.org/page'],
    ]);
  });
});
