/**
 * Fidelity: every line of every raw capture reaches its source page word for word, as the browser renders it.
 * The captures are the expected values; the MDX files are what the site is built from.
 */
import { expect, test } from '@playwright/test';
import { captures, normalise } from './captures.ts';

test('there are five captures to check', () => {
  expect(captures.map((c) => c.slug)).toEqual([
    'dhs-readout',
    'ians-menafn',
    'india-news-network',
    'khatrimaza-republication',
    'tfipost',
  ]);
});

for (const capture of captures) {
  test(`${capture.slug}: every line of the capture is on the page, word for word`, async ({ page }) => {
    await page.goto(`sources/${capture.slug}/`);
    const title = normalise(await page.locator('h1').innerText());
    const article = normalise(await page.locator('.article-text').innerText());
    const missing = capture.lines.filter((line) => !article.includes(line) && line !== title);
    expect(missing).toEqual([]);
  });

  test(`${capture.slug}: paragraphs carry p1, p2, … in order, artifacts apart`, async ({ page }) => {
    await page.goto(`sources/${capture.slug}/`);
    const ids = await page.locator('.article-text > p').evaluateAll((ps) => ps.map((p) => p.id));
    expect(ids).toEqual(ids.map((_, i) => `p${i + 1}`));
    const artifactText = normalise((await page.locator('.artifact .artifact-text').allInnerTexts()).join(' '));
    // No article paragraph is inside an artifact, and no artifact line is counted as a paragraph.
    const paragraphs = await page.locator('.article-text > p').allInnerTexts();
    for (const p of paragraphs) expect(artifactText).not.toContain(normalise(p));
  });
}

test('the wire story keeps its straight apostrophes, the others their curly ones', async ({ page }) => {
  await page.goto('sources/ians-menafn/');
  const wire = await page.locator('.article-text').innerText();
  expect(wire).toContain("India's Sardar Vallabhbhai Patel National Police Academy");
  expect(wire).toContain("Senior Officials' Homeland Security Dialogue");
  expect(wire).not.toContain('’');
  await page.goto('sources/india-news-network/');
  const news = await page.locator('.article-text').innerText();
  expect(news).toContain('India’s Sardar Vallabhbhai Patel National Police Academy');
  expect(news).not.toContain("India's");
});

test('the republished report keeps its curly double quotes', async ({ page }) => {
  await page.goto('sources/khatrimaza-republication/');
  await expect(page.locator('.article-text')).toContainText(
    'described as a “key pillar” of the bilateral strategic partnership',
  );
});

test('capture artifacts are labelled and kept out of the paragraph count', async ({ page }) => {
  await page.goto('sources/khatrimaza-republication/');
  const artifacts = page.getByRole('complementary', { name: /Capture artifact/ });
  await expect(artifacts).toHaveCount(2);
  await expect(artifacts.first()).toContainText('Web-theme placeholder');
  await expect(artifacts.first()).toContainText('304 North Cardinal St.');
  await expect(artifacts.last()).toContainText('en_USEnglish');
  await expect(page.locator('#p1')).toHaveText(/^New Delhi: Cooperation in counterterrorism/);
});

test('TFIPost’s section headings are headings, in their order', async ({ page }) => {
  await page.goto('sources/tfipost/');
  const headings = await page.locator('.article-text :is(h2, h3)').allInnerTexts();
  expect(headings.slice(0, 4)).toEqual([
    'The article, word for word',
    'The Homeland Security Dialogue',
    'Counternarcotics Efforts',
    'Customs Collaboration',
  ]);
  expect(headings.at(-1)).toBe('Future Engagement');
  expect(headings).toHaveLength(1 + 18);
});

test('a month-only date says the day is not known; an unknown author says so', async ({ page }) => {
  await page.goto('sources/tfipost/');
  const facts = page.locator('.facts');
  await expect(facts).toContainText('March 2024 (day not known)');
  await expect(facts.locator('time')).toHaveAttribute('datetime', '2024-03');
  await expect(facts).toContainText(/Author\s*not known/);
});
