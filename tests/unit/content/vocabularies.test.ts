/** The closed vocabularies (src/lib/content/vocabularies.ts), as the schemas and add-source apply them. */
import { describe, expect, test } from 'vitest';
import { type AddSourceOptions, isRefusal, parseAddSourceArgs } from '../../../scripts/lib/add-source.ts';
import { OUTLET_KINDS, SOURCE_KIND_LABELS, SOURCE_KINDS, isLanguageTag } from '../../../src/lib/content/vocabularies.ts';

describe('the language tag rule', () => {
  test.each(['en', 'hi', 'mar', 'en-IN', 'en-US'])('accepts %s', (tag) => {
    expect(isLanguageTag(tag)).toBe(true);
  });
  test.each(['', 'e', 'EN', 'English', 'en-in', 'en_IN', 'en-IND', 'en-Latn', ' en'])('refuses %j', (tag) => {
    expect(isLanguageTag(tag)).toBe(false);
  });
});

describe('the kinds of report', () => {
  test('each has a label a reader can read', () => {
    for (const kind of SOURCE_KINDS) expect(SOURCE_KIND_LABELS[kind]).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
  });

  test('add-source accepts every kind of report and every kind of outlet, and nothing else', () => {
    const base = ['report.txt', '--title', 'A title', '--outlet', 'menafn', '--date', '2024-02-28'];
    for (const kind of SOURCE_KINDS) {
      expect((parseAddSourceArgs([...base, '--kind', kind]) as AddSourceOptions).kind).toBe(kind);
    }
    for (const kind of OUTLET_KINDS) {
      expect((parseAddSourceArgs([...base, '--outlet-kind', kind]) as AddSourceOptions).outletKind).toBe(kind);
    }
    expect(isRefusal(parseAddSourceArgs([...base, '--kind', 'Wire']))).toBe(true);
    expect(isRefusal(parseAddSourceArgs([...base, '--outlet-kind', 'news']))).toBe(true);
  });
});
