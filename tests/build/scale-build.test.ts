/**
 * The site with more reports than the bounds for a small dossier, in a real build: 40 synthetic reports (made as
 * npm run bench makes them, scripts/lib/bench.ts) beside the reports the site already has (the five real ones, and
 * any an editor has added). With 45 reports there are more than
 * PAIR_PAGE_LIMIT pairs that share wording and more reports than MATRIX_LIMIT, so the pages and data bounded for a
 * large dossier take their large form; the five-report site (tests/e2e) never shows it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderSourceMdx } from '../../scripts/lib/add-source.ts';
import { generateSyntheticReports } from '../../scripts/lib/bench.ts';
import type { ReuseExport } from '../../src/lib/open-data/reuse-export.ts';
import { MATRIX_LIMIT, PAIR_PAGE_LIMIT } from '../../src/lib/analysis/reuse/reuse.ts';
import { buildSite, copySite, removeSite } from '../../scripts/lib/temp-site.ts';
import { pool, vocabulary } from '../helpers/bench-pool.ts';
import { elements, hasClass, parsePage, textOf } from '../helpers/html.ts';
import { expectGroupedOfficialPages } from '../helpers/officials-pages.ts';
import { brokenLinks } from '../helpers/site-links.ts';
import { expectSourcesPages } from '../helpers/source-pages.ts';

const SYNTHETIC = 40;

describe(`the site with ${SYNTHETIC} more reports, in a real build`, () => {
  let site: string;
  let build: Awaited<ReturnType<typeof buildSite>>;
  let reuse: ReuseExport;
  let existing: number;

  beforeAll(async () => {
    site = await copySite({ prefix: 'hsd-scale-' });
    existing = readdirSync(join(site, 'content/sources')).filter((name) => name.endsWith('.mdx')).length;
    for (const report of generateSyntheticReports(pool, vocabulary, SYNTHETIC, 3)) {
      writeFileSync(
        join(site, 'content/sources', `${report.slug}.mdx`),
        renderSourceMdx(report.frontmatter, report.paragraphs),
      );
    }
    build = await buildSite(site);
    if (build.code === 0) reuse = JSON.parse(readFileSync(join(site, 'dist/data/reuse.json'), 'utf8')) as ReuseExport;
  }, 300_000);
  afterAll(() => removeSite(site));

  test('builds, and is large enough to show the large forms', () => {
    expect(build.code, build.output.slice(-2000)).toBe(0);
    expect(existing).toBeGreaterThanOrEqual(5);
    expect(reuse.sources.length).toBe(SYNTHETIC + existing);
    expect(reuse.sources.length).toBeGreaterThan(MATRIX_LIMIT);
    expect(reuse.pairs.length).toBeGreaterThan(PAIR_PAGE_LIMIT);
  });

  test('the officials’ pages sum up how the reports name each official, and list every report by the title it uses', () => {
    // Grouped beyond MATRIX_LIMIT reports, in pages of fifty: as many as the dossier's reports need.
    expectGroupedOfficialPages(site, 50);
  });

  test('reuse.json lists only pairs that share wording, with passages for the pairs that share most, and /reuse/ no pair pages', () => {
    expect(reuse.emptyPairs).toBe(false);
    expect(reuse.pairs.every((p) => p.sharedShingles > 0 && p.aInB > 0 && p.bInA > 0)).toBe(true);
    const withPassages = reuse.pairs.filter((p) => p.passages !== null);
    expect(reuse.passagesFor).toBe(PAIR_PAGE_LIMIT);
    expect(withPassages).toHaveLength(PAIR_PAGE_LIMIT);
    expect(withPassages.every((p) => p.passages!.length > 0)).toBe(true);
    // One kind of pair page: the side-by-side pages mark the shared runs, and /reuse/ has no pair pages of its own.
    const pages = readdirSync(join(site, 'dist/reuse'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(pages).toEqual([]);
    // They are the pairs that share most: none left without passages shares more runs than one with them.
    const least = Math.min(...withPassages.map((p) => p.sharedShingles));
    expect(reuse.pairs.filter((p) => p.passages === null).every((p) => p.sharedShingles <= least)).toBe(true);
  });

  test('a topic page counts the reports rather than naming hundreds of them', () => {
    const topics = readdirSync(join(site, 'dist/topics'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(topics.length).toBeGreaterThan(0);
    for (const topic of topics) {
      const page = parsePage(join(site, 'dist/topics', topic.name, 'index.html'));
      const [summary] = elements(page, (e) => e.tagName === 'p' && hasClass(e, 'topic-summary'));
      const text = textOf(summary!);
      // "Each quoted" ("quoted" for one report), or quoted but for the copies named under their wire story instead.
      expect(text).toMatch(
        /^(No report covers this topic\.|Covered by 1 of \d+ reports, quoted below\.|Covered by \d+ of \d+ reports, (each quoted below( over \d+ pages)?|quoted below( over \d+ pages)?, but for \d+ cop(y|ies) with the same sentences as the wire story (it|each) copies, named under it)\.)/u,
      );
      expect(text).not.toMatch(/^Covered by 1 of \d+ reports, each/u);
      expect(text).not.toMatch(/: [^.]*, /u);
    }
  });

  test('the list of reports holds every report once, by date of publication, in pages of fifty where it has more', () => {
    // One page for the 45 reports here, two for the grown run's 53: as many as the content's reports need.
    const { reports } = expectSourcesPages(site, 50);
    expect(reports).toHaveLength(reuse.sources.length);
  });

  test('the overview names the first twenty-five reports by date, counts the others, and links to them all', () => {
    // The dossier's order, by date, as sources.json gives it.
    const sources = (
      JSON.parse(readFileSync(join(site, 'dist/data/sources.json'), 'utf8')) as {
        sources: { slug: string; title: string }[];
      }
    ).sources;
    expect(sources.length).toBeGreaterThan(26);
    const page = parsePage(join(site, 'dist/index.html'));
    const [list] = elements(page, (e) => e.tagName === 'ol' && hasClass(e, 'source-list'));
    const listed = elements(list!, (e) => e.tagName === 'li').map((li) => {
      const [link] = elements(li, (e) => e.tagName === 'a');
      return /sources\/([^/]+)\//u.exec(String(link!.properties['href']))![1]!;
    });
    expect(listed).toEqual(sources.slice(0, 25).map((s) => s.slug));
    const [more] = elements(page, (e) => e.tagName === 'p' && hasClass(e, 'more-reports'));
    expect(textOf(more!).replace(/\s+/g, ' ').trim()).toBe(
      `And ${sources.length - 25} more: all ${sources.length} reports with their provenance.`,
    );
    const [link] = elements(more!, (e) => e.tagName === 'a');
    expect(String(link!.properties['href'])).toBe('sources/index.html');
    // The schema.org list in the head: the same twenty-five, and the whole dossier's count.
    const [script] = elements(
      page,
      (e) => e.tagName === 'script' && String(e.properties['type']) === 'application/ld+json',
    );
    const data = JSON.parse(textOf(script!)) as {
      mainEntity: { numberOfItems: number; itemListElement: { item: { headline: string } }[] };
    };
    expect(data.mainEntity.numberOfItems).toBe(sources.length);
    expect(data.mainEntity.itemListElement.map((e) => e.item.headline)).toEqual(
      sources.slice(0, 25).map((s) => s.title),
    );
  });

  test('the overview lists only the reports that alone cover a topic, and says the comparison has them all', () => {
    const coverage = JSON.parse(readFileSync(join(site, 'dist/data/coverage.json'), 'utf8')) as {
      coverage: { source: string; topic: string; evidence: { negated: boolean }[] }[];
    };
    const coveredBy = new Map<string, Set<string>>();
    for (const cell of coverage.coverage) {
      if (!cell.evidence.some((e) => !e.negated)) continue;
      coveredBy.set(cell.topic, (coveredBy.get(cell.topic) ?? new Set()).add(cell.source));
    }
    const alone = new Set([...coveredBy.values()].filter((s) => s.size === 1).map((s) => [...s][0]!));
    const page = parsePage(join(site, 'dist/index.html'));
    const [section] = elements(
      page,
      (e) => e.tagName === 'section' && String(e.properties['ariaLabelledBy']) === 'coverage-heading',
    );
    expect(textOf(section!)).toContain(`the comparison has all ${reuse.sources.length}`);
    const listed = elements(section!, (e) => e.tagName === 'li').map((li) => {
      const [link] = elements(li, (e) => e.tagName === 'a');
      return /sources\/([^/]+)\//u.exec(String(link!.properties['href']))![1]!;
    });
    expect(listed.sort()).toEqual([...alone].sort());
  });

  test('/reuse/ shows no matrix, ranks the pairs that share most, linked side by side, and says how many more there are', () => {
    const page = parsePage(join(site, 'dist/reuse/index.html'));
    expect(elements(page, (e) => e.tagName === 'table')).toHaveLength(0);
    const [ranking] = elements(page, (e) => e.tagName === 'ol' && hasClass(e, 'ranking'));
    const items = elements(ranking!, (e) => e.tagName === 'li');
    expect(items).toHaveLength(PAIR_PAGE_LIMIT);
    // Each ranked pair links at most to its side-by-side page (where the two have sentences paired).
    for (const li of items) {
      const links = elements(li, (e) => e.tagName === 'a');
      expect(links.length).toBeLessThanOrEqual(1);
      for (const a of links)
        expect(String(a.properties['href'])).toMatch(/^\.\.\/side-by-side\/[^/]+--[^/]+\/index\.html$/u);
    }
    expect(items.some((li) => elements(li, (e) => e.tagName === 'a').length === 1)).toBe(true);
    const more = (reuse.pairs.length - PAIR_PAGE_LIMIT).toLocaleString('en');
    expect(textOf(page)).toContain(
      `The ${PAIR_PAGE_LIMIT} pairs that share most are listed, each linked to the two side by side, the shared runs marked; ${more} more pairs share at least one run`,
    );
  });

  test('every link of the built site leads to a file, and every fragment to an element on it', () => {
    expect(brokenLinks(join(site, 'dist'))).toEqual([]);
  });
});
