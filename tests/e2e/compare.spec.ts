/**
 * The comparison as the built site shows it: the matrix, the open data, the evidence on the source
 * pages, and the links between them. The expected matrix was counted by hand from the five reports' texts: those
 * columns must say it whatever other reports the dossier holds. Everything about the whole dossier (how many
 * columns, the other reports' cells, "N of M") is read from the built open data (dist/data/coverage.json).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { CoverageJson } from '../../src/lib/open-data/coverage.ts';
import { coveringSources, expectLinksLand, fetchCoverage, internalLinks, negatedOnlySources } from './coverage-data.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The five reports in date order: their columns come in this order, whatever other columns stand between them. */
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

/** A matrix cell as a count: "0" for not mentioned, "3!1" for three sentences of which one says "not discussed". */
function readCell(text: string): string {
  const t = normalise(text);
  // A dash, with the words for screen readers ("– not mentioned").
  if (/^–\s*not mentioned$/u.test(t)) return '0';
  if (t === 'not discussed (mentioned only as not discussed)') return 'negated-only';
  const count = /^(\d+) sentences?/.exec(t)?.[1];
  const negated = /(\d+) saying it was not discussed/.exec(t)?.[1];
  return negated ? `${count}!${negated}` : (count ?? `unreadable: ${t}`);
}

/** The same, from coverage.json: what the cell of any report should say. */
function cellFromData(coverage: CoverageJson, source: string, topic: string): string {
  const evidence = coverage.coverage.find((c) => c.source === source && c.topic === topic)?.evidence ?? [];
  const negated = evidence.filter((e) => e.negated).length;
  if (evidence.length === 0) return '0';
  if (negated === evidence.length) return 'negated-only';
  return negated > 0 ? `${evidence.length}!${negated}` : String(evidence.length);
}

/** Position of each report's column in the matrix: after the topic column, in coverage.json's order of reports. */
const columnOf = (coverage: CoverageJson, slug: string) => 1 + coverage.sources.findIndex((s) => s.slug === slug);

test.describe('the comparison matrix', () => {
  test('its opening counts the reports and the topics, in words a sentence can hold', async ({ page, request }) => {
    const coverage = await fetchCoverage(request);
    await page.goto('compare/');
    const lede = (await page.locator('p.lede').textContent())!.replace(/\s+/gu, ' ').trim();
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
    const inWords = (n: number) => words[n] ?? n.toLocaleString('en');
    expect(lede).toMatch(
      new RegExp(
        `^The ${inWords(coverage.sources.length)} reports, by date of publication, set against ${inWords(coverage.topics.length)} topics[.:] `,
        'u',
      ),
    );
  });

  test('is a table with a caption, a column header per report and a row header per topic', async ({
    page,
    request,
  }) => {
    const coverage = await fetchCoverage(request);
    await page.goto('compare/');
    const table = page.getByRole('table', { name: 'Evidence sentences per topic and report' });
    await expect(table).toBeVisible();
    const columns = table.locator('thead th[scope="col"]');
    // A column per report of the dossier, between the topic column and the totals.
    await expect(columns).toHaveCount(coverage.sources.length + 2);
    await expect(columns.first()).toHaveText('Topic');
    const republished = columns.nth(columnOf(coverage, 'khatrimaza-republication'));
    // One name per report: its citation name.
    await expect(republished).toContainText('Khatrimaza');
    await expect(republished).not.toContainText('thekhatrimaza.online');
    await expect(republished).toContainText('Republication');
    await expect(republished).toContainText('28 February 2024');
    const tfipost = columns.nth(columnOf(coverage, 'tfipost'));
    await expect(tfipost).toContainText('TFIPost');
    await expect(tfipost).toContainText('March 2024');
    await expect(table.locator('tbody th[scope="row"]')).toHaveCount(coverage.topics.length);
    await expect(table.locator('tfoot th[scope="row"]')).toHaveText('Topics each report covers');
  });

  test('every cell holds the count a reader finds in the texts, and says "not mentioned" in words', async ({
    page,
    request,
  }) => {
    await page.goto('compare/');
    const coverage = await fetchCoverage(request);
    // The eighteen topics, in this order (others an editor adds may stand between them).
    const topics = coverage.topics.map((t) => t.slug);
    expect(topics.filter((slug) => slug in EXPECTED)).toEqual(Object.keys(EXPECTED));
    // The five reports, in date order, among all of them.
    const slugs = coverage.sources.map((s) => s.slug);
    expect(slugs.filter((slug) => SOURCES.includes(slug))).toEqual(SOURCES);
    const rows = page.locator('table.matrix tbody tr');
    const actual: Record<string, string[]> = {};
    const others: string[] = [];
    for (const [i, topic] of coverage.topics.entries()) {
      const cells = (await rows.nth(i).locator('td').allInnerTexts()).slice(0, slugs.length).map(readCell);
      if (topic.slug in EXPECTED) actual[topic.slug] = SOURCES.map((slug) => cells[slugs.indexOf(slug)]!);
      // Every other report's cell says what coverage.json holds for it.
      for (const [j, slug] of slugs.entries()) {
        if (SOURCES.includes(slug) && topic.slug in EXPECTED) continue;
        const expected = cellFromData(coverage, slug, topic.slug);
        if (cells[j] !== expected)
          others.push(`${topic.slug} × ${slug}: shows ${cells[j]}, coverage.json has ${expected}`);
      }
    }
    expect(actual).toEqual(EXPECTED);
    expect(others).toEqual([]);
  });

  test('topics covered by one report only are marked as exclusive to it, in words', async ({ page, request }) => {
    const coverage = await fetchCoverage(request);
    await page.goto('compare/');
    const row = (name: string) =>
      page.locator('table.matrix tbody tr').filter({ has: page.getByRole('rowheader', { name }) });
    const total = (name: string) => row(name).locator('td').last();
    const cellOf = (name: string, slug: string) =>
      row(name)
        .locator('td')
        .nth(columnOf(coverage, slug) - 1);
    // Of the five, only the wire story (carried by MENAFN) covers transportation security, only the republished
    // report biometric information (EXPECTED); every other report's cell is read from coverage.json.
    const exclusives: [string, string, string, string][] = [
      ['Transportation security', 'transportation-security', 'ians-menafn', 'IANS'],
      ['Sharing biometric information', 'biometrics', 'khatrimaza-republication', 'Khatrimaza'],
    ];
    for (const [name, topic, slug, outlet] of exclusives) {
      const covering = coveringSources(coverage, topic);
      expect(covering).toContain(slug);
      if (covering.length === 1) {
        await expect(total(name)).toContainText(`only in ${outlet}`);
        await expect(cellOf(name, slug)).toContainText('only this report');
      } else {
        await expect(total(name)).not.toContainText('only in');
        await expect(cellOf(name, slug)).not.toContainText('only this report');
      }
    }
    // The five all cover counterterrorism; "N of M" counts every report of the dossier that does.
    const counterterrorism = coveringSources(coverage, 'counterterrorism');
    expect(counterterrorism).toEqual(expect.arrayContaining(SOURCES));
    await expect(total('Counterterrorism and violent extremism')).toHaveText(
      new RegExp(`^\\s*${counterterrorism.length} of ${coverage.sources.length}\\s*$`),
    );
    // Every row's total, and its "only in", from the data.
    const rows = page.locator('table.matrix tbody tr');
    const problems: string[] = [];
    for (const [i, topic] of coverage.topics.entries()) {
      const covering = coveringSources(coverage, topic.slug);
      const text = normalise(await rows.nth(i).locator('td').last().innerText());
      if (!text.startsWith(`${covering.length} of ${coverage.sources.length}`)) problems.push(`${topic.slug}: ${text}`);
      if (text.includes('only in') !== (covering.length === 1)) problems.push(`${topic.slug}: ${text}`);
      const negated = negatedOnlySources(coverage, topic.slug).length;
      if (negated > 0 && !text.includes(`${negated} more say it was not discussed`))
        problems.push(`${topic.slug}: ${text}`);
    }
    expect(problems).toEqual([]);
  });

  test('every covered cell links to the first evidence sentence, and every link on the page lands', async ({
    page,
    request,
  }) => {
    await page.goto('compare/');
    const coverage = await fetchCoverage(request);
    const links = await page
      .locator('table.matrix tbody td a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
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
    // A row per report and topic, for every report of the dossier: the five and any other.
    expect(rows).toHaveLength(1 + coverage.sources.length * coverage.topics.length);
    expect(coverage.sources.length).toBeGreaterThanOrEqual(SOURCES.length);
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

  test('needs no JavaScript', async ({ browser, request }) => {
    const coverage = await fetchCoverage(request);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('compare/');
    await expect(page.locator('table.matrix tbody tr')).toHaveCount(coverage.topics.length);
    await context.close();
  });

  test('passes the accessibility checks', async ({ page }) => {
    await page.goto('compare/');
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe('evidence on the source pages', () => {
  test('every quote in coverage.json is, word for word, the sentence of its anchor in its paragraph', async ({
    page,
    request,
  }) => {
    const coverage = await fetchCoverage(request);
    for (const source of coverage.sources) {
      await page.goto(`sources/${source.slug}/`);
      for (const pair of coverage.coverage.filter((c) => c.source === source.slug)) {
        for (const e of pair.evidence) {
          const where = `${source.slug} ${pair.topic} ${e.sentence}`;
          const paragraph = normalise(await page.locator(`#${e.anchor}`).innerText());
          expect(paragraph, where).toContain(e.quote);
          const sentence = page.locator(`#${e.anchor} > span.sentence#${e.sentence}`);
          expect(await sentence.innerText(), where).toBe(e.quote);
        }
      }
    }
  });

  test('nothing is drawn on the text: the evidence sentences name their topics beside the paragraph', async ({
    page,
    request,
  }) => {
    const coverage = await fetchCoverage(request);
    // Each of the five covers some topic, so each has topics to find (EXPECTED).
    for (const slug of SOURCES)
      expect(
        coverage.coverage.some((c) => c.source === slug),
        slug,
      ).toBe(true);
    for (const source of coverage.sources) {
      await page.goto(`sources/${source.slug}/`);
      // No highlight and no generated label inside the report's paragraphs.
      await expect(page.locator('.article-text mark')).toHaveCount(0);
      const expected = new Set(
        coverage.coverage.filter((c) => c.source === source.slug).flatMap((c) => c.evidence.map((e) => e.sentence)),
      );
      const tagged = await page
        .locator('.article-text .sentence[data-topics]')
        .evaluateAll((ms) => ms.map((m) => m.id));
      expect(new Set(tagged), source.slug).toEqual(expected);
      const after = await page
        .locator('.article-text .sentence')
        .first()
        .evaluate((m) => getComputedStyle(m, '::after').content);
      expect(after).toBe('none');
      if (expected.size === 0) continue;
      // The first evidence sentence's paragraph lists its topics in its folded notes.
      const first = [...expected][0]!;
      const paragraph = first.split('-')[0]!;
      const notes = page.locator(`#${paragraph} + .paragraph-side details.paragraph-notes`);
      await expect(notes).toBeVisible();
      await notes.locator('summary').click();
      await expect(notes.getByRole('link').first()).toBeVisible();
    }
  });

  test('the Nikhil Gupta sentence is shown as evidence that the Pannun plot was not discussed', async ({ page }) => {
    await page.goto('sources/khatrimaza-republication/');
    const mark = page.locator('span.sentence#p11-s1');
    await expect(mark).toHaveAttribute('data-topics', 'Khalistan and Pannun: said not discussed');
    await expect(mark).toHaveText(/didn’t figure in the dialogue\.$/);
  });

  test('lists the topics the report covers, exclusives marked, each linking to its topic and first sentence', async ({
    page,
    request,
  }) => {
    const coverage = await fetchCoverage(request);
    await page.goto('sources/ians-menafn/');
    const section = page.getByRole('region', { name: 'Topics this report covers' });
    // The wire story covers 15 of the eighteen topics (EXPECTED); the count of topics is the dossier's.
    await expect(section).toContainText(`15 of the ${coverage.topics.length} topics`);
    const item = section.getByRole('listitem').filter({ hasText: 'Transportation security' });
    // Of the five, only the wire story covers it; "only" still holds if no other report of the dossier does.
    if (coveringSources(coverage, 'transportation-security').length === 1)
      await expect(item).toContainText('only this report covers it');
    else await expect(item).not.toContainText('only this report covers it');
    await expect(item.getByRole('link', { name: 'Transportation security' })).toHaveAttribute(
      'href',
      '../../topics/transportation-security/index.html',
    );
    await expect(item.getByRole('link', { name: /1 sentence, in paragraph 3/ })).toHaveAttribute(
      'href',
      '../../sources/ians-menafn/index.html#p3-s1',
    );
    await expect(section).toContainText(
      'Not mentioned: Fentanyl, synthetic opioids and precursors; Customs-to-customs cooperation; Sharing biometric information.',
    );
    await expectLinksLand(page, await internalLinks(page, '.source-topics'));
  });
});
