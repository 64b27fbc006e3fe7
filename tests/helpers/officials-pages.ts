/**
 * The officials' pages of a built site, read two ways for the build tests: what the content says (each report's
 * frontmatter `officials`, each official's `titles`), read from the files without the site's code, and what the
 * built pages show (the summary on /officials/ and the rows of every page of an official).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element } from 'hast';
import { load } from 'js-yaml';
import { expect } from 'vitest';
import { elements, parsePage, textOf } from './html.ts';

export interface ContentNaming {
  slug: string;
  name: string;
  /** The reports that name the official with each title, as content/officials/<slug>.yaml credits it. */
  titles: Map<string, string[]>;
  /** The reports whose frontmatter names the official and which no title is credited to. */
  untitled: string[];
  /** The reports whose frontmatter does not name the official. */
  notNamed: string[];
}

/** How the content of the site at `root` names each official. */
export function contentNaming(root: string): ContentNaming[] {
  const reports = readdirSync(join(root, 'content/sources'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(root, 'content/sources', f), 'utf8'));
      return { slug: f.replace(/\.mdx$/, ''), officials: (frontmatter['officials'] ?? []) as string[] };
    });
  return readdirSync(join(root, 'content/officials'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const slug = f.replace(/\.yaml$/, '');
      const data = load(readFileSync(join(root, 'content/officials', f), 'utf8')) as {
        name: string;
        titles?: { source: string; title: string }[];
      };
      const naming = reports.filter((r) => r.officials.includes(slug)).map((r) => r.slug);
      const titles = new Map<string, string[]>();
      for (const { source, title } of data.titles ?? []) {
        if (!naming.includes(source)) continue;
        titles.set(title, [...(titles.get(title) ?? []), source]);
      }
      const titled = new Set([...titles.values()].flat());
      return {
        slug,
        name: data.name,
        titles,
        untitled: naming.filter((s) => !titled.has(s)),
        notNamed: reports.filter((r) => !r.officials.includes(slug)).map((r) => r.slug),
      };
    });
}

const rowsOf = (table: Element) =>
  elements(table, (e) => e.tagName === 'tr').filter((tr) => elements(tr, (e) => e.tagName === 'td').length > 0);

/** The summary table "How the N reports name …" on a page: each row's first cell and its count, in order. */
export function summaryRows(page: string, name: string): { caption: string; rows: [string, number][] } | null {
  const tree = parsePage(page);
  const caption = elements(tree, (e) => e.tagName === 'p' && /^How the .* reports? name /.test(textOf(e))).find((p) =>
    textOf(p).endsWith(` name ${name}`),
  );
  if (!caption) return null;
  const id = String(caption.properties['id']);
  const table = elements(tree, (e) => e.tagName === 'table' && labelledBy(e, id))[0]!;
  return {
    caption: textOf(caption),
    rows: rowsOf(table).map((tr) => {
      const [head, count] = elements(tr, (e) => e.tagName === 'th' || e.tagName === 'td');
      return [textOf(head!), Number(textOf(count!).replace(/,/g, ''))];
    }),
  };
}

/**
 * Every page of an official (`officials/<slug>/`, then `…/2/` and on) and, on each, its rows: report slug, the title
 * cell's text, and the row's id (a group's first row has one).
 */
export function officialPages(dist: string, slug: string): { path: string; rows: [string, string, string | null][] }[] {
  const pages = [];
  for (let n = 1; ; n++) {
    const path = join(dist, 'officials', slug, n === 1 ? '' : String(n), 'index.html');
    if (!existsSync(path)) break;
    const table = elements(parsePage(path), (e) => e.tagName === 'table' && labelledBy(e, 'titles'))[0]!;
    const rows = rowsOf(table).map((tr): [string, string, string | null] => {
      const link = elements(tr, (e) => e.tagName === 'a')[0]!;
      const report = /sources\/([^/]+)\//.exec(String(link.properties['href']))![1]!;
      const id = tr.properties['id'];
      return [report, textOf(elements(tr, (e) => e.tagName === 'td')[0]!), id === undefined ? null : String(id)];
    });
    pages.push({ path, rows });
  }
  return pages;
}

const labelledBy = (e: Element, id: string) => [e.properties['ariaLabelledBy']].flat().map(String).includes(id);

/** What the pages call a group: the title as written, or one of the two without. */
const UNTITLED = 'named without a title';
const NOT_NAMED = 'not named';

/**
 * The officials' pages of a dossier too large to list every report on /officials/, checked against the content:
 * on /officials/ and on each official's first page, one summary row for each title (the reports crediting it
 * counted), then the reports that name the official without a title, then those that do not name them, each
 * count linking to the row where its reports begin; on the official's pages, every report once, at most
 * `pageSize` a page, with the title the content credits it, each group's reports together.
 */
export function expectGroupedOfficialPages(root: string, pageSize: number): void {
  const dist = join(root, 'dist');
  const naming = contentNaming(root);
  expect(naming.length).toBeGreaterThan(0);
  for (const official of naming) {
    const total = [...official.titles.values()].flat().length + official.untitled.length + official.notNamed.length;
    const expected = new Map<string, number>([...official.titles].map(([title, reports]) => [title, reports.length]));
    if (official.untitled.length > 0) expected.set(UNTITLED, official.untitled.length);
    if (official.notNamed.length > 0) expected.set(NOT_NAMED, official.notNamed.length);
    for (const page of [join(dist, 'officials/index.html'), join(dist, 'officials', official.slug, 'index.html')]) {
      const summary = summaryRows(page, official.name);
      expect(summary, `${page}: the summary for ${official.name}`).not.toBeNull();
      expect(summary!.caption).toBe(`How the ${total.toLocaleString('en')} reports name ${official.name}`);
      expect(new Map(summary!.rows)).toEqual(expected);
      // The titles first, the most used first; then the two groups without a title, in that order.
      const labels = summary!.rows.map(([label]) => label);
      const titleCounts = summary!.rows.filter(([l]) => l !== UNTITLED && l !== NOT_NAMED).map(([, n]) => n);
      expect(titleCounts).toEqual([...titleCounts].sort((a, b) => b - a));
      expect(labels.slice(titleCounts.length)).toEqual([UNTITLED, NOT_NAMED].filter((l) => expected.has(l)));
    }
    const pages = officialPages(dist, official.slug);
    expect(pages).toHaveLength(Math.ceil(total / pageSize));
    expect(pages.every((p) => p.rows.length <= pageSize)).toBe(true);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows.map(([report]) => report).sort()).toEqual(
      [...[...official.titles.values()].flat(), ...official.untitled, ...official.notNamed].sort(),
    );
    const titleOf = new Map([...official.titles].flatMap(([title, reports]) => reports.map((r) => [r, title])));
    for (const [report, shown] of rows) {
      const title = titleOf.get(report) ?? (official.untitled.includes(report) ? UNTITLED : NOT_NAMED);
      expect(shown, `${official.slug}: ${report}`).toBe(title);
    }
    // Each group's reports stand together, in the summary's order, and its first row carries the summary's link.
    const runs = rows.map(([, shown]) => shown).filter((shown, i, all) => i === 0 || all[i - 1] !== shown);
    expect(runs).toEqual(summaryRows(pages[0]!.path, official.name)!.rows.map(([label]) => label));
    const summaryLinks = elements(parsePage(pages[0]!.path), (e) => e.tagName === 'table' && !labelledBy(e, 'titles'))
      .flatMap((t) => elements(t, (e) => e.tagName === 'td'))
      .filter((_, i) => i % 2 === 0)
      .map((td) => String(elements(td, (e) => e.tagName === 'a')[0]!.properties['href']));
    expect(summaryLinks).toHaveLength(runs.length);
    summaryLinks.forEach((href, i) => {
      const [file, fragment] = href.split('#') as [string, string];
      const target = resolve(dirname(pages[0]!.path), file);
      const page = pages.find((p) => p.path === target);
      expect(page, href).toBeDefined();
      const row = page!.rows.find(([, , id]) => id === fragment);
      expect(row?.[1], href).toBe(runs[i]);
    });
  }
}
