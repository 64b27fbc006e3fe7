/**
 * The whole site in its three ways of reading (docs/architecture.md, "Checks on the built site"): at a host's root, under the sub-path /hsd/, and from disk.
 * Each mode is crawled once from the home page, following links (tests/e2e/crawl.ts), so pages added later are
 * covered without a list. axe runs on every page twice, in the light theme at a phone's width (root) and in the
 * dark theme at a desktop's width (sub-path), rather than in every mode, to keep the suite quick on two cores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { crawl } from './crawl.ts';
import { distDir, homeOf, modes } from './servers.ts';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** axe rules turned off, each with its reason. None so far. */
const AXE_DISABLED: Record<string, string> = {};

async function axeProblems(page: Page, url: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).disableRules(Object.keys(AXE_DISABLED)).analyze();
  return results.violations.map(
    (v) => `${url}: axe ${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Every page in dist/ but the 404 page, which hosts serve for a missing address and nothing links to. */
const builtPages = readdirSync(distDir, { recursive: true })
  .map((p) => String(p).split('\\').join('/'))
  .filter((p) => p.endsWith('.html') && p !== '404.html')
  .sort();

/**
 * Time for a crawl: it visits every page, so the limit grows with the dossier (the five reports' site has about 40
 * pages; each added report brings its page and pair pages), at up to ten seconds a page (axe included) on two busy cores: a limit against a hang, not a timing.
 */
const crawlTimeout = (perPage: number, least: number) => Math.max(least, builtPages.length * perPage);

test.describe('every page reachable from the home page', () => {
  test(`${modes.root.name}: links, anchors, console, origins; axe (light theme, 320 px wide); no sideways scrolling`, async ({
    page,
  }) => {
    test.setTimeout(crawlTimeout(10_000, 180_000));
    await page.setViewportSize({ width: 320, height: 800 });
    const report = await crawl(page, {
      mode: modes.root,
      onPage: async (page, url, problems) => {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${url}: ${overflow} px wider than a 320 px screen`);
        problems.push(...(await axeProblems(page, url)));
      },
    });
    expect(report.problems).toEqual([]);
    // Nothing is built that a reader cannot reach by following links.
    expect(report.pages).toEqual(builtPages);
  });

  test.describe(() => {
    test.use({ colorScheme: 'dark' });
    test(`${modes.subPath.name}: links, anchors, console, origins; axe (dark theme)`, async ({ page }) => {
      test.setTimeout(crawlTimeout(10_000, 180_000));
      const report = await crawl(page, {
        mode: modes.subPath,
        onPage: async (page, url, problems) => {
          problems.push(...(await axeProblems(page, url)));
        },
      });
      expect(report.problems).toEqual([]);
      expect(report.pages).toEqual(builtPages);
    });
  });

  test(`${modes.file.name}: links, anchors, console, origins`, async ({ page }) => {
    test.setTimeout(crawlTimeout(4_000, 120_000));
    const report = await crawl(page, { mode: modes.file });
    expect(report.problems).toEqual([]);
    expect(report.pages).toEqual(builtPages);
  });

  test.describe(() => {
    test.use({ javaScriptEnabled: false });
    test('with JavaScript turned off: every page renders and the navigation works', async ({ page }) => {
      test.setTimeout(crawlTimeout(4_000, 120_000));
      const report = await crawl(page, {
        mode: modes.root,
        onPage: async (page, url, problems) => {
          const h1 = await page.locator('main h1').count();
          if (h1 !== 1) problems.push(`${url}: ${h1} <h1> in <main>`);
          if ((await page.locator('main').innerText()).trim().length < 40)
            problems.push(`${url}: <main> is nearly empty`);
          if (!(await page.getByRole('navigation', { name: 'Main' }).isVisible()))
            problems.push(`${url}: no navigation`);
        },
      });
      expect(report.problems).toEqual([]);
      expect(report.pages).toEqual(builtPages);
    });
  });
});

test.describe('the 404 page', () => {
  test('a missing address at any depth gets the 404 page, which loads nothing and links home', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto('no/such/page/at/depth/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    expect(requests).toEqual([response!.url()]);
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await expect(page.locator('h1')).toHaveText('The India–US Homeland Security Dialogue, 27–29 February 2024');
  });

  test('under a sub-path too, with no console error but the 404 status itself', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    const response = await page.goto(`${modes.subPath.base}sources/no-such-report/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    expect(
      await new AxeBuilder({ page })
        .withTags(AXE_TAGS)
        .analyze()
        .then((r) => r.violations),
    ).toEqual([]);
  });
});

test('external links are marked: an arrow read out as "external site", rel="noopener noreferrer"', async ({ page }) => {
  await page.goto('sources/dhs-readout/index.html');
  const link = page.locator('a.external').first();
  await expect(link).toHaveAttribute('rel', /\bnoopener\b.*\bnoreferrer\b/);
  const marker = await link.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(marker).toContain('↗');
  expect(marker).toContain('(external site)');
});

test('print: no navigation, and the address of an external link written after it', async ({ page }) => {
  await page.goto('search/index.html');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  await page.goto('sources/dhs-readout/index.html');
  await page.emulateMedia({ media: 'print' });
  // The original address is the link's own text there, so it is not printed twice.
  const shown = await page.locator('a.external.shows-url').evaluate((a) => getComputedStyle(a, '::after').content);
  expect(shown).toBe('none');
  // Any other external link prints its address (checked on a link made for the test, with the site's stylesheet).
  const printed = await page.evaluate(() => {
    const a = document.createElement('a');
    a.className = 'external';
    a.href = 'https://example.org/report';
    a.textContent = 'the report';
    document.querySelector('main')!.append(a);
    return getComputedStyle(a, '::after').content;
  });
  expect(printed).toBe('" <https://example.org/report>"');
});

test('every page carries the Content-Security-Policy, lang, and no inline script or style', async ({ page }) => {
  for (const path of [...builtPages, '404.html']) {
    const html = readFileSync(join(distDir, path), 'utf8');
    expect(html, path).toMatch(/^<!DOCTYPE html><html lang="en">/i);
    expect(html, path).toContain(
      `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self';`,
    );
    expect(html, path).not.toMatch(/<style[\s>]/i);
    expect(html, path).not.toMatch(/\sstyle=/i);
    // Scripts only with a src, and only on the search page. A schema.org block (type="application/ld+json",
    // src/lib/open-data/schema-org.ts) is data that no browser runs, so the policy's script-src does not apply to it; it must
    // hold JSON and nothing else.
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (attributes === ' type="application/ld+json"') {
        expect(() => JSON.parse(body!), path).not.toThrow();
        continue;
      }
      expect(attributes, path).toMatch(/\ssrc=/);
      expect(path).toBe('search/index.html');
    }
  }
  // An inline script is blocked, and says so, under the policy (checked live in the browser from disk).
  const messages: string[] = [];
  page.on('console', (m) => messages.push(m.text()));
  await page.goto(homeOf(modes.file));
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'document.title = "changed"';
    document.head.append(s);
  });
  await expect(page).not.toHaveTitle('changed');
  expect(messages.join('\n')).toMatch(/Content Security Policy/);
});

for (const forcedColors of ['none', 'active'] as const) {
  test(`keyboard focus is visible (forced colours: ${forcedColors}): the skip link appears and leads to the content`, async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors });
    await page.goto('search/index.html');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    const outline = (l: typeof skip) =>
      l.evaluate((e) => [getComputedStyle(e).outlineStyle, getComputedStyle(e).outlineWidth]);
    expect(await outline(skip)).toEqual(['solid', '3px']);
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    // The next stop is the search field, itself outlined.
    await page.keyboard.press('Tab');
    const field = page.getByRole('searchbox', { name: 'Search the reports' });
    await expect(field).toBeFocused();
    expect(await outline(field)).toEqual(['solid', '3px']);
  });
}
