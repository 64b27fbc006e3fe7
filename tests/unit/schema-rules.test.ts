import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { fieldsOf, webAddress } from '../../src/lib/schema-rules.ts';

const schema = fieldsOf('a thing', { name: z.string(), homepage: webAddress('homepage').nullable() });
const issues = (value: unknown) => schema.safeParse(value).error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

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
