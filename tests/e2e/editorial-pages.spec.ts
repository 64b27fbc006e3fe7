/**
 * The overview, discrepancy, officials and timeline pages say what the reports say: expected values come from
 * reading the reports (tests/fixtures/captures/), not from the content files. They hold whatever other reports the
 * dossier has; how many reports there are is read from the built open data (dist/data/coverage.json).
 */
import { expect, test } from '@playwright/test';
import { coveringSources, fetchCoverage } from './coverage-data.ts';
import { MATRIX_LIMIT } from '../../src/lib/analysis/reuse/reuse.ts';
import { OVERVIEW_REPORTS } from '../../src/lib/site/overview.ts';
import { TIMELINE_DAY_REPORTS, TIMELINE_NAMED_REPORTS } from '../../src/lib/site/timeline.ts';

test('the overview tells the dialogue in short cited paragraphs', async ({ page }) => {
  await page.goto('');
  const story = page.locator('.overview-story');
  for (const heading of ['The meeting', 'What they discussed', 'What they signed', 'What comes next']) {
    await expect(story.getByRole('heading', { name: heading, level: 3 })).toBeVisible();
  }
  await expect(story).toContainText('27 to 29 February 2024');
  await expect(story).toContainText('New Delhi');
  await expect(story).toContainText('Kristie Canegallo');
  await expect(story).toContainText('Ajay Bhalla');
  await expect(story).toContainText('Memorandum of Cooperation');
  await expect(story).toContainText('Washington');
  // Each section's statements are followed by one marker that opens their quotes: at least one per statement.
  const statements = story.locator('.statement');
  const count = await statements.count();
  expect(count).toBeGreaterThanOrEqual(8);
  const markers = story.locator('details.quote-marker');
  await expect(markers).toHaveCount(4);
  for (let i = 0; i < 4; i++) await markers.nth(i).locator('summary').click();
  for (let i = 0; i < count; i++) {
    const id = (await statements.nth(i).getAttribute('id'))!.replace(/^fact-/u, '');
    await expect(story.locator(`li[data-fact="${id}"] a.cite`).first()).toBeVisible();
  }
  // The three reports that speak of "Wednesday" are shown as differing on the dates, in words.
  const dates = story.locator('li[data-fact="dialogue-dates"]');
  await expect(dates).toContainText('worded differently');
  await expect(dates.getByRole('link', { name: 'the dates of the dialogue' })).toBeVisible();
});

test('the overview opens with the dialogue at a glance, each item with one marker that opens its quotes', async ({
  page,
}) => {
  await page.goto('');
  const glance = page.getByRole('region', { name: 'At a glance' });
  // From reading the reports: the dates and place, the co-chairs, the memorandum, the next round in Washington.
  for (const words of [
    '27 to 29 February 2024',
    'New Delhi',
    'Kristie Canegallo',
    'Memorandum of Cooperation',
    'Washington',
  ])
    await expect(glance).toContainText(words);
  const items = glance.locator('dl > div');
  const labels = await glance.locator('dt').allInnerTexts();
  expect(labels).toEqual(expect.arrayContaining(['When and where', 'Who led', 'What was signed', 'Next round']));
  for (let i = 0; i < (await items.count()); i++) {
    const marker = items.nth(i).locator('details.quote-marker');
    await expect(marker).toHaveCount(1);
    // "DHS · IANS +2": at most two names and a count; opening it (by keyboard) shows the quotes.
    await expect(marker.locator('summary')).toHaveText(
      /^(Quotes from )?[^·+]+( · [^·+]+)?( \+\d+)?( \(\d+ reports?\))?$/u,
    );
    await marker.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(marker.locator('a.cite').first()).toBeVisible();
  }
  // The block comes before coverage and before who copies whom.
  const top = async (name: string) => (await page.getByRole('heading', { name, exact: true }).boundingBox())!.y;
  expect(await top('At a glance')).toBeLessThan(await top('What each report covers'));
  expect(await top('What each report covers')).toBeLessThan(await top('Who copies whom'));
});

test('the overview lists what only one report says, with citations, and links to the comparison', async ({ page }) => {
  await page.goto('');
  const only = page.getByRole('region', { name: 'Reported by one source only' });
  const republished = only.getByRole('region', { name: /^Only in Counterterrorism, narcotics/ });
  for (const words of ['fentanyl', 'Mexican drug cartels', 'biometric', '30 days', 'H-1B']) {
    await expect(republished).toContainText(words);
  }
  await expect(republished.locator('a.cite[data-source="khatrimaza-republication"]').first()).toBeVisible();
  await expect(republished.locator('a.cite:not([data-source="khatrimaza-republication"])')).toHaveCount(0);
  const wire = only.getByRole('region', { name: /^Only in India-US Hold Homeland Security Dialogue/ });
  for (const words of ['Khalistan', 'San Francisco', 'Tahawwur Rana', 'January 2022', 'transportation security']) {
    await expect(wire).toContainText(words);
  }
  await expect(only.getByRole('region', { name: /^Only in India-US Homeland Security Dialogue seeks/ })).toContainText(
    '2010',
  );
});

test('the overview summarises topic coverage per report, with the topics only one report covers', async ({
  page,
  request,
}) => {
  const coverage = await fetchCoverage(request);
  await page.goto('');
  const summary = page.getByRole('region', { name: 'What each report covers' });
  await expect(summary.getByRole('link', { name: 'the full comparison' })).toHaveAttribute(
    'href',
    'compare/index.html',
  );
  const alone = (topic: string) => coveringSources(coverage, topic).length === 1;
  // A line per report of the dossier while /reuse/ still draws its matrix (MATRIX_LIMIT); beyond it, a line per
  // report that alone covers a topic (read from coverage.json), and none at all where no report does.
  const topics = [...new Set(coverage.coverage.map((c) => c.topic))];
  const aloneSomewhere = coverage.sources.filter((s) =>
    topics.some((t) => alone(t) && coveringSources(coverage, t)[0] === s.slug),
  );
  const listAll = coverage.sources.length <= MATRIX_LIMIT;
  await expect(summary.getByRole('listitem')).toHaveCount(listAll ? coverage.sources.length : aloneSomewhere.length);
  if (!listAll && aloneSomewhere.length === 0) {
    await expect(summary).toContainText('no topic is covered by one report alone');
  }
  // From reading the reports: of the five, only the wire story mentions transportation security, only the
  // republished report biometric information; the DHS readout names neither. "Only here" holds while no other
  // report of the dossier covers them (coverage.json).
  const wire = summary.getByRole('listitem').filter({ hasText: /^IANS:/ });
  const republished = summary.getByRole('listitem').filter({ hasText: /^Khatrimaza:/ });
  if (alone('transportation-security')) {
    await expect(wire).toContainText('only here: Transportation security');
    await expect(wire.getByRole('link', { name: 'the sentence' })).toHaveAttribute(
      'href',
      'sources/ians-menafn/index.html#p3-s1',
    );
  } else await expect(wire.filter({ hasText: 'Transportation security' })).toHaveCount(0);
  if (alone('biometrics')) await expect(republished).toContainText('only here: Sharing biometric information');
  else await expect(republished.filter({ hasText: 'Sharing biometric information' })).toHaveCount(0);
  expect(coveringSources(coverage, 'transportation-security')).toContain('ians-menafn');
  expect(coveringSources(coverage, 'biometrics')).toContain('khatrimaza-republication');
  // The DHS readout's line, where there is one, names no topic as only its own.
  await expect(summary.getByRole('listitem').filter({ hasText: /^DHS:/ }).filter({ hasText: 'only here' })).toHaveCount(
    0,
  );
});

test('the overview lists the reports with outlet, kind and date', async ({ page, request }) => {
  const coverage = await fetchCoverage(request);
  await page.goto('');
  const list = page.locator('.source-list');
  // Every report of a dossier of up to OVERVIEW_REPORTS + 1, else the first OVERVIEW_REPORTS by date (the order of
  // coverage.json's sources), each linking to its page; the others are counted, and /sources/ lists them all.
  const all = coverage.sources.length;
  const shown = all <= OVERVIEW_REPORTS + 1 ? coverage.sources : coverage.sources.slice(0, OVERVIEW_REPORTS);
  await expect(list.locator('li')).toHaveCount(shown.length);
  // Found by address, not by title: a copy may carry its original's title word for word.
  for (const source of shown) {
    await expect(list.locator(`a[href="sources/${source.slug}/index.html"]`)).toHaveText(source.title);
  }
  const more = page.locator('.more-reports');
  if (shown.length < all)
    await expect(more).toHaveText(
      `And ${(all - shown.length).toLocaleString('en')} more: all ${all.toLocaleString('en')} reports with their provenance.`,
    );
  else await expect(more).toHaveText('All reports with their provenance');
  await expect(more.locator('a')).toHaveAttribute('href', 'sources/index.html');
  if (shown.some((s) => s.slug === 'dhs-readout'))
    await expect(list).toContainText(
      'U.S. Department of Homeland Security · Official readout · 29 February 2024 · cited as DHS',
    );
  if (shown.some((s) => s.slug === 'tfipost')) await expect(list).toContainText('TFIPost · Blog post · March 2024');
});

test('the discrepancies page sets the versions side by side', async ({ page }) => {
  await page.goto('discrepancies/');
  const cases: [string, string[], string[]][] = [
    ['The dates of the dialogue', ['From February 27 to February 29'], ['on Wednesday (February 28, 2024)']],
    [
      'Kristie Canegallo’s title',
      ['Senior Official Performing the Duties of the Deputy Secretary'],
      ['Acting Deputy Secretary'],
    ],
    [
      'The name of the US training centre',
      ['Federal Law Enforcement Training Centers'],
      ['Federal Law Enforcement Training Centre'],
    ],
    [
      'The name of the Indian police academy',
      ['India’s National Police Academy'],
      ['Sardar Vallabhbhai Patel National Police Academy'],
    ],
    [
      'What the memorandum is about',
      ['law enforcement training'],
      ['looking to finalise a memorandum of cooperation on countering narcotics trafficking'],
    ],
    ['Where and when the next round will be held', ['Washington DC'], ['Washington D.C.']],
  ];
  for (const [title, first, second] of cases) {
    const section = page.getByRole('region', { name: title, exact: true });
    const readings = section.locator('.reading');
    expect(await readings.count()).toBeGreaterThanOrEqual(2);
    for (const words of first)
      await expect(readings.nth(0).locator('blockquote').filter({ hasText: words }).first()).toBeVisible();
    for (const words of second) await expect(readings.filter({ hasText: words }).first()).toBeVisible();
  }
  // Side by side on a wide screen: the two readings of the dates share a row.
  await page.setViewportSize({ width: 1200, height: 900 });
  const readings = page.getByRole('region', { name: 'The dates of the dialogue', exact: true }).locator('.reading');
  const [a, b] = [await readings.nth(0).boundingBox(), await readings.nth(1).boundingBox()];
  expect(a!.y).toBe(b!.y);
  expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
});

test('the officials pages quote the title each report gives', async ({ page }) => {
  await page.goto('officials/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Ajay Bhalla', 'Kristie Canegallo']);
  await page.getByRole('link', { name: 'Kristie Canegallo', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kristie Canegallo');
  const table = page.getByRole('table', { name: 'The title under which each report names Kristie Canegallo' });
  const expected: [string, string][] = [
    ['DHS', 'Senior Official Performing the Duties of the Deputy Secretary'],
    ['INN', 'Acting Deputy Secretary of the U.S. Department of Homeland Security'],
    ['TFIPost', 'Acting Deputy Secretary'],
    ['Khatrimaza', 'acting deputy secretary in the department of homeland security'],
    ['IANS', 'Acting Deputy Secretary'],
  ];
  for (const [report, title] of expected) {
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${report}\\b`) }) });
    await expect(row.locator('q')).toHaveText(title);
    await expect(row.locator('mark')).toHaveText(title);
  }
});

test('the timeline runs from 2010 to the next round, each date with its precision', async ({ page, request }) => {
  await page.goto('timeline/');
  const entries = page.locator('ol.timeline > li.entry-event');
  const titles = await entries.locator('h2').allInnerTexts();
  const order = [
    'The Homeland Security Dialogue is established',
    'The previous India-US homeland security dialogue',
    'Nikhil Gupta is detained in the Czech Republic',
    'Attack on the Indian consulate in San Francisco',
    'The United States and China launch a counter-narcotics working group',
    'The Homeland Security Dialogue in New Delhi',
    'The senior officials’ dialogue “on Wednesday”',
    'The Memorandum of Cooperation on law-enforcement training is signed',
    'The next round, in Washington',
  ];
  expect(titles).toEqual(order);
  const when = await entries.locator('.when').allInnerTexts();
  expect(when).toEqual([
    '2010 (year known)',
    'January 2022 (month known, not the day)',
    'June 2023 (month known, not the day)',
    'July 2023 (month known, not the day)',
    'January 2024 (month known, not the day)',
    '27 February 2024 to 29 February 2024 (several days)',
    '28 February 2024 (day known)',
    '28 February 2024 or 29 February 2024 (one of two days)',
    'Date not known',
  ]);
  await expect(entries.nth(4)).toContainText('“last month” is read as January 2024');
  await expect(entries.nth(2)).toContainText('“last June” is read as June 2023');
  await expect(entries.nth(0).locator('time')).toHaveAttribute('datetime', '2010');
  // The reports' own publication is on the timeline too, after the events of its day: every report of the dossier,
  // an entry each for a date with at most TIMELINE_DAY_REPORTS of them (the five reports: two, two and one), one
  // entry for the reports of a busier date, counting them.
  const perDate = new Map<string, number>();
  for (const s of (await fetchCoverage(request)).sources) perDate.set(s.date, (perDate.get(s.date) ?? 0) + 1);
  const quiet = [...perDate.values()].filter((n) => n <= TIMELINE_DAY_REPORTS);
  const busy = [...perDate].filter(([, n]) => n > TIMELINE_DAY_REPORTS);
  await expect(page.locator('ol.timeline > li.entry-publication')).toHaveCount(quiet.reduce((a, n) => a + n, 0));
  const grouped = page.locator('ol.timeline > li.entry-publications');
  await expect(grouped).toHaveCount(busy.length);
  for (const [date, n] of busy) {
    const entry = grouped.filter({ has: page.locator(`.when time[datetime="${date}"]`) });
    await expect(entry.locator('h2')).toHaveText(`${n.toLocaleString('en')} reports published`);
    await expect(entry.locator('ul.reports > li')).toHaveCount(Math.min(n, TIMELINE_NAMED_REPORTS));
    await expect(entry.locator('.more-reports a')).toHaveAttribute('href', '../sources/index.html');
  }
  await expect(page.locator('ol.timeline > li').last()).toHaveClass(/entry-event/);
});
