/** Helpers for the comparison tests: the open data as the built site serves it, and link checking. */
import { type APIRequestContext, type Page, expect } from '@playwright/test';
import type { CoverageJson } from '../../src/lib/open-data/coverage.ts';

export async function fetchCoverage(request: APIRequestContext): Promise<CoverageJson> {
  const response = await request.get('data/coverage.json');
  expect(response.ok()).toBe(true);
  return (await response.json()) as CoverageJson;
}

/**
 * The reports that cover a topic, read from coverage.json: those with at least one evidence sentence that does not
 * say the topic was not discussed. For the counts a page shows about the whole dossier, whatever reports it holds.
 */
export function coveringSources(coverage: CoverageJson, topic: string): string[] {
  const covering = new Set(
    coverage.coverage.filter((c) => c.topic === topic && c.evidence.some((e) => !e.negated)).map((c) => c.source),
  );
  return coverage.sources.map((s) => s.slug).filter((slug) => covering.has(slug));
}

/** The reports that mention a topic only to say it was not discussed, read from coverage.json. */
export function negatedOnlySources(coverage: CoverageJson, topic: string): string[] {
  const negated = new Set(
    coverage.coverage
      .filter((c) => c.topic === topic && c.evidence.length > 0 && c.evidence.every((e) => e.negated))
      .map((c) => c.source),
  );
  return coverage.sources.map((s) => s.slug).filter((slug) => negated.has(slug));
}

/** Every same-site link on the current page, resolved, grouped by target page (without its fragment). */
export async function internalLinks(page: Page, scope = 'main'): Promise<Map<string, Set<string>>> {
  const hrefs = await page
    .locator(`${scope} a[href]`)
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  const origin = new URL(page.url()).origin;
  const byPage = new Map<string, Set<string>>();
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    const fragment = decodeURIComponent(url.hash.slice(1));
    url.hash = '';
    const fragments = byPage.get(url.href) ?? new Set<string>();
    if (fragment) fragments.add(fragment);
    byPage.set(url.href, fragments);
  }
  return byPage;
}

/** Visits each target page once and checks that it loads and holds every fragment linked to. */
export async function expectLinksLand(page: Page, links: Map<string, Set<string>>): Promise<void> {
  const missing: string[] = [];
  for (const [target, fragments] of links) {
    if (!target.endsWith('.html') && !target.endsWith('/')) {
      // A data file: the browser would download it; it only has to exist.
      const response = await page.request.get(target);
      if (!response.ok()) missing.push(`${target} (HTTP ${response.status()})`);
      continue;
    }
    const response = await page.goto(target);
    if (!response?.ok()) {
      missing.push(`${target} (HTTP ${response?.status()})`);
      continue;
    }
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    for (const fragment of fragments) if (!ids.has(fragment)) missing.push(`${target}#${fragment}`);
  }
  expect(missing).toEqual([]);
}
