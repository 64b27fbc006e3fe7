/**
 * The comparison and the derivation pages of a dossier of about a hundred reports, in a real build (issue 26): the
 * matrix in pages of fifty reports with a summary on /compare/, a family of more than twenty-five followers in pages
 * (paginate()), the reports that follow nothing in pages of their own, and /derivation/ naming five followers a row.
 * The fixture is made here, by hand, beside the reports the site already has:
 *
 * - one wire story of ninety sentences, dated 28 February, each made of words of its own (made-up names, so that no
 *   two sentences share a word that means anything);
 * - thirty excerpts of it, dated 29 February, each three of its sentences word for word and no other's: each
 *   follows the wire story (three statements, the derivation's least) and shares nothing with the other excerpts, so
 *   the family has thirty followers: twenty-five on its first page, five on its second. (Thirty copies of the whole
 *   story would not do: a sentence keeps only its closest few counterparts, so most copies would find no source.)
 * - fifty-five reports of their own, dated 1 March, each one sentence shared with no other: each follows no text.
 *
 * So the dossier holds 86 reports more than the site's own: two pages of the matrix at least. (A long reconstruction's
 * pages of statements are tested on their own, tests/unit/components/reconstruction/view.test.ts, and measured in the
 * benchmark at 1,000 reports, where the largest has 685 statements.)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SourceFrontmatter, renderSourceMdx } from '../../scripts/lib/add-source.ts';
import { buildSite, copySite, removeSite } from '../../scripts/lib/temp-site.ts';
import { TIMELINE_DAY_REPORTS, TIMELINE_NAMED_REPORTS } from '../../src/lib/site/timeline.ts';
import type { Element } from 'hast';
import { elements, hasClass, parsePage, textOf } from '../helpers/html.ts';
import { expectGroupedOfficialPages, officialPages, summaryRows } from '../helpers/officials-pages.ts';
import { brokenLinks } from '../helpers/site-links.ts';
import { expectSourcesPages, pageWhereDateBegins, reportsByDate } from '../helpers/source-pages.ts';

const COPIES = 30;
const OWN = 55;
/** A made-up word, different for each number: syllables picked by its digits in base 20. */
const SYLLABLES = ['ka', 'lo', 'mi', 'nu', 'pe', 'ra', 'si', 'to', 'vu', 'ze', 'bo', 'di', 'fa', 'gu', 'he', 'jo'];
const SYLLABLES2 = ['x', 'n', 'r', 'l', 'm', 't', 's', 'k', 'v', 'z', 'b', 'd', 'f', 'g', 'h', 'p', 'q', 'w', 'y', 'c'];
const word = (n: number) =>
  `${SYLLABLES[n % 16]}${SYLLABLES2[Math.floor(n / 16) % 20]}${SYLLABLES[Math.floor(n / 320) % 16]}${SYLLABLES[(n * 7) % 16]}`;
const name = (n: number) => word(n)[0]!.toUpperCase() + word(n).slice(1);
/** Sentence `i` of the wire story: five names of its own. */
const wireSentence = (i: number) =>
  `${name(i * 5)} told ${name(i * 5 + 1)} that ${name(i * 5 + 2)} and ${name(i * 5 + 3)} would visit ${name(i * 5 + 4)}.`;
const WIRE = Array.from({ length: 90 }, (_, i) => wireSentence(i));
/** The wire story in paragraphs of three sentences; excerpt `i` is its paragraph `i`. */
const WIRE_PARAGRAPHS = Array.from({ length: 30 }, (_, i) => WIRE.slice(i * 3, i * 3 + 3).join(' '));
/** Distinct words for each report of its own, so that no two share a run of words with each other or the wire. */
const OWN_WORDS = ['amber', 'basalt', 'cedar', 'dune', 'ember', 'fjord', 'granite', 'heath', 'iris', 'juniper', 'kelp'];
const ownText = (i: number) =>
  `Column ${i} by ${OWN_WORDS[i % OWN_WORDS.length]} ${OWN_WORDS[(i * 7) % OWN_WORDS.length]} writers weighs harbour law number ${i}.`;

function frontmatter(
  slug: string,
  kind: 'wire' | 'republication' | 'news',
  date: string,
  n: number,
): SourceFrontmatter {
  return {
    title: `Fixture report ${slug}`,
    shortName: `Fixture ${n}`,
    titleSource: 'capture',
    date,
    dateSource: 'made up by the test',
    outlet: 'menafn',
    kind,
    author: null,
    url: `https://fixture.example.org/${slug}`,
    language: 'en',
    officials: [],
    provenance: ['A fixture report written by tests/build/derivation-scale-build.test.ts; not a real report.'],
  };
}

const pad = (i: number) => String(i).padStart(2, '0');
const copies = Array.from({ length: COPIES }, (_, i) => `fixture-copy-${pad(i + 1)}`);
const own = Array.from({ length: OWN }, (_, i) => `fixture-own-${pad(i + 1)}`);

describe('the comparison and the derivation at about a hundred reports, in a real build', () => {
  let site: string;
  let build: Awaited<ReturnType<typeof buildSite>>;
  let reports: number;

  beforeAll(async () => {
    site = await copySite({ prefix: 'hsd-derivation-' });
    const write = (slug: string, fm: SourceFrontmatter, paragraphs: string[]) =>
      writeFileSync(join(site, 'content/sources', `${slug}.mdx`), renderSourceMdx(fm, paragraphs));
    write('fixture-wire', frontmatter('fixture-wire', 'wire', '2024-02-28', 0), WIRE_PARAGRAPHS);
    copies.forEach((slug, i) =>
      write(slug, frontmatter(slug, 'republication', '2024-02-29', i + 1), [WIRE_PARAGRAPHS[i]!]),
    );
    own.forEach((slug, i) => write(slug, frontmatter(slug, 'news', '2024-03-01', 100 + i), [ownText(i + 1)]));
    reports = readdirSync(join(site, 'content/sources')).filter((name) => name.endsWith('.mdx')).length;
    build = await buildSite(site);
  }, 900_000);
  afterAll(() => removeSite(site));

  const dist = (path: string) => join(site, 'dist', path, 'index.html');
  /** The report slugs a page's links lead to, in order, once each. */
  const linkedReports = (node: Parameters<typeof elements>[0]) => [
    ...new Set(
      elements(node, (e) => e.tagName === 'a')
        .map((a) => /sources\/([^/]+)\/index\.html$/u.exec(String(a.properties['href']))?.[1])
        .filter((slug): slug is string => slug !== undefined),
    ),
  ];
  /** The reports whose evidence a derivation page holds: one section each, headed by the report's link. */
  const evidenceOn = (path: string) =>
    elements(parsePage(dist(path)), (e) => e.tagName === 'section' && hasClass(e, 'report')).map((s) =>
      String(s.properties['ariaLabelledBy'] ?? s.properties['aria-labelledby'] ?? '').replace(/^report-/u, ''),
    );

  test('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(reports).toBeGreaterThanOrEqual(1 + COPIES + OWN);
  });

  test('/compare/ sums up each topic and lists the pages of the matrix, fifty reports a page', () => {
    const page = parsePage(dist('compare'));
    expect(elements(page, (e) => e.tagName === 'table' && hasClass(e, 'matrix'))).toHaveLength(0);
    const summary = elements(page, (e) => e.tagName === 'table' && hasClass(e, 'compare-summary'))[0]!;
    const rows = elements(summary, (e) => e.tagName === 'tr').slice(1);
    const topics = readdirSync(join(site, 'content/topics')).filter((name) => name.endsWith('.md')).length;
    expect(rows).toHaveLength(topics);
    for (const row of rows) {
      const covering = elements(row, (e) => e.tagName === 'td')[0]!;
      expect(textOf(covering).trim()).toMatch(new RegExp(`^\\d+ of ${reports}$`, 'u'));
    }
    const pageCount = Math.ceil(reports / 50);
    const links = elements(page, (e) => e.tagName === 'a')
      .map((a) => String(a.properties['href']))
      .filter((href) => href.includes('compare/reports/'));
    expect(links).toEqual(
      Array.from({ length: pageCount }, (_, k) =>
        k === 0 ? '../compare/reports/index.html' : `../compare/reports/${k + 1}/index.html`,
      ),
    );
  });

  test('the pages of the matrix hold every report once, fifty a page, each with every topic', () => {
    const pageCount = Math.ceil(reports / 50);
    const columns: string[] = [];
    for (let n = 1; n <= pageCount; n++) {
      const path = n === 1 ? 'compare/reports' : `compare/reports/${n}`;
      const matrix = elements(parsePage(dist(path)), (e) => e.tagName === 'table' && hasClass(e, 'matrix'))[0]!;
      const head = elements(matrix, (e) => e.tagName === 'thead')[0]!;
      const shown = linkedReports(head);
      expect(shown).toHaveLength(n < pageCount ? 50 : reports - 50 * (pageCount - 1));
      columns.push(...shown);
    }
    expect(existsSync(dist(`compare/reports/${pageCount + 1}`))).toBe(false);
    expect(new Set(columns).size).toBe(reports);
    for (const slug of ['fixture-wire', ...copies, ...own]) expect(columns).toContain(slug);
  });

  test('each report’s profile stands under the matrix on the same page, and /side-by-side/ links to those pages', () => {
    const pageCount = Math.ceil(reports / 50);
    const profiled: string[] = [];
    for (let n = 1; n <= pageCount; n++) {
      const tree = parsePage(dist(n === 1 ? 'compare/reports' : `compare/reports/${n}`));
      const matrix = elements(tree, (e) => e.tagName === 'table' && hasClass(e, 'matrix'))[0]!;
      const profiles = elements(tree, (e) => e.tagName === 'table' && hasClass(e, 'profiles'));
      expect(profiles, `page ${n}`).toHaveLength(1);
      // The same reports, in the same order, one row each.
      const rows = elements(elements(profiles[0]!, (e) => e.tagName === 'tbody')[0]!, (e) => e.tagName === 'a').map(
        (a) => /sources\/([^/]+)\/index\.html#counterparts-heading$/u.exec(String(a.properties['href']))![1]!,
      );
      expect(rows).toEqual(linkedReports(elements(matrix, (e) => e.tagName === 'thead')[0]!));
      profiled.push(...rows);
    }
    expect(profiled).toHaveLength(reports);
    expect(new Set(profiled).size).toBe(reports);
    // /side-by-side/ lists no report's profile, but links to each page that does; /compare/ says where they are.
    const side = parsePage(dist('side-by-side'));
    expect(elements(side, (e) => e.tagName === 'table' && hasClass(e, 'profiles'))).toEqual([]);
    const targets = elements(side, (e) => e.tagName === 'a')
      .map((a) => String(a.properties['href']))
      .filter((h) => h.includes('compare/reports/'))
      .map((h) => resolve(join(site, 'dist/side-by-side'), h));
    expect(targets).toEqual(
      Array.from({ length: pageCount }, (_, i) => dist(i === 0 ? 'compare/reports' : `compare/reports/${i + 1}`)),
    );
    expect(elements(parsePage(dist('compare')), (e) => e.tagName === 'table' && hasClass(e, 'profiles'))).toEqual([]);
  });

  test('the wire story’s family is in two pages: twenty-five followers, then five', () => {
    const first = evidenceOn('derivation/follows/fixture-wire');
    const second = evidenceOn('derivation/follows/fixture-wire/2');
    expect(first).toHaveLength(25);
    expect(second).toHaveLength(5);
    expect(existsSync(dist('derivation/follows/fixture-wire/3'))).toBe(false);
    expect([...first, ...second].sort()).toEqual(copies);
    // Each page says which followers it holds, and links to the other.
    expect(textOf(parsePage(dist('derivation/follows/fixture-wire/2')))).toContain('followers 26 to 30 of 30');
    // The pager: page 2 marked as the current one, page 1 linked as the previous.
    const pager = elements(
      parsePage(dist('derivation/follows/fixture-wire/2')),
      (e) => e.tagName === 'nav' && e.properties['ariaLabel'] === 'Pages of the followers',
    )[0]!;
    const current = elements(pager, (e) => e.properties['ariaCurrent'] === 'page');
    expect(current.map((e) => textOf(e))).toEqual(['Page 2']);
    const previous = elements(pager, (e) => e.tagName === 'a');
    expect(previous.map((a) => [textOf(a), String(a.properties['rel'])])).toEqual([['Page 1', 'prev']]);
  });

  test('/derivation/ names five of the wire story’s followers and counts the other twenty-five', () => {
    const page = parsePage(dist('derivation'));
    const table = elements(page, (e) => e.tagName === 'table' && hasClass(e, 'families'))[0]!;
    const row = elements(table, (e) => e.tagName === 'tr').find((tr) =>
      elements(tr, (e) => e.tagName === 'a').some((a) =>
        String(a.properties['href']).includes('follows/fixture-wire/'),
      ),
    )!;
    // The second column: who follows it.
    const followers = elements(row, (e) => e.tagName === 'td')[0]!;
    const text = textOf(followers).replace(/\s+/gu, ' ').trim();
    expect(text).toMatch(/^30 reports: (Fixture \d+, ){4}Fixture \d+ and 25 others$/u);
  });

  test('the reports that follow nothing are in pages of twenty-five, not on /derivation/', () => {
    expect(evidenceOn('derivation')).toEqual([]);
    const alone: string[] = [];
    for (let n = 1; existsSync(dist(n === 1 ? 'derivation/alone' : `derivation/alone/${n}`)); n++) {
      const held = evidenceOn(n === 1 ? 'derivation/alone' : `derivation/alone/${n}`);
      expect(held.length).toBeLessThanOrEqual(25);
      alone.push(...held);
    }
    expect(new Set(alone).size).toBe(alone.length);
    for (const slug of own) expect(alone).toContain(slug);
    for (const slug of copies) expect(alone).not.toContain(slug);
    expect(alone.length).toBeGreaterThanOrEqual(OWN);
    expect(Math.ceil(alone.length / 25)).toBe(
      readdirSync(join(site, 'dist/derivation/alone')).filter((name) => /^\d+$/u.test(name)).length + 1,
    );
  });

  test('each report’s page links to the page that holds its own evidence, however the families are paged', () => {
    // "why, and how sure": the 26th to 30th followers of the wire story are on its second page; the reports that
    // follow nothing are on the pages of /derivation/alone/, not on /derivation/ (which holds none of them).
    const whyLink = (slug: string) =>
      elements(parsePage(dist(`sources/${slug}`)), (e) => e.tagName === 'a' && textOf(e) === 'why, and how sure').map(
        (a) => String(a.properties['href']),
      );
    const wirePages = [evidenceOn('derivation/follows/fixture-wire'), evidenceOn('derivation/follows/fixture-wire/2')];
    for (const slug of copies) {
      const onSecond = wirePages[1]!.includes(slug);
      expect(whyLink(slug)).toEqual([
        `../../derivation/follows/fixture-wire/${onSecond ? '2/' : ''}index.html#report-${slug}`,
      ]);
    }
    for (const slug of own) {
      const [link] = whyLink(slug);
      expect(link).toMatch(new RegExp(`^\\.\\./\\.\\./derivation/alone/(\\d+/)?index\\.html#report-${slug}$`, 'u'));
      const path = /derivation\/alone\/(?:\d+\/)?/u.exec(link!)![0].replace(/\/$/u, '');
      expect(evidenceOn(path)).toContain(slug);
    }
  });

  test('an official’s reports are in pages of fifty, grouped by the title each uses', () => {
    // The fixture's reports name no official: they are all "not named", after the reports that name them.
    expectGroupedOfficialPages(site, 50);
    const pages = officialPages(join(site, 'dist'), 'ajay-bhalla');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.at(-1)!.rows.every(([, title]) => title === 'not named')).toBe(true);
    // The summary stands on the first page only; the others link back to it.
    expect(summaryRows(pages[1]!.path, 'Ajay Bhalla')).toBeNull();
    const back = elements(parsePage(pages[1]!.path), (e) => e.tagName === 'a' && textOf(e) === 'the first page');
    expect(back.map((a) => resolve(dirname(pages[1]!.path), String(a.properties['href'])))).toEqual([pages[0]!.path]);
  });

  test('the list of reports is in pages of fifty, every report once, by date of publication, joined by pagers', () => {
    // As many pages as the content's reports need: two for the 91 reports here, and for the grown run's 99.
    const { reports: listed, pages } = expectSourcesPages(site, 50);
    expect(listed).toHaveLength(reports);
    expect(pages).toBeGreaterThanOrEqual(2);
  });

  test('the timeline has one entry for the reports of a date with more than ten, counting them, naming ten at most', () => {
    // How many reports each date has, from the reports' frontmatter ("2024-02-29", or "2024-03" for a month).
    const dateOf = new Map<string, string>();
    const readouts = new Set<string>();
    for (const name of readdirSync(join(site, 'content/sources')).filter((n) => n.endsWith('.mdx'))) {
      const frontmatter = readFileSync(join(site, 'content/sources', name), 'utf8').split(/^---$/mu)[1]!;
      dateOf.set(name.replace(/\.mdx$/u, ''), /^date: "?([\d-]+)"?$/mu.exec(frontmatter)![1]!);
      if (/^kind: "?official-readout"?$/mu.test(frontmatter)) readouts.add(name.replace(/\.mdx$/u, ''));
    }
    const perDate = new Map<string, number>();
    for (const date of dateOf.values()) perDate.set(date, (perDate.get(date) ?? 0) + 1);
    const busy = [...perDate].filter(([, n]) => n > TIMELINE_DAY_REPORTS);
    expect(busy.length).toBeGreaterThan(0);
    // An official readout is published on a busy date (the DHS readout, 29 February, with thirty excerpts).
    expect(busy.some(([d]) => [...readouts].some((slug) => dateOf.get(slug) === d))).toBe(true);

    const page = parsePage(join(site, 'dist/timeline/index.html'));
    const [timeline] = elements(page, (e) => e.tagName === 'ol' && hasClass(e, 'timeline'));
    const entries = timeline!.children.filter(
      (c): c is Element =>
        c.type === 'element' && (hasClass(c, 'entry-publication') || hasClass(c, 'entry-publications')),
    );
    const entriesOn = new Map<string, Element[]>();
    for (const li of entries) {
      const [when] = elements(li, (e) => e.tagName === 'p' && hasClass(e, 'when'));
      const [time] = elements(when!, (e) => e.tagName === 'time');
      const date = String(time!.properties['dateTime']);
      entriesOn.set(date, [...(entriesOn.get(date) ?? []), li]);
    }
    // Every date of a report is on the timeline, and no other.
    expect([...entriesOn.keys()].sort()).toEqual([...perDate.keys()].sort());
    for (const [date, count] of perDate) {
      const on = entriesOn.get(date)!;
      if (count <= TIMELINE_DAY_REPORTS) {
        // A quiet date: an entry for each report, as the five-report site has them.
        expect(on.map((li) => hasClass(li, 'entry-publication'))).toEqual(Array(count).fill(true));
        continue;
      }
      // A busy date: once, with its count, its first ten reports (of that date) named and linked, the others counted.
      expect(on, date).toHaveLength(1);
      const li = on[0]!;
      expect(hasClass(li, 'entry-publications')).toBe(true);
      const [title] = elements(li, (e) => e.tagName === 'h2');
      expect(textOf(title!)).toBe(`${count} reports published`);
      const [list] = elements(li, (e) => e.tagName === 'ul' && hasClass(e, 'reports'));
      const named = elements(list!, (e) => e.tagName === 'a').map(
        (a) => /^\.\.\/sources\/([^/]+)\/index\.html$/u.exec(String(a.properties['href']))![1]!,
      );
      expect(named).toHaveLength(Math.min(count, TIMELINE_NAMED_REPORTS));
      expect(named.length).toBeLessThanOrEqual(10);
      expect(named.every((slug) => dateOf.get(slug) === date)).toBe(true);
      // The official readouts of that date come first (the DHS readout, of 29 February, among the five real ones).
      const readoutsOn = [...readouts].filter((slug) => dateOf.get(slug) === date);
      expect(new Set(named.slice(0, readoutsOn.length))).toEqual(new Set(readoutsOn.slice(0, 10)));
      const [more] = elements(li, (e) => e.tagName === 'p' && hasClass(e, 'more-reports'));
      expect(textOf(more!)).toMatch(new RegExp(`^And ${count - 10} more: `, 'u'));
      // The list of all reports, and where it is in pages, the page where the date's reports begin after the first.
      const page = pageWhereDateBegins(reportsByDate(site), date, 50);
      const links = elements(more!, (e) => e.tagName === 'a').map((a) => String(a.properties['href']));
      expect(links).toEqual(['../sources/index.html', ...(page > 1 ? [`../sources/${page}/index.html`] : [])]);
      expect(textOf(more!)).toMatch(
        new RegExp(
          `the list of all reports has them all, by date of publication${page > 1 ? `, from its page ${page}` : ''}\\.$`,
          'u',
        ),
      );
      for (const link of links) expect(existsSync(join(site, 'dist/timeline', link))).toBe(true);
    }
  });

  test('every link of the built site leads to a file, and every fragment to an element on it', () => {
    expect(brokenLinks(join(site, 'dist'))).toEqual([]);
  });
});
