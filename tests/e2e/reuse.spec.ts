/**
 * Text reuse as published: dist/data/reuse.json, the matrix and the pair pages. The expected ranking comes from
 * reading the reports (see tests/unit/analysis/reuse/reuse-sources.test.ts); the passages are checked against the source pages as
 * the browser renders them. What is said of the five reports holds among them whatever other reports the dossier
 * holds; how many reports and pairs there are is read from reuse.json itself.
 */
import { expect, test } from '@playwright/test';
import type { ReuseExport } from '../../src/lib/open-data/reuse-export.ts';
import { MATRIX_LIMIT } from '../../src/lib/analysis/reuse/reuse.ts';

const SLUGS = ['dhs-readout', 'ians-menafn', 'india-news-network', 'khatrimaza-republication', 'tfipost'];
const amongFive = (p: { a: string; b: string }) => SLUGS.includes(p.a) && SLUGS.includes(p.b);
const key = (a: string, b: string) => [a, b].sort().join(' + ');

/** reuse.json with every listed pair's passages as a list (empty where they were not looked for). */
type SmallReuse = Omit<ReuseExport, 'pairs'> & {
  pairs: (ReuseExport['pairs'][number] & { passages: NonNullable<ReuseExport['pairs'][number]['passages']> })[];
};

async function data(request: import('@playwright/test').APIRequestContext): Promise<SmallReuse> {
  const response = await request.get('data/reuse.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const reuse = (await response.json()) as ReuseExport;
  // Pairs that share nothing are listed up to MATRIX_LIMIT reports (the grown dossier of npm run test:grown is
  // beyond it); passages are listed for the passagesFor pairs that share most (PAIR_PAGE_LIMIT; more than any
  // dossier these tests run on, tests/build/scale-build.test.ts covers the rest).
  expect(reuse.emptyPairs).toBe(reuse.sources.length <= MATRIX_LIMIT);
  expect(reuse.passagesFor).toBe(reuse.pairs.filter((p) => p.sharedShingles > 0).length);
  for (const pair of reuse.pairs) expect(Array.isArray(pair.passages)).toBe(true);
  return reuse as SmallReuse;
}

test('reuse.json lists every pair once, in its documented shape (src/pages/data/reuse.json.ts)', async ({
  request,
}) => {
  const reuse = await data(request);
  expect(reuse.shingleWords).toBe(5);
  const slugs = reuse.sources.map((s) => s.slug);
  expect(slugs).toEqual(expect.arrayContaining(SLUGS));
  // Every pair of the dossier's reports once: n(n-1)/2 of them, the ten pairs of the five among them; beyond
  // MATRIX_LIMIT reports, every pair that shares a run of words, once, and no other.
  const n = slugs.length;
  const listed = reuse.emptyPairs ? (n * (n - 1)) / 2 : reuse.pairs.filter((p) => p.sharedShingles > 0).length;
  expect(reuse.pairs).toHaveLength(listed);
  expect(new Set(reuse.pairs.map((p) => key(p.a, p.b))).size).toBe(listed);
  if (reuse.emptyPairs) expect(reuse.pairs.filter(amongFive)).toHaveLength(10);
  else expect(reuse.pairs.filter(amongFive).length).toBeLessThanOrEqual(10);
  for (const pair of reuse.pairs) expect(slugs).toEqual(expect.arrayContaining([pair.a, pair.b]));
  for (const pair of reuse.pairs) {
    expect(Object.keys(pair).sort()).toEqual(['a', 'aInB', 'b', 'bInA', 'passages', 'sharedShingles']);
    for (const value of [pair.aInB, pair.bInA]) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of [pair.aInB, pair.bInA]) expect(value).toBeLessThanOrEqual(1);
    for (const passage of pair.passages) expect(typeof passage.text).toBe('string');
  }
});

test('the pairs rank as a reader would rank them', async ({ request }) => {
  const reuse = await data(request);
  // Among the pairs of the five (another report may copy one of them more closely still).
  const ranked = reuse.pairs
    .filter(amongFive)
    .sort((x, y) => y.sharedShingles - x.sharedShingles)
    .map((p) => key(p.a, p.b));
  expect(ranked.slice(0, 2)).toEqual([
    key('ians-menafn', 'khatrimaza-republication'),
    key('ians-menafn', 'india-news-network'),
  ]);
  // Of the DHS readout's wording, what reappears anywhere reappears in TFIPost's rewrite.
  const dhsIn = (other: string) => {
    // A pair not listed shares nothing (beyond MATRIX_LIMIT reports).
    const pair = reuse.pairs.find((p) => key(p.a, p.b) === key('dhs-readout', other));
    if (!pair) return 0;
    return pair.a === 'dhs-readout' ? pair.aInB : pair.bInA;
  };
  for (const other of ['ians-menafn', 'india-news-network', 'khatrimaza-republication']) {
    expect(dhsIn(other)).toBeLessThan(dhsIn('tfipost'));
  }
});

test('every passage in reuse.json is word for word on both source pages, in the paragraph it names', async ({
  page,
  request,
}) => {
  const reuse = await data(request);
  const wanted = new Map<string, { anchor: string; text: string }[]>(reuse.sources.map((s) => [s.slug, []]));
  for (const pair of reuse.pairs) {
    for (const p of pair.passages) {
      wanted.get(pair.a)!.push({ anchor: p.a.anchor, text: p.text });
      wanted.get(pair.b)!.push({ anchor: p.b.anchor, text: p.textInB ?? p.text });
    }
  }
  let checked = 0;
  const missing: string[] = [];
  for (const [slug, passages] of wanted) {
    await page.goto(`sources/${slug}/`);
    const article = (await page.locator('.article-text').innerText()).replace(/\s+/g, ' ');
    const paragraphs = await page.evaluate(
      (items) => items.map(({ anchor }) => (document.getElementById(anchor)?.textContent ?? '').replace(/\s+/g, ' ')),
      passages,
    );
    passages.forEach((p, i) => {
      checked++;
      if (!article.includes(p.text) || !paragraphs[i]!.includes(p.text))
        missing.push(`${slug}#${p.anchor}: “${p.text}”`);
    });
  }
  expect(missing).toEqual([]);
  // The passages the five share among themselves, counted once on each of the two pages, are over a hundred.
  const amongTheFive = reuse.pairs.filter(amongFive).reduce((sum, p) => sum + 2 * p.passages.length, 0);
  expect(amongTheFive).toBeGreaterThan(100);
  expect(checked).toBe(reuse.pairs.reduce((sum, p) => sum + 2 * p.passages.length, 0));
});

test('the matrix is a real table whose cells match reuse.json', async ({ page, request }) => {
  const reuse = await data(request);
  await page.goto('reuse/');
  // The matrix, by its caption (the page also holds the derivation picture's table); beyond MATRIX_LIMIT reports
  // the page has none.
  const table = page.getByRole('table', { name: /Share of the row report/u });
  if (reuse.sources.length > MATRIX_LIMIT) {
    await expect(table).toHaveCount(0);
    await expect(page.getByText('Runs of identical words do not see paraphrase')).toBeVisible();
    return;
  }
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(reuse.sources.length);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(reuse.sources.length);
  const pair = reuse.pairs.find((p) => key(p.a, p.b) === key('ians-menafn', 'khatrimaza-republication'))!;
  const iansInKhatrimaza = pair.a === 'ians-menafn' ? pair.aInB : pair.bInA;
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'wording of IANS' }) });
  const headers = await table.locator('thead th').allInnerTexts();
  const column = headers.indexOf('found in Khatrimaza');
  expect(column).toBeGreaterThanOrEqual(0);
  await expect(row.getByRole('cell').nth(column)).toHaveText(`${(iansInKhatrimaza * 100).toFixed(1)}%`);
  // The page says what runs of identical words miss, and where rewording is compared instead.
  await expect(page.getByText('Runs of identical words do not see paraphrase')).toBeVisible();
  await expect(page.getByRole('link', { name: 'side-by-side pages' })).toHaveAttribute(
    'href',
    /side-by-side\/index\.html$/,
  );
});

test('one page per pair: the side-by-side page marks every shared passage of its left report', async ({
  page,
  request,
}) => {
  const reuse = await data(request);
  const normal = (t: string) => t.replace(/\s+/gu, ' ').trim();
  let checked = 0;
  for (const pair of reuse.pairs.filter((p) => p.passages.length > 0)) {
    // The pair's page is the two side by side, in whichever order the site lists them.
    const ab = `side-by-side/${pair.a}--${pair.b}/`;
    const ba = `side-by-side/${pair.b}--${pair.a}/`;
    const hasAb = (await request.get(ab)).ok();
    // A pair that shares wording but has no sentence paired by the alignment has no side-by-side page: /reuse/ lists
    // it without a link (its passages are in reuse.json).
    if (!hasAb && !(await request.get(ba)).ok()) continue;
    const left = hasAb ? pair.a : pair.b;
    await page.goto(left === pair.a ? ab : ba);
    // Every sentence of the left report is in the left column once, in order; the marks there, read in order.
    const marks = normal(
      (
        await page
          .locator('.row > .cell:first-child mark.shared-run, .only-run .row > p mark.shared-run')
          .allTextContents()
      ).join(' '),
    );
    for (const p of pair.passages) {
      const text = left === pair.a ? p.text : (p.textInB ?? p.text);
      expect(marks, `${left}: ${text}`).toContain(normal(text));
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(0);
  // The pair pages of shared wording are gone: one kind of pair page.
  const some = reuse.pairs.find((p) => p.passages.length > 0)!;
  expect((await request.get(`reuse/${some.a}--${some.b}/`)).status()).toBe(404);
  // Pairs with nothing in common are said so in words. Of the five, the republished report and the DHS readout share
  // no run of five words (read in the texts).
  // Beyond MATRIX_LIMIT reports such a pair is not listed at all, and the index does not list them either.
  const dhsKhatrimaza = reuse.pairs.find((p) => key(p.a, p.b) === key('dhs-readout', 'khatrimaza-republication'));
  expect(dhsKhatrimaza?.sharedShingles ?? 0).toBe(0);
  await page.goto('reuse/');
  if (reuse.emptyPairs)
    await expect(page.getByText(/^No run of five words in common: .*Khatrimaza and DHS/)).toBeVisible();
  // The ranking links each pair to its side-by-side page.
  const first = page.locator('ol.ranking a').first();
  await expect(first).toHaveAttribute('href', /^\.\.\/side-by-side\/[a-z-]+--[a-z-]+\/index\.html$/u);
});

test('/reuse/ says nothing of a stock-phrase threshold the dossier is too small to reach', async ({
  page,
  request,
}) => {
  const reuse = await data(request);
  await page.goto('reuse/');
  const stock = page.getByText(/counts as a stock phrase of the whole dossier/u);
  // The threshold is 25 reports (src/lib/analysis/reuse/reuse.ts, STOCK_PHRASE_REPORTS): said only where more reports are held.
  if (reuse.sources.length <= 25) await expect(stock).toHaveCount(0);
  else await expect(stock).toBeVisible();
});
