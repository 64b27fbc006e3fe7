/**
 * The list of all reports (/sources/, /sources/2/ …) of a built site, read two ways for the build tests: what the
 * content says (each report's file name, and the `date` and `title` of its frontmatter), read from the files
 * without the site's code, and what the built pages show (their list, their pager, what they say of themselves).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { expect } from 'vitest';
import { elements, hasClass, parsePage, textOf } from './html.ts';

export interface ContentReport {
  /** The file's name without its folders or extension: the report's page address. */
  slug: string;
  /** As the frontmatter writes it: "2024-02-29", or "2024-03" where only the month is known. */
  date: string;
  title: string;
}

/**
 * The reports of the site at `root` in the order of their publication: by date, a month before the days of that
 * month ("2024-03" before "2024-03-01", as the strings sort), then by title (docs/editing.md: "listed by date of
 * publication"; titles in English alphabetical order on the same date).
 */
export function reportsByDate(root: string): ContentReport[] {
  const folder = join(root, 'content/sources');
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(folder, f), 'utf8'));
      return {
        slug: f.replace(/^.*\//u, '').replace(/\.mdx$/u, ''),
        date: String(frontmatter['date']),
        title: String(frontmatter['title']),
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.title.localeCompare(b.title, 'en')));
}

/** The file of page `n` (from 1) of the list of all reports. */
export const sourcesPageFile = (dist: string, n: number): string =>
  join(dist, 'sources', n === 1 ? '' : String(n), 'index.html');

/** The page (from 1) of the list where the reports of `date` begin, in pages of `pageSize`; 1 if it has none. */
export function pageWhereDateBegins(reports: readonly ContentReport[], date: string, pageSize: number): number {
  const index = reports.findIndex((r) => r.date === date);
  return index < 0 ? 1 : Math.floor(index / pageSize) + 1;
}

/** Where a link of the page at `file` leads: the file it names. */
const target = (file: string, a: Element) => resolve(dirname(file), String(a.properties['href']));

/** The report pages a page of the list links to from its list, in order, each as the file it leads to. */
function listed(file: string): { start: unknown; reports: string[] } {
  const lists = elements(parsePage(file), (e) => e.tagName === 'ol' && hasClass(e, 'source-list'));
  expect(lists, `${file}: one list of reports`).toHaveLength(1);
  const items = lists[0]!.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
  return {
    start: lists[0]!.properties['start'],
    reports: items.map((li) => target(file, elements(li, (e) => e.tagName === 'a')[0]!)),
  };
}

/**
 * Checks the pager(s) of page `n` of `last`: on a list of one page none; else two, before and after the list, each
 * saying "Page n of last of the reports.", the current page marked and not linked, every other page linked (its
 * file), the previous and next ones with rel, and the "Previous page" and "Next page" links.
 */
function expectPagers(dist: string, n: number, last: number): void {
  const file = sourcesPageFile(dist, n);
  const pagers = elements(parsePage(file), (e) => e.tagName === 'nav' && hasClass(e, 'pager'));
  if (last === 1) {
    expect(pagers, file).toEqual([]);
    return;
  }
  expect(pagers.map((p) => String(p.properties['ariaLabel']))).toEqual([
    'Pages of the list of reports',
    'Pages of the list of reports, again',
  ]);
  for (const pager of pagers) {
    const [line] = elements(pager, (e) => e.tagName === 'p');
    expect(textOf(line!)).toBe(
      `Page ${n} of ${last} of the reports. ${[n > 1 && 'Previous page', n < last && 'Next page'].filter(Boolean).join(' · ')}`,
    );
    const steps = elements(line!, (e) => e.tagName === 'a').map((a) => [textOf(a), target(file, a)]);
    expect(steps).toEqual([
      ...(n > 1 ? [['Previous page', sourcesPageFile(dist, n - 1)]] : []),
      ...(n < last ? [['Next page', sourcesPageFile(dist, n + 1)]] : []),
    ]);
    const [list] = elements(pager, (e) => e.tagName === 'ul');
    const current = elements(list!, (e) => e.properties['ariaCurrent'] === 'page');
    expect(current.map((e) => [e.tagName, textOf(e)])).toEqual([['span', `Page ${n}`]]);
    const links = elements(list!, (e) => e.tagName === 'a');
    const others = Array.from({ length: last }, (_, i) => i + 1).filter((k) => k !== n);
    expect(links.map((a) => [textOf(a), target(file, a), a.properties['rel'] ?? null])).toEqual(
      others.map((k) => [
        `Page ${k}`,
        sourcesPageFile(dist, k),
        k === n - 1 ? ['prev'] : k === n + 1 ? ['next'] : null,
      ]),
    );
  }
}

/**
 * The list of all reports of the site built at `root`, checked against its content: as many pages as `pageSize`
 * reports a page need (/sources/, then /sources/2/ and on, and no page after the last), every report once across
 * them, in the order of publication (`reportsByDate`), `pageSize` to a page but the last; each page linking each
 * report to its page, numbering its list from its first report's place, saying which reports it holds of how many
 * (the first with the heading and introduction, the others with a title of their own), and joined to the others by
 * its pagers. Returns the reports in their order and the number of pages.
 */
export function expectSourcesPages(root: string, pageSize: number): { reports: ContentReport[]; pages: number } {
  const dist = join(root, 'dist');
  const reports = reportsByDate(root);
  expect(reports.length).toBeGreaterThan(0);
  const last = Math.ceil(reports.length / pageSize);
  const shown: string[] = [];
  for (let n = 1; n <= last; n++) {
    const file = sourcesPageFile(dist, n);
    expect(existsSync(file), file).toBe(true);
    const { start, reports: onPage } = listed(file);
    expect(onPage.length, file).toBe(n < last ? pageSize : reports.length - pageSize * (last - 1));
    expect(start, file).toBe(n === 1 ? undefined : (n - 1) * pageSize + 1);
    shown.push(...onPage);
    const page = parsePage(file);
    const [h1] = elements(page, (e) => e.tagName === 'h1');
    expect(textOf(h1!)).toBe('The reports');
    const [title] = elements(page, (e) => e.tagName === 'title');
    expect(textOf(title!)).toMatch(new RegExp(`^The reports${n === 1 ? '' : ` \\(page ${n}\\)`} · `, 'u'));
    const says = elements(page, (e) => e.tagName === 'main')
      .flatMap((m) => m.children)
      .filter((c): c is Element => c.type === 'element' && c.tagName === 'p')
      .map((p) => textOf(p));
    const first = (n - 1) * pageSize + 1;
    const extent = `Reports ${first.toLocaleString('en')} to ${(first + onPage.length - 1).toLocaleString('en')} of ${reports.length.toLocaleString('en')}`;
    const introduction =
      'Each report is reproduced in full on its own page, word for word as captured, with what is known of where it came from. They are listed by date of publication.';
    expect(says, file).toEqual(
      n > 1
        ? [
            `${extent}, listed by date of publication. Each is reproduced in full on its own page, word for word as captured, with what is known of where it came from.`,
          ]
        : last > 1
          ? [introduction, `${extent}.`]
          : [introduction],
    );
    expectPagers(dist, n, last);
  }
  expect(existsSync(sourcesPageFile(dist, last + 1)), `no page ${last + 1}`).toBe(false);
  expect(shown).toEqual(reports.map((r) => join(dist, 'sources', r.slug, 'index.html')));
  return { reports, pages: last };
}
