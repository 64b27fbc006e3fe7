/** The topic pages: eighteen stable addresses, each quoting its evidence report by report. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { MATRIX_LIMIT } from '../../src/lib/analysis/reuse/reuse.ts';
import { coveringSources, expectLinksLand, fetchCoverage, internalLinks, negatedOnlySources } from './coverage-data.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the topic index links to every topic page, which all exist', async ({ page, request }) => {
  const coverage = await fetchCoverage(request);
  await page.goto('topics/');
  const links = page.locator('.topic-list h2 a');
  expect(coverage.topics.length).toBeGreaterThanOrEqual(18);
  await expect(links).toHaveCount(coverage.topics.length);
  expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
    coverage.topics.map((t) => `../topics/${t.slug}/index.html`),
  );
  for (const topic of coverage.topics) {
    await page.goto(`topics/${topic.slug}/`);
    await expect(page.locator('h1')).toHaveText(topic.title);
  }
});

test('each topic page quotes every evidence sentence, or says the report does not mention it', async ({
  page,
  request,
}) => {
  const coverage = await fetchCoverage(request);
  // Up to MATRIX_LIMIT reports every report has a section; beyond, only those that cover the topic, and a copy whose
  // evidence is its wire story's word for word is named in the wire story's section instead of quoted again.
  const small = coverage.sources.length <= MATRIX_LIMIT;
  for (const topic of coverage.topics) {
    await page.goto(`topics/${topic.slug}/`);
    for (const source of coverage.sources) {
      // By the report's own anchor, not its title: a copy may carry its original's title word for word.
      const section = page.locator(`section.topic-source[aria-labelledby="source-${source.slug}"]`);
      const pair = coverage.coverage.find((c) => c.source === source.slug && c.topic === topic.slug);
      if (!small && !pair) {
        await expect(section).toHaveCount(0);
        continue;
      }
      if (!small && (await section.count()) === 0) {
        // Named as a copy under the section whose quotes are its own.
        const holder = page.locator('section.topic-source', {
          has: page.locator(`.copies a[href$="sources/${source.slug}/index.html"]`),
        });
        await expect(holder).toHaveCount(1);
        const quotes = await holder.locator('blockquote').allInnerTexts();
        expect(quotes.map((q) => q.trim())).toEqual(pair!.evidence.map((e) => e.quote));
        continue;
      }
      await expect(section.getByRole('heading')).toHaveText(source.title);
      if (!pair) {
        await expect(section).toContainText('Not mentioned in this report.');
        continue;
      }
      const quotes = await section.locator('blockquote').allInnerTexts();
      expect(quotes.map((q) => q.trim())).toEqual(pair.evidence.map((e) => e.quote));
      const negatedLabels = await section.getByText('Says this was not discussed:').count();
      expect(negatedLabels).toBe(pair.evidence.filter((e) => e.negated).length);
    }
  }
});

test('says which reports cover the topic and which do not', async ({ page, request }) => {
  const coverage = await fetchCoverage(request);
  // Each report is named as the site cites it (sources.json's citedAs: "DHS", "IANS"), not by its outlet.
  const sources = (await (await request.get('data/sources.json')).json()) as {
    sources: { slug: string; citedAs: string }[];
  };
  const citedAs = (slug: string) => sources.sources.find((s) => s.slug === slug)!.citedAs;
  const slugs = coverage.sources.map((s) => s.slug);
  // Of the five, the republished report and the wire story (carried by MENAFN) speak of the Pannun plot; India
  // News Network, the DHS readout and TFIPost do not (read in the texts).
  const covering = coveringSources(coverage, 'khalistan-pannun');
  const negatedOnly = negatedOnlySources(coverage, 'khalistan-pannun');
  const notMentioned = slugs.filter((s) => !covering.includes(s) && !negatedOnly.includes(s));
  const FIVE = ['khatrimaza-republication', 'ians-menafn', 'india-news-network', 'dhs-readout', 'tfipost'];
  expect(covering.filter((s) => FIVE.includes(s))).toEqual(['khatrimaza-republication', 'ians-menafn']);
  // Their short names, read in their frontmatter.
  expect(['khatrimaza-republication', 'ians-menafn'].map(citedAs)).toEqual(['Khatrimaza', 'IANS']);
  expect(notMentioned.filter((s) => FIVE.includes(s))).toEqual(['india-news-network', 'dhs-readout', 'tfipost']);
  // Up to MATRIX_LIMIT reports the summary names them; beyond, it counts them (each covering report is quoted below).
  const listNames = slugs.length <= MATRIX_LIMIT;
  const names = (list: string[]) =>
    listNames ? list.map(citedAs).join(', ') : `${list.length} report${list.length === 1 ? '' : 's'}`;
  await page.goto('topics/khalistan-pannun/');
  // Beyond MATRIX_LIMIT, a copy with its wire story's sentences is named under it ("And 2 copies with the same
  // sentences: …") rather than quoted, and the summary says so (this topic fits one page of evidence).
  const named = (await page.locator('.topic-source .copies').allInnerTexts())
    .map((line) => Number(/^And (\d+) cop/u.exec(line)![1]))
    .reduce((n, c) => n + c, 0);
  const counted = `Covered by ${covering.length} of ${slugs.length} reports, ${
    named === 0
      ? `${covering.length === 1 ? '' : 'each '}quoted below`
      : `quoted below, but for ${named === 1 ? '1 copy' : `${named} copies`} with the same sentences as the wire story ${named === 1 ? 'it' : 'each'} copies, named under it`
  }.`;
  await expect(page.locator('.topic-summary')).toHaveText(
    [
      listNames ? `Covered by ${covering.length} of ${slugs.length} reports: ${names(covering)}.` : counted,
      covering.length === 1 ? 'Only this one report covers it.' : '',
      negatedOnly.length > 0 ? `Mentioned only to say it was not discussed: ${names(negatedOnly)}.` : '',
      `Not mentioned in: ${names(notMentioned)}.`,
    ]
      .filter(Boolean)
      .join(' '),
  );
  // Of the five, only the republished report speaks of biometric information; "only" if no other report does.
  const biometrics = coveringSources(coverage, 'biometrics');
  expect(biometrics).toContain('khatrimaza-republication');
  await page.goto('topics/biometrics/');
  if (biometrics.length === 1)
    await expect(page.locator('.topic-summary')).toContainText('Only this one report covers it.');
  else await expect(page.locator('.topic-summary')).not.toContainText('Only this one report covers it.');
});

test('every link from the topic pages lands on an existing anchor', async ({ page, request }) => {
  test.slow();
  const coverage = await fetchCoverage(request);
  const all = new Map<string, Set<string>>();
  for (const topic of coverage.topics) {
    await page.goto(`topics/${topic.slug}/`);
    for (const [target, fragments] of await internalLinks(page)) {
      const set = all.get(target) ?? new Set<string>();
      for (const f of fragments) set.add(f);
      all.set(target, set);
    }
  }
  await expectLinksLand(page, all);
});

for (const path of ['topics/', 'topics/khalistan-pannun/', 'sources/khatrimaza-republication/']) {
  test(`${path} passes the accessibility checks`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(results.violations).toEqual([]);
  });
}
