/**
 * The comparison as the built site shows it: the matrix, the open data, the highlights on the source
 * pages, and the links between them. The expected matrix was counted by hand from the reports' texts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectLinksLand, fetchCoverage, internalLinks } from './coverage-data.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Columns in date order. */
const SOURCES = ['khatrimaza-republication', 'ians-menafn', 'india-news-network', 'dhs-readout', 'tfipost'];

/**
 * Evidence sentences per topic and report, counted by reading the five reports (0 = not mentioned). "3!1" means
 * three sentences, one of which says the topic was not discussed.
 */
const EXPECTED: Record<string, string[]> = {
  counterterrorism: ['4', '4', '2', '1', '6'],
  counternarcotics: ['5', '2', '1', '3', '14'],
  'fentanyl-precursors': ['3', '0', '0', '1', '2'],
  customs: ['0', '0', '0', '1', '4'],
  cybercrime: ['2', '2', '1', '1', '5'],
  'irregular-migration': ['5', '1', '1', '2', '6'],
  'legal-migration': ['2', '2', '1', '1', '7'],
  'smuggling-trafficking': ['1', '1', '1', '1', '5'],
  'illicit-finance': ['1', '2', '1', '0', '1'],
  'organised-crime': ['2', '2', '1', '0', '4'],
  'training-moc': ['2', '1', '1', '2', '3'],
  'law-enforcement-cooperation': ['2', '1', '1', '4', '12'],
  'transportation-security': ['0', '1', '0', '0', '0'],
  'khalistan-pannun': ['3!1', '1', '0', '0', '0'],
  extradition: ['1', '1', '0', '0', '0'],
  biometrics: ['1', '0', '0', '0', '0'],
  'next-round': ['1', '1', '1', '0', '3'],
  'dialogue-history': ['0', '1', '1', '0', '1'],
};

test.describe('the comparison matrix', () => {
  test('is a table with a caption, a column header per report and a row header per topic', async ({ page }) => {
    await page.goto('compare/');
    const table = page.getByRole('table', { name: 'Evidence sentences per topic and report' });
    await expect(table).toBeVisible();
    const columns = table.locator('thead th[scope="col"]');
    await expect(columns).toHaveCount(SOURCES.length + 2);
    await expect(columns.first()).toHaveText('Topic');
    await expect(columns.nth(1)).toContainText('thekhatrimaza.online');
    await expect(columns.nth(1)).toContainText('Republication');
    await expect(columns.nth(1)).toContainText('28 February 2024');
    await expect(columns.nth(5)).toContainText('TFIPost');
    await expect(columns.nth(5)).toContainText('March 2024');
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(18);
    await expect(table.locator('tfoot th[scope="row"]')).toHaveText('Topics each report covers');
  });

  test('every cell holds the count a reader finds in the texts, and says "not mentioned" in words', async ({ page, request }) => {
    await page.goto('compare/');
    const coverage = await fetchCoverage(request);
    expect(coverage.topics.map((t) => t.slug)).toEqual(Object.keys(EXPECTED));
    expect(coverage.sources.map((s) => s.slug)).toEqual(SOURCES);
    const rows = page.locator('table.matrix tbody tr');
    const actual: Record<string, string[]> = {};
    for (const [i, topic] of coverage.topics.entries()) {
      const cells = await rows.nth(i).locator('td').allInnerTexts();
      actual[topic.slug] = cells.slice(0, SOURCES.length).map((text) => {
        const t = normalise(text);
        if (t === 'not mentioned') return '0';
        const count = /^(\d+) sentences?/.exec(t)?.[1];
        const negated = /(\d+) saying it was not discussed/.exec(t)?.[1];
        return negated ? `${count}!${negated}` : (count ?? `unreadable: ${t}`);
      });
    }
    expect(actual).toEqual(EXPECTED);
  });

  test('topics covered by one report only are marked as exclusive to it, in words', async ({ page }) => {
    await page.goto('compare/');
    const row = (name: string) => page.locator('table.matrix tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
    await expect(row('Transportation security').locator('td').last()).toContainText('only in MENAFN');
    await expect(row('Transportation security').locator('td').nth(1)).toContainText('only this report');
    await expect(row('Sharing biometric information').locator('td').last()).toContainText('only in thekhatrimaza.online');
    await expect(row('Counterterrorism and violent extremism').locator('td').last()).toHaveText(/^\s*5 of 5\s*$/);
  });

  test('every covered cell links to the first evidence sentence, and every link on the page lands', async ({ page, request }) => {
    await page.goto('compare/');
    const coverage = await fetchCoverage(request);
    const links = await page.locator('table.matrix tbody td a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const expected = coverage.coverage.map(
      (c) => new URL(`../sources/${c.source}/index.html#${c.evidence[0]!.sentence}`, page.url()).href,
    );
    expect([...links].sort()).toEqual([...expected].sort());
    await expectLinksLand(page, await internalLinks(page));
  });

  test('links to the open data, which agree with each other', async ({ page, request }) => {
    await page.goto('compare/');
    await expect(page.getByRole('link', { name: 'coverage.json' })).toHaveAttribute('href', '../data/coverage.json');
    await expect(page.getByRole('link', { name: 'coverage.csv' })).toHaveAttribute('href', '../data/coverage.csv');
    const coverage = await fetchCoverage(request);
    const csv = await (await request.get('data/coverage.csv')).text();
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('source,topic,evidence_sentences,negated_sentences,status');
    expect(rows).toHaveLength(1 + SOURCES.length * 18);
    for (const row of rows.slice(1)) {
      const [source, topic, count, negated] = row.split(',');
      const pair = coverage.coverage.find((c) => c.source === source && c.topic === topic);
      expect(Number(count), row).toBe(pair?.evidence.length ?? 0);
      expect(Number(negated), row).toBe(pair?.evidence.filter((e) => e.negated).length ?? 0);
    }
  });

  test('reads on a phone: the table scrolls in its own box, the topic column stays in view', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('compare/');
    const box = page.getByRole('region', { name: 'Evidence sentences per topic and report' });
    const overflow = await box.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const header = page.getByRole('rowheader', { name: 'Customs-to-customs cooperation' });
    const before = (await header.boundingBox())!.x;
    await box.evaluate((el) => el.scrollBy(400, 0));
    expect((await header.boundingBox())!.x).toBe(before);
  });

  test('needs no JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('compare/');
    await expect(page.locator('table.matrix tbody tr')).toHaveCount(18);
    await context.close();
  });

  test('passes the accessibility checks', async ({ page }) => {
    await page.goto('compare/');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('evidence on the source pages', () => {
  test('every quote in coverage.json is, word for word, the highlighted sentence in its paragraph', async ({ page, request }) => {
    const coverage = await fetchCoverage(request);
    for (const source of coverage.sources) {
      await page.goto(`sources/${source.slug}/`);
      for (const pair of coverage.coverage.filter((c) => c.source === source.slug)) {
        for (const e of pair.evidence) {
          const where = `${source.slug} ${pair.topic} ${e.sentence}`;
          const paragraph = normalise(await page.locator(`#${e.anchor}`).innerText());
          expect(paragraph, where).toContain(e.quote);
          const sentence = page.locator(`#${e.anchor} > mark.evidence#${e.sentence}`);
          expect(await sentence.innerText(), where).toBe(e.quote);
        }
      }
    }
  });

  test('exactly the evidence sentences are highlighted, each saying its topics in text', async ({ page, request }) => {
    const coverage = await fetchCoverage(request);
    for (const source of coverage.sources) {
      await page.goto(`sources/${source.slug}/`);
      const expected = new Set(coverage.coverage.filter((c) => c.source === source.slug).flatMap((c) => c.evidence.map((e) => e.sentence)));
      const marked = await page.locator('.article-text mark.evidence').evaluateAll((ms) => ms.map((m) => m.id));
      expect(new Set(marked), source.slug).toEqual(expected);
      // The topics are shown after the sentence as generated text, outside the report's own words.
      const label = await page
        .locator('mark.evidence')
        .first()
        .evaluate((m) => getComputedStyle(m, '::after').content);
      expect(label).toMatch(/^" \[.+\]"$/);
    }
  });

  test('the Nikhil Gupta sentence is shown as evidence that the Pannun plot was not discussed', async ({ page }) => {
    await page.goto('sources/khatrimaza-republication/');
    const mark = page.locator('mark#p11-s1');
    await expect(mark).toHaveAttribute('data-topics', 'Khalistan and Pannun: said not discussed');
    await expect(mark).toHaveText(/didn’t figure in the dialogue\.$/);
  });

  test('lists the topics the report covers, exclusives marked, each linking to its topic and first sentence', async ({ page }) => {
    await page.goto('sources/ians-menafn/');
    const section = page.getByRole('region', { name: 'Topics this report covers' });
    await expect(section).toContainText('15 of the 18 topics');
    const item = section.getByRole('listitem').filter({ hasText: 'Transportation security' });
    await expect(item).toContainText('only this report covers it');
    await expect(item.getByRole('link', { name: 'Transportation security' })).toHaveAttribute('href', '../../topics/transportation-security/index.html');
    await expect(item.getByRole('link', { name: /1 sentence, the first in paragraph 3/ })).toHaveAttribute('href', '../../sources/ians-menafn/index.html#p3-s1');
    await expect(section).toContainText('Not mentioned: Fentanyl, synthetic opioids and precursors; Customs-to-customs cooperation; Sharing biometric information.');
    await expectLinksLand(page, await internalLinks(page, '.source-topics'));
  });
});
