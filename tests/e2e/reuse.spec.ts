/**
 * Text reuse as published: dist/data/reuse.json, the matrix and the pair pages. The expected ranking comes from
 * reading the reports (see tests/unit/reuse-sources.test.ts); the passages are checked against the source pages as
 * the browser renders them.
 */
import { expect, test } from '@playwright/test';
import type { ReuseExport } from '../../src/lib/reuse-export.ts';

const SLUGS = ['dhs-readout', 'ians-menafn', 'india-news-network', 'khatrimaza-republication', 'tfipost'];
const key = (a: string, b: string) => [a, b].sort().join(' + ');

/** reuse.json of a small dossier: every pair listed, each with its passages looked for. */
type SmallReuse = Omit<ReuseExport, 'pairs'> & { pairs: (ReuseExport['pairs'][number] & { passages: NonNullable<ReuseExport['pairs'][number]['passages']> })[] };

async function data(request: import('@playwright/test').APIRequestContext): Promise<SmallReuse> {
  const response = await request.get('data/reuse.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const reuse = (await response.json()) as ReuseExport;
  // Five reports: far below the bounds of a large dossier, so nothing is left out.
  expect(reuse.emptyPairs).toBe(true);
  expect(reuse.passagesFor).toBe(reuse.pairs.filter((p) => p.sharedShingles > 0).length);
  for (const pair of reuse.pairs) expect(Array.isArray(pair.passages)).toBe(true);
  return reuse as SmallReuse;
}

test('reuse.json lists every pair once, in the shape the issue gives', async ({ request }) => {
  const reuse = await data(request);
  expect(reuse.shingleWords).toBe(5);
  expect(reuse.sources.map((s) => s.slug).sort()).toEqual(SLUGS);
  expect(reuse.pairs).toHaveLength(10);
  expect(new Set(reuse.pairs.map((p) => key(p.a, p.b))).size).toBe(10);
  for (const pair of reuse.pairs) {
    expect(Object.keys(pair).sort()).toEqual(['a', 'aInB', 'b', 'bInA', 'passages', 'sharedShingles']);
    for (const value of [pair.aInB, pair.bInA]) expect(value).toBeGreaterThanOrEqual(0);
    for (const value of [pair.aInB, pair.bInA]) expect(value).toBeLessThanOrEqual(1);
    for (const passage of pair.passages) expect(typeof passage.text).toBe('string');
  }
});

test('the pairs rank as a reader would rank them', async ({ request }) => {
  const reuse = await data(request);
  const ranked = [...reuse.pairs].sort((x, y) => y.sharedShingles - x.sharedShingles).map((p) => key(p.a, p.b));
  expect(ranked.slice(0, 2)).toEqual([key('ians-menafn', 'khatrimaza-republication'), key('ians-menafn', 'india-news-network')]);
  // Of the DHS readout's wording, what reappears anywhere reappears in TFIPost's rewrite.
  const dhsIn = (other: string) => {
    const pair = reuse.pairs.find((p) => key(p.a, p.b) === key('dhs-readout', other))!;
    return pair.a === 'dhs-readout' ? pair.aInB : pair.bInA;
  };
  for (const other of ['ians-menafn', 'india-news-network', 'khatrimaza-republication']) {
    expect(dhsIn(other)).toBeLessThan(dhsIn('tfipost'));
  }
});

test('every passage in reuse.json is word for word on both source pages, in the paragraph it names', async ({ page, request }) => {
  const reuse = await data(request);
  const wanted = new Map<string, { anchor: string; text: string }[]>(SLUGS.map((s) => [s, []]));
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
      if (!article.includes(p.text) || !paragraphs[i]!.includes(p.text)) missing.push(`${slug}#${p.anchor}: “${p.text}”`);
    });
  }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});

test('the matrix is a real table whose cells match reuse.json', async ({ page, request }) => {
  const reuse = await data(request);
  await page.goto('reuse/');
  // The matrix, by its caption (the page also holds the derivation picture's table).
  const table = page.getByRole('table', { name: /Share of the row report/u });
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(5);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(5);
  const pair = reuse.pairs.find((p) => key(p.a, p.b) === key('ians-menafn', 'khatrimaza-republication'))!;
  const iansInKhatrimaza = pair.a === 'ians-menafn' ? pair.aInB : pair.bInA;
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'wording of IANS' }) });
  const headers = await table.locator('thead th').allInnerTexts();
  const column = headers.indexOf('found in Khatrimaza');
  expect(column).toBeGreaterThanOrEqual(0);
  await expect(row.getByRole('cell').nth(column)).toHaveText(`${(iansInKhatrimaza * 100).toFixed(1)}%`);
  await expect(page.getByText('What it cannot see is paraphrase')).toBeVisible();
});

test('a pair page marks every shared passage in both reports', async ({ page, request }) => {
  const reuse = await data(request);
  for (const pair of reuse.pairs.filter((p) => p.passages.length > 0)) {
    await page.goto(`reuse/${pair.a}--${pair.b}/`);
    const marks = new Set(await page.locator('mark').allInnerTexts());
    for (const p of pair.passages) {
      expect(marks.has(p.text), `${pair.a}: ${p.text}`).toBe(true);
      expect(marks.has(p.textInB ?? p.text), `${pair.b}: ${p.textInB ?? p.text}`).toBe(true);
    }
  }
  // Pairs with nothing in common get no page; the index says so in words.
  await page.goto('reuse/');
  await expect(page.getByText(/^No run of five words in common: .*Khatrimaza and DHS/)).toBeVisible();
  const empty = reuse.pairs.find((p) => p.passages.length === 0)!;
  expect((await request.get(`reuse/${empty.a}--${empty.b}/`)).status()).toBe(404);
});
