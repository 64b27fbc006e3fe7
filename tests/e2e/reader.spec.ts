/**
 * Reader first (issue 24), checked as a reader meets the site in Chromium, at 390 px (a phone) and 1280 px (a
 * desktop), in the light and the dark colour scheme: what was agreed comes first, the article comes first, captions
 * and links are whole, the picture is readable and its boxes are links, and the report's paragraphs hold its words
 * alone. A screenshot of each kind of page at each width and scheme is kept in test-results/ to be looked at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

interface Derivation {
  edges: { from: string; to: string }[];
  commonSources: { id: string }[];
}

async function sourceSlugs(page: Page): Promise<string[]> {
  const coverage = (await (await page.request.get('data/coverage.json')).json()) as { sources: { slug: string }[] };
  return coverage.sources.map((s) => s.slug);
}

async function derivationData(page: Page): Promise<Derivation> {
  return (await (await page.request.get('data/derivation.json')).json()) as Derivation;
}

/** Links whose text wraps inside a word: "Secre|tary". Each link's characters are measured where they are drawn. */
async function linksBrokenMidWord(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluateAll((links) => {
    const broken: string[] = [];
    for (const link of links) {
      if (link.classList.contains('shows-url')) continue;
      const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
      let previous: { char: string; top: number } | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const char = text[i]!;
          // A break at a space is a break between words, whether or not the space is drawn.
          if (/\s/u.test(char)) {
            if (previous) previous = { char, top: previous.top };
            continue;
          }
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect || rect.width === 0) continue;
          if (previous && Math.abs(rect.top - previous.top) > 4 && !/[\s\-–—/]/u.test(previous.char + char))
            broken.push(`“${link.textContent?.trim()}” at “${previous.char}|${char}”`);
          previous = { char, top: rect.top };
        }
      }
    }
    return broken;
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme}`, () => {
    test.use({ colorScheme });

    test(`phone: what was agreed is in the first screen and a half`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto('');
      const glance = page.getByRole('region', { name: 'At a glance' });
      const box = (await glance.boundingBox())!;
      expect(box.y).toBeLessThan(PHONE.height * 1.5);
      // Its first item (when and where) is read within that screen and a half too.
      const first = (await glance.locator('dd').first().boundingBox())!;
      expect(first.y + first.height).toBeLessThan(PHONE.height * 1.5);
    });

    test(`desktop: the first sentence of each report is on the first screen`, async ({ page }) => {
      await page.setViewportSize(DESKTOP);
      for (const slug of await sourceSlugs(page)) {
        await page.goto(`sources/${slug}/`);
        const first = (await page.locator('.article-text p[id^="p"] .sentence').first().boundingBox())!;
        expect(first.y, slug).toBeLessThan(DESKTOP.height - 20);
      }
    });

    test(`the report's paragraphs show its words alone: nothing drawn, nothing added`, async ({ page }) => {
      for (const slug of await sourceSlugs(page)) {
        await page.goto(`sources/${slug}/`);
        const added = await page.locator('.article-text p[id]').evaluateAll((ps) =>
          ps.flatMap((p) =>
            [p, ...p.querySelectorAll('*')].flatMap((el) => {
              const problems: string[] = [];
              if (el.tagName === 'MARK') problems.push(`${p.id}: a <mark>`);
              for (const pseudo of ['::before', '::after']) {
                const content = getComputedStyle(el, pseudo).content;
                if (content !== 'none' && content !== 'normal' && content !== '""')
                  problems.push(`${p.id}: ${pseudo} ${content}`);
              }
              const background = getComputedStyle(el).backgroundColor;
              if (el !== p && background !== 'rgba(0, 0, 0, 0)') problems.push(`${p.id}: a background ${background}`);
              return problems;
            }),
          ),
        );
        expect(added, slug).toEqual([]);
      }
    });

    for (const viewport of [PHONE, DESKTOP]) {
      test(`${viewport.width} px: no caption wider than its box, no title link broken mid-word`, async ({ page }) => {
        await page.setViewportSize(viewport);
        const slugs = await sourceSlugs(page);
        const paths = ['', 'compare/', 'side-by-side/', 'reuse/', 'derivation/', 'officials/kristie-canegallo/'];
        const problems: string[] = [];
        for (const path of paths) {
          await page.goto(path);
          // A caption inside a scroll box is cut at the box's edge on a phone: captions stand above their boxes.
          expect(await page.locator('.table-scroll caption, .matrix-scroll caption').count(), path).toBe(0);
          const wide = await page
            .locator('.table-caption, caption')
            .evaluateAll((captions) =>
              captions
                .filter((c) => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > innerWidth + 1)
                .map((c) => c.textContent?.trim().slice(0, 40)),
            );
          for (const w of wide) problems.push(`${path}: caption “${w}” wider than its box`);
          problems.push(
            ...(await linksBrokenMidWord(page, 'main table a, main :is(h1, h2, h3) a, main .source-list a')).map(
              (b) => `${path}: ${b}`,
            ),
          );
          // The page itself never scrolls sideways: wide things scroll in their own boxes.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(
            viewport.width,
          );
        }
        await page.goto(`sources/${slugs[0]}/`);
        problems.push(...(await linksBrokenMidWord(page, 'main a')).map((b) => `sources/${slugs[0]}/: ${b}`));
        expect(problems).toEqual([]);
      });
    }

    test(`phone: the picture's labels are at least 12 px, its boxes and arrows are links`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      for (const path of ['', 'derivation/']) {
        await page.goto(path);
        // The shape shown on a phone (the narrow one, where there is one).
        const svg = page.locator('svg.graph:visible');
        await expect(svg).toBeVisible();
        const sizes = await svg.locator('text').evaluateAll((texts) =>
          texts.map((t) => {
            const svgEl = t.closest('svg')!;
            const scale = svgEl.getBoundingClientRect().width / svgEl.viewBox.baseVal.width;
            return Number.parseFloat(getComputedStyle(t).fontSize) * scale;
          }),
        );
        expect(sizes.length).toBeGreaterThan(0);
        expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(12);
        const nodes = await svg.locator('g.node').count();
        await expect(svg.locator('a:has(g.node)')).toHaveCount(nodes);
        await expect(svg.locator('a:has(g.edge)')).toHaveCount(await svg.locator('g.edge').count());
        // A box opens its report's page.
        const report = svg.locator('a:has(g.node:not(.absent))').first();
        await report.click();
        await expect(page).toHaveURL(/sources\/[a-z0-9-]+\/index\.html$/u);
      }
    });
  });
}

test('a family page of who follows whom passes axe, light and dark, and lists each follower', async ({ page }) => {
  test.setTimeout(90_000);
  const derivation = await derivationData(page);
  const family = derivation.edges[0]!.from;
  const followers = derivation.edges.filter((e) => e.from === family).map((e) => e.to);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`derivation/follows/${family}/`);
    for (const slug of followers) await expect(page.locator(`#report-${slug}`)).toBeVisible();
    await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  }
});

test('a follower’s evidence says whom it follows once, then why, in plain words', async ({ page }) => {
  const derivation = await derivationData(page);
  for (const family of new Set(derivation.edges.map((e) => e.from))) {
    await page.goto(`derivation/follows/${family}/`);
    const lines = (await page.locator('ul.edges > li > p:first-child').allTextContents()).map((t) =>
      t.replace(/\s+/gu, ' ').trim(),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toMatch(/^(?:Most likely|Also) follows .+, for \d+ statements?: \S/u);
      // The derivation's why opens "follows X (in this dossier) for N statements:", which the line has said.
      expect(line).not.toMatch(/statements?: follows /u);
      expect(line.match(/\((?:not )?in this dossier/gu)?.length ?? 0).toBeLessThanOrEqual(1);
    }
  }
});

/**
 * A screenshot to look at. Chromium now and then refuses one capture ("Protocol error (Page.captureScreenshot):
 * Unable to capture screenshot") and takes the same picture when asked again a moment later (seen once in a clean
 * run here; robotframework-browser#5237 counts it in 7 % of one CI leg). So that one error, and only it, is retried
 * once; a second refusal fails the test.
 */
async function capture(page: Page, path: string): Promise<void> {
  try {
    await page.screenshot({ path });
  } catch (error) {
    if (!String(error).includes('Unable to capture screenshot')) throw error;
    await page.waitForTimeout(250);
    await page.screenshot({ path });
  }
}

test('screenshots of each kind of page, at 390 and 1280 px, light and dark', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const slugs = await sourceSlugs(page);
  const derivation = await derivationData(page);
  const pair = (await page.request.get(`side-by-side/${slugs[0]}--${slugs[1]}/`)).ok()
    ? `${slugs[0]}--${slugs[1]}`
    : `${slugs[1]}--${slugs[0]}`;
  const pages: [string, string][] = [
    ['home', ''],
    ['source', `sources/${slugs[slugs.length - 1]}/`],
    ['sources', 'sources/'],
    ['compare', 'compare/'],
    ['topic', 'topics/'],
    ['derivation', 'derivation/'],
    ['family', `derivation/follows/${derivation.edges[0]!.from}/`],
    ['side-by-side', `side-by-side/${pair}/`],
    ['reuse', 'reuse/'],
    ['glossary', 'glossary/'],
    ['discrepancies', 'discrepancies/'],
    ['officials', 'officials/'],
    ['timeline', 'timeline/'],
    ['search', 'search/'],
  ];
  if (derivation.commonSources[0]) pages.push(['reconstruction', `derivation/${derivation.commonSources[0].id}/`]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      for (const [name, path] of pages) {
        await page.goto(path);
        const file = testInfo.outputPath(`${name}-${viewport.width}-${colorScheme}.png`);
        await capture(page, file);
        await testInfo.attach(`${name}-${viewport.width}-${colorScheme}`, { path: file, contentType: 'image/png' });
      }
    }
  }
});
