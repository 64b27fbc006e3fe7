/**
 * Statement pages (issue 26): every counterpart of a sentence on one page, reached from the search page's list of
 * statements. Expected counterparts come from the per-report open data (data/alignment/<slug>.json), not from the
 * pages.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectLinksLand, internalLinks } from './coverage-data.ts';

interface Pair {
  a: { source: string; sentence: string };
  b: { source: string; sentence: string };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('from the search page to the list of statements, to a statement page that lists every counterpart', async ({
  page,
  request,
}) => {
  await page.goto('search/index.html');
  await page.getByRole('link', { name: 'the statements several reports make' }).click();
  await expect(page.locator('h1')).toHaveText('Statements several reports make');
  const entries = page.locator('.statement-list li a');
  expect(await entries.count()).toBeGreaterThan(0);
  const first = (await entries.first().getAttribute('href'))!;
  const [, slug, anchor] = /statements\/([^/]+)\/([^/]+)\/index\.html$/.exec(first)!;

  // Every pair of the open data with this sentence on either side is one counterpart.
  const data = (await (await request.get(`data/alignment/${slug}.json`)).json()) as { pairs: Pair[] };
  const expected = data.pairs
    .filter((p) => (p.a.source === slug && p.a.sentence === anchor) || (p.b.source === slug && p.b.sentence === anchor))
    .map((p) => (p.a.source === slug && p.a.sentence === anchor ? p.b : p.a))
    .map((c) => `${c.source}#${c.sentence}`)
    .sort();
  // On the five reports' site a statement page exists where at least two other reports say it.
  expect(new Set(expected.map((e) => e.split('#')[0])).size).toBeGreaterThanOrEqual(2);

  await entries.first().click();
  await expect(page.locator('h1')).toHaveText('Who else says it');
  const shown = await page
    .locator('.statement-places a')
    .filter({ hasNotText: 'side by side' })
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const found = shown.map((href) => {
    const [, source, sentence] = /sources\/([^/]+)\/index\.html#(.+)$/.exec(href)!;
    return `${source}#${sentence}`;
  });
  expect(found.sort()).toEqual(expected);
  // The sentence itself is quoted as its report prints it.
  const quoted = (await page.locator('.statement > blockquote').innerText()).trim();
  await page.goto(`sources/${slug}/index.html`);
  expect((await page.locator(`[id="${anchor}"]`).innerText()).replace(/\s+/g, ' ').trim()).toBe(quoted);
});

test('the statement pages’ links land, and they pass the accessibility checks', async ({ page }) => {
  await page.goto('statements/index.html');
  const hrefs = await page.locator('.statement-list li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const statement = new URL(hrefs[0]!, page.url()).href;
  await page.goto(statement);
  const links = await internalLinks(page);
  await expectLinksLand(page, links);
  for (const path of ['statements/index.html', statement]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
});
