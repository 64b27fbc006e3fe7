/**
 * Page weight budgets (README, "Checks on the built site"), measured by a script, not guessed: per page, its HTML plus the local
 * stylesheets and scripts it loads, each gzipped as a host would send it; the median page at most 15 KiB, none over
 * 60 KiB, and no JavaScript on any page but search. `npm run size` (scripts/size.ts) reads dist/ and prints the table.
 *
 * Pure over plain data: the files of the built site as a map from their path inside dist/ to their bytes.
 */
import { gzipSync } from 'node:zlib';

export interface Budgets {
  /** Median page weight, KiB gzipped. */
  medianKiB: number;
  /** Heaviest page weight, KiB gzipped. */
  maxKiB: number;
  /** The only pages allowed JavaScript, as paths inside dist/. */
  scriptPages: readonly string[];
}

export const BUDGETS: Budgets = { medianKiB: 15, maxKiB: 60, scriptPages: ['search/index.html'] };

export interface PageWeight {
  /** Path inside dist/: "sources/tfipost/index.html". */
  page: string;
  /** Gzipped bytes. */
  html: number;
  css: number;
  js: number;
  total: number;
  /** Scripts the page loads or holds: file paths, or "inline". */
  scripts: string[];
}

const TAG = /<(link|script)\b((?:"[^"]*"|'[^']*'|[^'">])*)>/gi;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return match ? (match[2] ?? match[3] ?? match[4]) : undefined;
}

/** Script types that are data, not code. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|text\/plain)$/i;

/** The stylesheets and scripts a page's HTML refers to or contains, in document order. */
export function pageAssets(html: string): { stylesheets: string[]; scripts: string[]; inlineScripts: number } {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let inlineScripts = 0;
  for (const [, tag, attributes = ''] of html.matchAll(TAG)) {
    if (tag!.toLowerCase() === 'link') {
      const rel = (attribute(attributes, 'rel') ?? '').toLowerCase().split(/\s+/);
      const target = attribute(attributes, 'href');
      if (!target) continue;
      if (rel.includes('stylesheet')) stylesheets.push(target);
      else if (rel.includes('modulepreload')) scripts.push(target);
    } else {
      if (DATA_SCRIPT.test(attribute(attributes, 'type') ?? '')) continue;
      const src = attribute(attributes, 'src');
      if (src) scripts.push(src);
      else inlineScripts++;
    }
  }
  return { stylesheets, scripts, inlineScripts };
}

/**
 * The path inside dist/ of a reference made from a page, or undefined for another site's address:
 * ("sources/a/index.html", "../../_astro/x.css") -> "_astro/x.css".
 */
export function resolveFrom(page: string, reference: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return undefined;
  const url = new URL(reference, `https://site.invalid/${page}`);
  return decodeURIComponent(url.pathname.slice(1));
}

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).byteLength;

/** The weight of every HTML page among the files, sorted by path. A missing asset is an error naming it. */
export function weighPages(files: ReadonlyMap<string, Uint8Array>): PageWeight[] {
  const decoder = new TextDecoder();
  const sizeOf = (page: string, reference: string): number => {
    const path = resolveFrom(page, reference);
    if (path === undefined) return 0; // Another origin: forbidden by the CSP and by the e2e suite, not weighed here.
    const bytes = files.get(path);
    if (!bytes) throw new Error(`${page} loads ${reference}, but there is no file dist/${path}`);
    return gzipSize(bytes);
  };
  return [...files.keys()]
    .filter((path) => path.endsWith('.html'))
    .sort()
    .map((page) => {
      const bytes = files.get(page)!;
      const { stylesheets, scripts, inlineScripts } = pageAssets(decoder.decode(bytes));
      const html = gzipSize(bytes);
      const css = stylesheets.reduce((sum, s) => sum + sizeOf(page, s), 0);
      const js = scripts.reduce((sum, s) => sum + sizeOf(page, s), 0);
      const listed = [...scripts.map((s) => resolveFrom(page, s) ?? s), ...Array<string>(inlineScripts).fill('inline')];
      return { page, html, css, js, total: html + css + js, scripts: listed };
    });
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const KiB = 1024;
const kib = (bytes: number) => (bytes / KiB).toFixed(1);

/** Every budget the pages break, in words; empty when all hold. */
export function overBudget(pages: readonly PageWeight[], budgets: Budgets = BUDGETS): string[] {
  const problems: string[] = [];
  const middle = median(pages.map((p) => p.total));
  if (middle > budgets.medianKiB * KiB) {
    problems.push(`the median page weighs ${kib(middle)} KiB gzipped, over the ${budgets.medianKiB} KiB budget`);
  }
  for (const p of pages) {
    if (p.total > budgets.maxKiB * KiB) {
      problems.push(`${p.page} weighs ${kib(p.total)} KiB gzipped, over the ${budgets.maxKiB} KiB budget`);
    }
    if (p.scripts.length > 0 && !budgets.scriptPages.includes(p.page)) {
      problems.push(`${p.page} has JavaScript (${p.scripts.join(', ')}); only ${budgets.scriptPages.join(', ')} may`);
    }
  }
  return problems;
}

/** The table `npm run size` prints: one row per page, KiB gzipped, then the median and the heaviest page. */
export function formatTable(pages: readonly PageWeight[], budgets: Budgets = BUDGETS): string {
  const header = ['page', 'HTML', 'CSS', 'JS', 'total'];
  const rows = pages.map((p) => [p.page, kib(p.html), kib(p.css), kib(p.js), kib(p.total)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const heaviest = pages.reduce<PageWeight | undefined>((a, p) => (!a || p.total > a.total ? p : a), undefined);
  return [
    'Page weight, KiB gzipped (HTML + the local CSS and JS it loads):',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `median ${kib(median(pages.map((p) => p.total)))} KiB (budget ${budgets.medianKiB} KiB); ` +
      `heaviest ${heaviest ? `${heaviest.page} ${kib(heaviest.total)} KiB` : 'none'} (budget ${budgets.maxKiB} KiB); ` +
      `${pages.length} pages`,
  ].join('\n');
}
