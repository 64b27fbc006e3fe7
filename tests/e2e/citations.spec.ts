/**
 * Every citation on the overview, discrepancy, officials and timeline pages lands on an anchor that exists on the
 * source page, inside a paragraph that contains the quoted words; and every internal link on the new pages
 * resolves. Citations carry their quote in `data-quote` (src/components/Cite.astro), so the check needs no
 * knowledge of the content.
 */
import { expect, test, type Page } from '@playwright/test';
import { CITING_PAGES } from './editorial';

interface Citation {
  from: string;
  page: string;
  fragment: string;
  quote: string;
}

async function citationsOn(page: Page, path: string): Promise<Citation[]> {
  await page.goto(path);
  const found = await page
    .locator('a.cite')
    .evaluateAll((links) =>
      links.map((a) => ({ href: (a as HTMLAnchorElement).href, quote: a.getAttribute('data-quote') ?? '' })),
    );
  return found.map(({ href, quote }) => {
    const url = new URL(href);
    return { from: path || '/', page: url.pathname, fragment: decodeURIComponent(url.hash.slice(1)), quote };
  });
}

test('every citation lands on an existing anchor whose paragraph holds the quoted words', async ({ page }) => {
  const all: Citation[] = [];
  for (const path of CITING_PAGES) {
    const found = await citationsOn(page, path);
    expect(found.length, `citations on /${path}`).toBeGreaterThan(path.startsWith('officials/') ? 4 : 9);
    all.push(...found);
  }
  const byPage = Map.groupBy(all, (c) => c.page);
  // The site's statements cite each of the five reports, and cite only reports of the dossier (coverage.json).
  const coverage = (await (await page.request.get('data/coverage.json')).json()) as { sources: { slug: string }[] };
  const reportPages = coverage.sources.map(({ slug }) => `/sources/${slug}/index.html`);
  const cited = [...byPage.keys()].sort();
  expect(cited).toEqual(
    expect.arrayContaining(
      ['dhs-readout', 'ians-menafn', 'india-news-network', 'khatrimaza-republication', 'tfipost'].map(
        (slug) => `/sources/${slug}/index.html`,
      ),
    ),
  );
  expect(cited.filter((p) => !reportPages.includes(p))).toEqual([]);
  const failures: string[] = [];
  for (const [target, citations] of byPage) {
    await page.goto(target);
    const results = await page.evaluate(
      (items) =>
        items.map(({ fragment, quote }) => {
          const element = document.getElementById(fragment);
          if (!element) return { fragment, quote, problem: 'no element with this id' };
          const paragraph = element.closest('p');
          if (!paragraph || !/^p\d+$/.test(paragraph.id))
            return { fragment, quote, problem: 'not in an article paragraph' };
          const text = (paragraph.textContent ?? '').replace(/\s+/g, ' ');
          return {
            fragment,
            quote,
            problem: text.includes(quote.replace(/\s+/g, ' ')) ? null : `paragraph ${paragraph.id} lacks the quote`,
          };
        }),
      citations.map(({ fragment, quote }) => ({ fragment, quote })),
    );
    for (const r of results) if (r.problem) failures.push(`${target}#${r.fragment} “${r.quote}”: ${r.problem}`);
  }
  expect(failures).toEqual([]);
  expect(all.length).toBeGreaterThan(150);
});

test('a citation says in words which report and paragraph it points to', async ({ page }) => {
  await page.goto('');
  // The statement's quotes are behind its section's marker; the first of them is the readout's.
  const marker = page.locator('.overview-story details.quote-marker').first();
  await marker.locator('summary').click();
  const first = marker.locator('li[data-fact="dialogue-dates"] a.cite').first();
  await expect(first).toHaveText(/^\[DHS ¶1\]/);
  await expect(first).toHaveAccessibleName(
    /^\[DHS ¶1\] ?: paragraph 1 of the official readout, U\.S\. Department of Homeland Security$/,
  );
  await expect(first).toHaveAttribute('href', 'sources/dhs-readout/index.html#p1-s1');
});

const LINKING_PAGES = [...CITING_PAGES, 'reuse/', 'side-by-side/khatrimaza-republication--ians-menafn/', 'glossary/'];

test('no two citations of one statement read alike where they lead to different sentences, nor repeat one place', async ({
  page,
}) => {
  for (const path of CITING_PAGES) {
    await page.goto(path);
    const groups = await page.locator('.fact-citations').evaluateAll((spans) =>
      spans.map((span) =>
        [...span.querySelectorAll('a.cite')].map((a) => ({
          text: (a.firstChild?.textContent ?? '').trim(),
          href: a.getAttribute('href') ?? '',
        })),
      ),
    );
    for (const links of groups) {
      expect(new Set(links.map((l) => l.href)).size, `/${path}: one place linked twice`).toBe(links.length);
      for (const a of links)
        for (const b of links)
          if (a.href !== b.href) expect(a.text, `/${path}: ${a.href} and ${b.href}`).not.toBe(b.text);
    }
  }
});

test('every internal link on the new pages resolves, fragment included', async ({ page, request }) => {
  const targets = new Map<string, Set<string>>();
  for (const path of LINKING_PAGES) {
    await page.goto(path);
    // Resolved from the attribute: the picture's links are SVG <a>, whose `href` is not a string.
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const fragments = targets.get(url.pathname) ?? new Set<string>();
      if (url.hash) fragments.add(decodeURIComponent(url.hash.slice(1)));
      targets.set(url.pathname, fragments);
    }
  }
  const broken: string[] = [];
  for (const [path, fragments] of targets) {
    const response = await request.get(path);
    if (!response.ok()) {
      broken.push(`${path}: HTTP ${response.status()}`);
      continue;
    }
    if (fragments.size === 0 || !path.endsWith('.html')) continue;
    await page.goto(path);
    const missing = await page.evaluate((ids) => ids.filter((id) => !document.getElementById(id)), [...fragments]);
    for (const id of missing) broken.push(`${path}#${id}`);
  }
  expect(broken).toEqual([]);
  expect(targets.size).toBeGreaterThan(20);
});

test('the new pages are in the main navigation', async ({ page }) => {
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of ['Discrepancies', 'Officials', 'Timeline', 'Who copies whom', 'Glossary']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  // One section for who copies whom: the picture, the side-by-side pages and the shared wording.
  for (const label of ['Reuse', 'Side by side']) await expect(nav.getByRole('link', { name: label })).toHaveCount(0);
  for (const path of ['derivation/', 'side-by-side/', 'reuse/']) {
    await page.goto(path);
    await expect(nav.getByRole('link', { name: 'Who copies whom', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
  await page.goto('');
  await nav.getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
  await expect(nav.getByRole('link', { name: 'Timeline', exact: true })).toHaveAttribute('aria-current', 'page');
});
