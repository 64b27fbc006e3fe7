/**
 * Broken content fails the build with a message that names the file and the field.
 *
 * Each case is a folder of tests/fixtures/broken/ holding files at their place in the site (a report under
 * content/sources/, an outlet under content/outlets/…). The test copies the site, adds one case, runs the real
 * `astro build`, and expects it to fail with the message below. An untouched copy is built too, to show that the
 * failures come from the cases.
 */
import { cp } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT, type BuildResult, buildSite, copySite, removeSite } from '../../scripts/lib/temp-site.ts';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/broken');

/** [case, the file it names, what the build must say about the field] */
const CASES: [string, string, string][] = [
  [
    'missing-date',
    'content/sources/missing-date.mdx',
    'date: date is required: write "YYYY-MM-DD", or "YYYY-MM" if only the month is known',
  ],
  [
    'impossible-date',
    'content/sources/impossible-date.mdx',
    'date: "2024-02-30" is impossible: February 2024 has 29 days',
  ],
  ['unquoted-date', 'content/sources/unquoted-date.mdx', 'date: write the date in quotes, e.g. date: "2024-02-29"'],
  ['month-13', 'content/sources/month-13.mdx', 'date: "2024-13" has no month 13'],
  ['unknown-outlet', 'content/sources/unknown-outlet.mdx', 'outlet: no outlet "the-daily-nowhere" in content/outlets/'],
  [
    'unknown-official',
    'content/sources/unknown-official.mdx',
    'officials[1]: no official "amit-shah" in content/officials/',
  ],
  [
    'official-not-named',
    'content/sources/official-not-named.mdx',
    'officials[1]: "kristie-canegallo" is listed, but the article never names Kristie Canegallo',
  ],
  [
    'unknown-kind',
    'content/sources/unknown-kind.mdx',
    'kind: kind must be one of: official-readout, wire, news, blog, republication',
  ],
  ['empty-body', 'content/sources/empty-body.mdx', 'body: the article has no paragraphs (is the body empty?)'],
  [
    'misspelt-field',
    'content/sources/misspelt-field.mdx',
    'autor: "autor" is not a field of a report; check its spelling',
  ],
  [
    'bidi-override-in-title',
    'content/sources/bidi-override-in-title.mdx',
    'title: title contains an invisible control or direction-override character',
  ],
  [
    'bidi-override-in-body',
    'content/sources/bidi-override-in-body.mdx',
    'article paragraph 1: contains the invisible control character U+202E',
  ],
  [
    'markdown-accident',
    'content/sources/markdown-accident.mdx',
    'article paragraph 1: contains <em>, so Markdown or MDX has read part of the report as markup',
  ],
  ['javascript-url', 'content/sources/javascript-url.mdx', 'url: url must be a full http(s) address'],
  ['duplicate-slug', 'content/sources/2024/dhs-readout.mdx', 'duplicate slug "dhs-readout"'],
  [
    'number-slug',
    'content/sources/2024/2.mdx',
    'the file name "2" is the page address (slug) and must not be a number alone: /sources/2/, /sources/3/ and on are the pages of the list',
  ],
  [
    'shared-citation-name',
    'content/sources/second-tfipost-post.mdx',
    'content/sources/second-tfipost-post.mdx, content/sources/tfipost.mdx: shortName: each would be cited as "[TFIPost ¶1]"; give each report a shortName of its own',
  ],
  [
    'outlet-misspelt-field',
    'content/outlets/daily-example.yaml',
    'homepag: "homepag" is not a field of an outlet; check its spelling',
  ],
  [
    'official-title-not-in-text',
    'content/officials/ajay-bhalla.yaml',
    'titles[0].title: "Union Home Secretary" does not appear in the text of content/sources/dhs-readout.mdx',
  ],
];

const CONTROL = '(no change)';
const results = new Map<string, BuildResult>();

/** Runs the builds two at a time: each is mostly one busy core. */
async function inPool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: size }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

beforeAll(async () => {
  await inPool([CONTROL, ...CASES.map(([name]) => name)], 2, async (name) => {
    const site = await copySite({ prefix: `hsd-broken-${name === CONTROL ? 'control' : name}-` });
    try {
      if (name !== CONTROL) await cp(join(FIXTURES, name), site, { recursive: true });
      results.set(name, await buildSite(site));
    } finally {
      await removeSite(site);
    }
  });
}, 300_000);

describe('broken content fails the build, naming the file and the field', () => {
  test('every fixture folder has its case here', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(CASES.map(([name]) => name).sort());
  });

  test('the site without any case builds', () => {
    const control = results.get(CONTROL)!;
    expect(control.output).not.toMatch(/\berror\b/i);
    expect(control.code).toBe(0);
  });

  test.each(CASES)('%s', (name, file, message) => {
    const result = results.get(name)!;
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(file);
    expect(result.output).toContain(message);
  });
});
