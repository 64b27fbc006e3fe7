/**
 * Statement pages (issue 26): every counterpart of a sentence on one page, reached from the search page’s list of
 * statements. Expected counterparts come from the per-report open data (data/alignment.json), not from the
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
  const { pairs } = (await (await request.get('data/alignment.json')).json()) as { pairs: Pair[] };
  const key = (s: { source: string; sentence: string }) => `${s.source}#${s.sentence}`;
  const partners = (of: string) =>
    pairs.flatMap((p) => (key(p.a) === of ? [key(p.b)] : key(p.b) === of ? [key(p.a)] : []));
  const own = `${slug}#${anchor}`;
  const expected = partners(own).sort();
  // On the five reports' site a statement page exists where at least two other reports say it.
  expect(new Set(expected.map((e) => e.split('#')[0])).size).toBeGreaterThanOrEqual(2);

  await page.goto(new URL(first, page.url()).href);
  await expect(page.locator('h1')).toHaveText('Who else says it');
  const shown = await page
    .locator('.statement-places a')
    .filter({ hasNotText: 'side by side' })
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const found = shown.map((href) => {
    const [, source, sentence] = /sources\/([^/]+)\/index\.html#(.+)$/.exec(href)!;
    return `${source}#${sentence}`;
  });
  // Every counterpart of the sentence, and any other sentence listed is paired with one listed (the page is shared
  // by sentences that are each other's counterparts).
  for (const e of expected) expect(found).toContain(e);
  const listed = new Set([own, ...found]);
  for (const other of found.filter((f) => !expected.includes(f)))
    expect(
      partners(other).some((p) => listed.has(p)),
      other,
    ).toBe(true);
  expect(new Set(found).size).toBe(found.length);
  // The sentence itself is quoted as its report prints it.
  const quoted = (await page.locator('.statement > blockquote').innerText()).trim();
  await page.goto(`sources/${slug}/index.html`);
  expect((await page.locator(`[id="${anchor}"]`).innerText()).replace(/\s+/g, ' ').trim()).toBe(quoted);
});

test('the statement pages’ links land, and they pass the accessibility checks', async ({ page }) => {
  test.slow();
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

test('every sentence’s statement link leads to a page that lists all its counterparts, and marks its place there', async ({
  page,
  request,
}) => {
  test.slow();
  // Expected from the open data, not the pages: each sentence's counterparts, and the reports.
  const { pairs } = (await (await request.get('data/alignment.json')).json()) as { pairs: Pair[] };
  const { sources } = (await (await request.get('data/sources.json')).json()) as { sources: { slug: string }[] };
  const key = (s: { source: string; sentence: string }) => `${s.source}#${s.sentence}`;
  const partners = (of: string) =>
    pairs.flatMap((p) => (key(p.a) === of ? [key(p.b)] : key(p.b) === of ? [key(p.a)] : []));
  const links: { own: string; statement: string }[] = [];
  for (const { slug } of sources) {
    await page.goto(`sources/${slug}/index.html`);
    const found = await page.locator('li[data-sentence]').evaluateAll((rows) =>
      rows.flatMap((row) =>
        [...row.querySelectorAll<HTMLAnchorElement>(':scope > p > a[href*="statements/"]')].map((a) => ({
          sentence: row.getAttribute('data-sentence')!,
          href: a.href,
        })),
      ),
    );
    for (const f of found) links.push({ own: `${slug}#${f.sentence}`, statement: f.href });
  }
  expect(links.length).toBeGreaterThan(0);
  const shared = new Set<string>();
  for (const { own, statement } of links) {
    const [, pageSource, pageSentence] = /statements\/([^/]+)\/([^/]+)\/index\.html/.exec(statement)!;
    const named = `${pageSource}#${pageSentence}`;
    await page.goto(statement);
    const listed = await page
      .locator('.statement-places a')
      .filter({ hasNotText: 'side by side' })
      .evaluateAll((as) =>
        as.map((a) => {
          const [, source, sentence] = /sources\/([^/]+)\/index\.html#(.+)$/.exec((a as HTMLAnchorElement).href)!;
          return `${source}#${sentence}`;
        }),
      );
    const onPage = new Set([named, ...listed]);
    for (const c of partners(own)) expect(onPage.has(c), `${own}: ${c} on ${named}`).toBe(true);
    if (named !== own) {
      shared.add(named);
      const [source, sentence] = own.split('#');
      await expect(page.locator(`[id="from-${source}-${sentence}"]`)).toHaveCount(1);
      // The link lands on the sentence's own place on the shared page.
      expect(new URL(statement).hash, own).toBe(`#from-${source}-${sentence}`);
    } else expect(new URL(statement).hash, own).toBe('');
  }
  // On the five reports, some statement is made by a copy or an edit too: one page serves more than one sentence.
  expect(shared.size).toBeGreaterThan(0);
});
