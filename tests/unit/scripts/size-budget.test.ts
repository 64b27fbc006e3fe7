import { describe, expect, test } from 'vitest';
import {
  type PageWeight,
  filesOverBudget,
  formatTable,
  gzipSize,
  largestDataFile,
  median,
  overBudget,
  pageAssets,
  resolveFrom,
  searchFirstAnswer,
  weighPages,
} from '../../../scripts/lib/size-budget.ts';

describe('pageAssets: the stylesheets and scripts a page loads', () => {
  test('stylesheets, script files, module preloads and inline scripts; not icons nor data blocks', () => {
    const html =
      '<link rel="icon" href="../favicon.svg"><link rel="stylesheet" href="../_astro/a.css">' +
      "<link rel='modulepreload' href='../_astro/m.js'><script defer src=\"x.js\"></script>" +
      '<script>inline()</script><script type="application/ld+json">{}</script>';
    expect(pageAssets(html)).toEqual({
      stylesheets: ['../_astro/a.css'],
      scripts: ['../_astro/m.js', 'x.js'],
      inlineScripts: 1,
    });
  });
});

test.each([
  ['sources/a/index.html', '../../_astro/x.css', '_astro/x.css'],
  ['index.html', '_astro/x.css', '_astro/x.css'],
  ['search/index.html', 'search.js?v=1', 'search/search.js'],
  ['index.html', 'https://cdn.example/x.js', undefined],
  ['index.html', '//cdn.example/x.js', undefined],
])('resolveFrom(%j, %j) is %j', (page, reference, expected) => {
  expect(resolveFrom(page, reference)).toBe(expected);
});

test.each([
  [[], 0],
  [[3], 3],
  [[5, 1, 3], 3],
  [[4, 1, 3, 2], 2.5],
])('median(%j) is %d', (values, expected) => {
  expect(median(values)).toBe(expected);
});

describe('weighPages', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const css = bytes('body{color:red}'.repeat(40));
  const js = bytes('console.log(1);'.repeat(30));
  const home = bytes('<link rel="stylesheet" href="_astro/s.css"><p>home</p>');
  const search = bytes('<link rel="stylesheet" href="../_astro/s.css"><script src="search.js"></script>');
  const files = new Map([
    ['index.html', home],
    ['_astro/s.css', css],
    ['search/index.html', search],
    ['search/search.js', js],
    ['favicon.svg', bytes('<svg/>')],
  ]);

  test('a row per page: its HTML, plus each stylesheet and script it loads, gzipped', () => {
    expect(weighPages(files)).toEqual([
      {
        page: 'index.html',
        html: gzipSize(home),
        css: gzipSize(css),
        js: 0,
        total: gzipSize(home) + gzipSize(css),
        scripts: [],
      },
      {
        page: 'search/index.html',
        html: gzipSize(search),
        css: gzipSize(css),
        js: gzipSize(js),
        total: gzipSize(search) + gzipSize(css) + gzipSize(js),
        scripts: ['search/search.js'],
      },
    ]);
  });

  test('gzip makes repetitive text much smaller than its bytes', () => {
    expect(gzipSize(css)).toBeLessThan(css.byteLength / 5);
  });

  test('a page that loads a missing file is an error naming both', () => {
    expect(() => weighPages(new Map([['index.html', bytes('<script src="gone.js"></script>')]]))).toThrow(
      'index.html loads gone.js, but there is no file dist/gone.js',
    );
  });
});

describe('overBudget', () => {
  const row = (page: string, kib: number, scripts: string[] = []): PageWeight => ({
    page,
    html: kib * 1024,
    css: 0,
    js: 0,
    total: kib * 1024,
    scripts,
  });

  test('within budget: no problem', () => {
    expect(overBudget([row('a.html', 10), row('b.html', 15), row('search/index.html', 59, ['search/s.js'])])).toEqual(
      [],
    );
  });

  test('the median over 15 KiB, a page over 60 KiB, JavaScript outside the search page', () => {
    expect(overBudget([row('a.html', 16), row('b.html', 61), row('c.html', 16, ['inline'])])).toEqual([
      'the median page weighs 16.0 KiB gzipped, over the 15 KiB budget',
      'b.html weighs 61.0 KiB gzipped, over the 60 KiB budget',
      'c.html has JavaScript (inline); only search/index.html may',
    ]);
  });
});

test('formatTable: one row per page, then the median and the heaviest page', () => {
  const table = formatTable([
    { page: 'index.html', html: 1024, css: 2048, js: 0, total: 3072, scripts: [] },
    { page: 'search/index.html', html: 1024, css: 2048, js: 10240, total: 13312, scripts: ['search/s.js'] },
  ]);
  expect(table).toBe(
    [
      'Page weight, KiB gzipped (HTML + the local CSS and JS it loads):',
      '',
      'page               HTML  CSS    JS  total',
      '-----------------  ----  ---  ----  -----',
      'index.html          1.0  2.0   0.0    3.0',
      'search/index.html   1.0  2.0  10.0   13.0',
      '',
      'median 8.0 KiB (budget 15 KiB); heaviest search/index.html 13.0 KiB (budget 60 KiB); 2 pages',
    ].join('\n'),
  );
});

describe('the bounds beside the pages: data files and the search’s first answer', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const sized = (n: number) => new Uint8Array(n);
  const searchPage = bytes(
    '<link rel="stylesheet" href="../_astro/s.css"><script src="manifest.js"></script><script src="engine.js"></script>',
  );
  const files = new Map<string, Uint8Array>([
    ['search/index.html', searchPage],
    ['_astro/s.css', sized(1000)],
    ['search/manifest.js', sized(200)],
    ['search/engine.js', sized(3000)],
    ['search/terms/0.js', sized(30_000)],
    ['search/terms/1.js', sized(10_000)],
    ['search/terms/2.js', sized(20_000)],
    ['search/docs/0.js', sized(16_000)],
    ['search/docs/1.js', sized(9_000)],
    ['data/a.json', sized(5)],
    ['data/b/c.jsonld', sized(7)],
  ]);

  test('the first answer: the page, what it names, the two largest term shards and the largest document shard', () => {
    const answer = searchFirstAnswer(files)!;
    expect(answer.parts.map((p) => p.path)).toEqual([
      'search/index.html',
      '_astro/s.css',
      'search/manifest.js',
      'search/engine.js',
      'search/terms/0.js',
      'search/terms/2.js',
      'search/docs/0.js',
    ]);
    expect(answer.bytes).toBe(searchPage.byteLength + 1000 + 200 + 3000 + 30_000 + 20_000 + 16_000);
    expect(searchFirstAnswer(new Map([['search/index.html', searchPage]]))).toBeUndefined();
  });

  test('the largest data file, and each bound broken named', () => {
    expect(largestDataFile(files)).toEqual({ path: 'data/b/c.jsonld', bytes: 7 });
    expect(filesOverBudget(files)).toEqual([]);
    expect(filesOverBudget(files, { dataFileMiB: 6 / 1024 / 1024, searchFirstAnswerKiB: 50 })).toEqual([
      expect.stringMatching(/^data\/b\/c\.jsonld is 0\.0 MiB, over the [\d.e-]+ MiB budget$/),
      expect.stringMatching(/^search loads up to 68\.\d KiB before its first answer, over the 50 KiB budget$/),
    ]);
  });
});
