/**
 * The search page (docs/architecture.md, "Search"; issue 26), in Chromium: in the three ways of reading the site, from its sharded
 * index (src/lib/site/search/shards.ts), loading only the shards a query needs, as you type or on Enter.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test, type Page } from '@playwright/test';
import { distDir, homeOf, modes, type Mode } from './servers.ts';

type Shard = { start: number; docs: [string, string, string, string, string][] };
interface Manifest {
  documents: number;
  docShards: { file: string; start: number }[];
  termShards: { file: string; first: string }[];
}

/** What a script of the built search stores in its globals, run as a browser would. */
function globalsOf(file: string): Record<string, unknown> {
  const window: Record<string, unknown> = {};
  runInNewContext(readFileSync(join(distDir, 'search', file), 'utf8'), { window });
  return window;
}
const manifest = () => globalsOf('manifest.js')['HSD_SEARCH_MANIFEST'] as Manifest;
const shard = (file: string) => (globalsOf(file)['HSD_SEARCH_SHARDS'] as Record<string, Shard>)[file]!;
const allDocuments = () => manifest().docShards.flatMap((s) => shard(s.file).docs);

test.describe(() => {
  test.use({ javaScriptEnabled: false });

  test('with JavaScript turned off, the search page says search needs it and points to the reports', async ({
    page,
  }) => {
    await page.goto('search/index.html');
    await expect(page.locator('main')).toContainText('Search needs JavaScript');
    await expect(page.getByRole('search')).toBeHidden();
    await page.locator('main').getByRole('link', { name: 'the list of reports' }).click();
    await expect(page.locator('h1')).toHaveText('The reports');
  });
});

/** Of the five reports, the three whose text names the academy in full (read in tests/fixtures/captures/). */
const ACADEMY = 'Sardar Vallabhbhai Patel National Police Academy';
const FIVE = ['dhs-readout', 'ians-menafn', 'india-news-network', 'khatrimaza-republication', 'tfipost'];
const FIVE_NAMING_ACADEMY = ['ians-menafn', 'india-news-network', 'khatrimaza-republication'];

/**
 * Every report of the built site whose article text, as the browser shows it, holds the words: the five named
 * above and any other report the dossier has. Read from the source pages, not from the search index.
 */
async function reportsNaming(page: Page, words: string): Promise<string[]> {
  const coverage = (await (await page.request.get('data/coverage.json')).json()) as { sources: { slug: string }[] };
  const found: string[] = [];
  for (const { slug } of coverage.sources) {
    await page.goto(`sources/${slug}/index.html`);
    const text = (await page.locator('.article-text').innerText()).replace(/\s+/g, ' ').replace(/[’']/g, "'");
    if (text.includes(words)) found.push(slug);
  }
  return found.sort();
}

for (const mode of Object.values(modes) as Mode[]) {
  test(`search ${mode.name}: finds "${ACADEMY}" in every report that names it, each result on its paragraph`, async ({
    page,
  }) => {
    const naming = await reportsNaming(page, ACADEMY);
    expect(naming.filter((slug) => FIVE.includes(slug))).toEqual(FIVE_NAMING_ACADEMY);
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(homeOf(mode));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    // Keyboard only: the field is found by its label, Enter submits.
    const field = page.getByRole('searchbox', { name: 'Search the reports' });
    await field.focus();
    await page.keyboard.type(ACADEMY);
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect(page.locator('#search-needs-js')).toBeHidden();
    await expect(status).toHaveText(/^\d+ results? for “Sardar Vallabhbhai Patel National Police Academy”\.$/);
    const results = page.getByRole('list', { name: /results? for/ }).getByRole('listitem');
    const hrefs = await results.getByRole('link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const paragraphs = hrefs.filter((h) => /#p\d+$/.test(h));
    const reports = [...new Set(paragraphs.map((h) => /sources\/([^/]+)\/index\.html#/.exec(h)?.[1]))].sort();
    expect(reports).toEqual(naming);
    // Anything else found is a page about a topic or an official (a topic's definition may name the academy).
    expect(
      hrefs.filter((h) => !paragraphs.includes(h)).every((h) => /\/(topics|officials)\/[^/]+\/index\.html$/.test(h)),
    ).toBe(true);
    await expect(status).toContainText(`${hrefs.length} result`);
    // The matched words are marked in each excerpt.
    await expect(results.first().locator('mark').first()).toBeVisible();
    // Tab leaves the field for the button, then reaches the first result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(results.first().getByRole('link')).toBeFocused();
    // Following a result lands on a paragraph that holds the phrase.
    for (const href of paragraphs) {
      await page.goto(href);
      const id = new URL(href).hash.slice(1);
      const text = (await page.locator(`[id="${id}"]`).innerText()).replace(/\s+/g, ' ');
      expect(text.replace(/[’']/g, "'")).toContain(ACADEMY);
    }
    expect(errors).toEqual([]);
  });
}

test('search runs a query given in the address, and quoted words are found together', async ({ page }) => {
  await page.goto('search/index.html?q=%22acting+deputy+secretary%22');
  await expect(page.getByRole('searchbox')).toHaveValue('"acting deputy secretary"');
  // The results are read once the search has said it is done (allInnerTexts does not wait).
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “"acting deputy secretary"”/u);
  const excerpts = await page.locator('#search-results .search-excerpt').allInnerTexts();
  expect(excerpts.length).toBeGreaterThan(0);
  for (const text of excerpts) expect(text.toLowerCase()).toContain('acting deputy secretary');
  // Canegallo is named with that title in india-news-network, tfipost, khatrimaza-republication and ians-menafn.
  const links = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const reports = new Set(links.map((h) => /sources\/([^/]+)\//.exec(h ?? '')?.[1]));
  for (const slug of ['india-news-network', 'tfipost', 'khatrimaza-republication', 'ians-menafn'])
    expect(reports).toContain(slug);
  expect(reports).not.toContain('dhs-readout');
});

test('search says when nothing is found', async ({ page }) => {
  await page.goto('search/index.html');
  await page.getByRole('searchbox', { name: 'Search the reports' }).fill('zzzzqqq');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('status')).toHaveText('0 results for “zzzzqqq”.');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});

test('every link in the search index lands on an existing page and anchor', () => {
  const hrefs = allDocuments().map((d) => d[4]);
  expect(hrefs.length).toBeGreaterThan(50);
  const problems: string[] = [];
  const htmlOf = new Map<string, string>();
  for (const href of new Set(hrefs)) {
    const [path, id] = new URL(href, 'https://site.invalid/search/index.html').href
      .slice('https://site.invalid/'.length)
      .split('#');
    let html = htmlOf.get(path!);
    if (html === undefined) {
      try {
        html = readFileSync(join(distDir, path!), 'utf8');
      } catch {
        problems.push(`${href}: no file dist/${path}`);
        continue;
      }
      htmlOf.set(path!, html);
    }
    if (id && !html.includes(`id="${id}"`)) problems.push(`${href}: no id="${id}" in dist/${path}`);
  }
  expect(problems).toEqual([]);
});

test(`from disk (file://): a word found only on the last shard of documents finds its report, loading only what it needs`, async ({
  page,
}) => {
  const { docShards } = manifest();
  expect(docShards.length).toBeGreaterThan(1);
  const last = docShards.at(-1)!;
  // The words of every document, split as a reader would split them, to find one held only by the last shard.
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3);
  const shardsHolding = new Map<string, Set<string>>();
  for (const { file } of docShards)
    for (const d of shard(file).docs)
      for (const w of words(`${d[1]} ${d[2]}`)) shardsHolding.set(w, (shardsHolding.get(w) ?? new Set()).add(file));
  const paragraphs = shard(last.file).docs.filter((d) => d[0] === 'paragraph');
  expect(paragraphs.length).toBeGreaterThan(0);
  // Of its own in the strict sense: a search also finds longer words it begins and words a small typo away (one letter
  // in a word of 4 to 9, two from 10: public/search/engine.js), so no word of another shard may begin with it or lie
  // within that many edits of it.
  const typos = (w: string) => (w.length >= 10 ? 2 : 1);
  const elsewhere = [...shardsHolding].filter(([, files]) => !files.has(last.file) || files.size > 1).map(([w]) => w);
  const edits = (a: string, b: string) => {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const next = [i];
      for (let j = 1; j <= b.length; j++)
        next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row = next;
    }
    return row[b.length]!;
  };
  const ownWord = (w: string) =>
    shardsHolding.get(w)!.size === 1 &&
    !elsewhere.some((o) => o.startsWith(w) || (Math.abs(o.length - w.length) <= typos(w) && edits(o, w) <= typos(w)));
  const target = paragraphs.find((d) => words(d[2]).some(ownWord));
  expect(target, 'a paragraph on the last shard with a word of its own').toBeDefined();
  const word = words(target![2]).find(ownWord)!;

  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${modes.file.base}search/index.html`);
  // The whole word as one input, with no Enter: typed key by key, a loaded machine can pause past the debounce on a
  // prefix, which rightly searches (and loads the shards of) the words that prefix begins.
  await page.getByRole('searchbox', { name: 'Search the reports' }).fill(word);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${word}”\\.$`));
  const hrefs = await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  expect(hrefs).toContain(target![4]);
  const docsLoaded = requested.filter((u) => /\/search\/docs\//.test(u)).map((u) => u.slice(u.indexOf('/search/') + 8));
  expect(docsLoaded).toEqual([last.file]);
  expect(requested.some((u) => u.includes('/search/terms/'))).toBe(true);
  // The report holds the word where the result says.
  await page.goto(new URL(target![4], `${modes.file.base}search/index.html`).href);
  const id = target![4].split('#')[1]!;
  expect((await page.locator(`[id="${id}"]`).innerText()).toLowerCase()).toContain(word);
  expect(errors).toEqual([]);
});

test('as you type: results follow the words, and emptying the field clears them', async ({ page }) => {
  await page.goto('search/index.html');
  const field = page.getByRole('searchbox', { name: 'Search the reports' });
  await field.pressSequentially('Canegallo', { delay: 30 });
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “Canegallo”\.$/);
  await expect(page.locator('#search-results li').first()).toBeVisible();
  await field.fill('');
  await expect(page.getByRole('status')).toHaveText('');
  await expect(page.locator('#search-results li')).toHaveCount(0);
});
