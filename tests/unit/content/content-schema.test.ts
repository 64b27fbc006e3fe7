/**
 * The collection schemas of src/content.config.ts, on good and bad frontmatter. (Whole-build failures, with
 * Astro's file-and-field messages, are tested in tests/build/broken-content.test.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { collections } from '../../../src/content.config.ts';

type Schema = {
  safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
};
const sourceSchema = collections.sources.schema as unknown as Schema;

const frontmatterOf = (file: string) =>
  parseFrontmatter(readFileSync(file, 'utf8')).frontmatter as Record<string, unknown>;
const goodFiles = readdirSync('content/sources').map((f) => `content/sources/${f}`);
const base = frontmatterOf('content/sources/ians-menafn.mdx');

function problems(data: Record<string, unknown>): string[] {
  const result = sourceSchema.safeParse(data);
  return result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('sources schema', () => {
  test.each(goodFiles)('accepts %s', (file) => {
    expect(problems(frontmatterOf(file))).toEqual([]);
  });

  test.each([
    ['missing date', { date: undefined }, 'date: date is required'],
    ['impossible date', { date: '2024-02-30' }, 'date: "2024-02-30" is impossible'],
    ['unquoted date (YAML timestamp)', { date: new Date('2024-03-01') }, 'date: write the date in quotes'],
    [
      'unknown kind',
      { kind: 'press-release' },
      'kind: kind must be one of: official-readout, wire, news, blog, republication',
    ],
    ['empty title', { title: '' }, 'title: title must not be empty'],
    ['hostile title', { title: 'India\u202EUS' }, 'title: title contains an invisible control'],
    ['bad url', { url: 'menafn.com' }, 'url: url must be a full http(s) address'],
    ['no provenance', { provenance: [] }, 'provenance: provenance needs at least one note'],
    ['bad language', { language: 'English' }, 'language: language must be a language tag'],
    ['bad titleSource', { titleSource: 'guess' }, 'titleSource: titleSource must be "capture"'],
  ])('refuses %s', (_, change, expected) => {
    expect(problems({ ...base, ...change }).join('\n')).toContain(expected);
  });

  test('refuses a misspelt field rather than ignoring it', () => {
    expect(problems({ ...base, autor: 'Someone' }).join('\n')).toMatch(/autor/);
  });
});

describe('every collection names a misspelt field the same way', () => {
  const schemaOf = (name: keyof typeof collections) => collections[name].schema as unknown as Schema;
  const fact = {
    statement: 'S.',
    section: 'when',
    order: 1,
    support: [{ source: 'dhs-readout', quote: 'q', stance: 'agrees' }],
  };

  test.each([
    ['facts', { ...fact, statment: 'x' }, 'statment: "statment" is not a field of a statement'],
    [
      'facts',
      { ...fact, support: [{ ...fact.support[0], qoute: 'x' }] },
      'support.0.qoute: "qoute" is not a field of a quote',
    ],
    [
      'events',
      { title: 'T', date: '2010', support: [{ source: 'dhs-readout', quote: 'q' }], when: 'x' },
      'when: "when" is not a field of an event',
    ],
  ] as const)('%s', (name, data, expected) => {
    const result = schemaOf(name).safeParse(data);
    expect(
      result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
    ).toContain(expected);
  });
});
