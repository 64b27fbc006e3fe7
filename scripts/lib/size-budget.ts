/**
 * Page weight budgets (docs/architecture.md, "Checks on the built site"; issue 26), measured by a script, not guessed: per page, its
 * HTML plus the local stylesheets and scripts it loads, each gzipped as a host would send it; the median page at most
 * 15 KiB, none over 60 KiB, and no JavaScript on any page but search. Beyond the pages: no data file over 16 MiB, and
 * the search's first answer after at most 256 KiB loaded (`searchFirstAnswer`). `npm run size` (scripts/size.ts)
 * reads dist/ and prints the table; the benchmark checks the same bounds at a thousand reports.
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

/** Bounds on the files beside the pages. */
export interface FileBudgets {
  /** Largest data file under data/, MiB, as written (not gzipped: a reader downloads and parses it whole). */
  dataFileMiB: number;
  /** Bytes loaded, as written, before the search's first answer to a one-word query, KiB (see searchFirstAnswer). */
  searchFirstAnswerKiB: number;
}

export const FILE_BUDGETS: FileBudgets = { dataFileMiB: 16, searchFirstAnswerKiB: 256 };

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

export interface FileSize {
  path: string;
  bytes: number;
}

/** The largest file under data/ (undefined where there is none). */
export function largestDataFile(files: ReadonlyMap<string, Uint8Array>): FileSize | undefined {
  let largest: FileSize | undefined;
  for (const [path, bytes] of files) {
    if (path.startsWith('data/') && !path.endsWith('.html') && (!largest || bytes.byteLength > largest.bytes))
      largest = { path, bytes: bytes.byteLength };
  }
  return largest;
}

/** The largest file of the built site, of any kind. */
export function largestFile(files: ReadonlyMap<string, Uint8Array>): FileSize | undefined {
  let largest: FileSize | undefined;
  for (const [path, bytes] of files)
    if (!largest || bytes.byteLength > largest.bytes) largest = { path, bytes: bytes.byteLength };
  return largest;
}

/**
 * What the search loads before its first answer to a one-word query, at most, as written (a page opened from disk
 * gets no compression): the search page and every stylesheet and script it names (the manifest, the engine, its own
 * script), then the shards of src/lib/site/search/shards.ts that the engine may need: the two largest term shards
 * (a word's own shard and the next, for the words it begins) and the largest document shard (the first result's).
 * An upper bound, whatever the word. Undefined where the site has no sharded search.
 */
export function searchFirstAnswer(
  files: ReadonlyMap<string, Uint8Array>,
): { bytes: number; parts: FileSize[] } | undefined {
  const page = 'search/index.html';
  const html = files.get(page);
  if (!html || !files.has('search/manifest.js')) return undefined;
  const { stylesheets, scripts } = pageAssets(new TextDecoder().decode(html));
  const parts: FileSize[] = [{ path: page, bytes: html.byteLength }];
  for (const reference of [...stylesheets, ...scripts]) {
    const path = resolveFrom(page, reference);
    const bytes = path === undefined ? undefined : files.get(path);
    if (path !== undefined && bytes) parts.push({ path, bytes: bytes.byteLength });
  }
  const largest = (prefix: string, n: number) =>
    [...files]
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, bytes]) => ({ path, bytes: bytes.byteLength }))
      .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path))
      .slice(0, n);
  parts.push(...largest('search/terms/', 2), ...largest('search/docs/', 1));
  return { bytes: parts.reduce((sum, p) => sum + p.bytes, 0), parts };
}

const MiB = 1024 * 1024;

/** Every bound on the files beside the pages that the site breaks, in words; empty when all hold. */
export function filesOverBudget(files: ReadonlyMap<string, Uint8Array>, budgets: FileBudgets = FILE_BUDGETS): string[] {
  const problems: string[] = [];
  for (const [path, bytes] of files) {
    if (path.startsWith('data/') && bytes.byteLength > budgets.dataFileMiB * MiB)
      problems.push(
        `${path} is ${(bytes.byteLength / MiB).toFixed(1)} MiB, over the ${budgets.dataFileMiB} MiB budget`,
      );
  }
  const search = searchFirstAnswer(files);
  if (search && search.bytes > budgets.searchFirstAnswerKiB * KiB) {
    problems.push(
      `search loads up to ${kib(search.bytes)} KiB before its first answer, over the ${budgets.searchFirstAnswerKiB} KiB budget`,
    );
  }
  return problems;
}

/** The lines `npm run size` prints under the table: the largest data file and the search's first answer. */
export function formatFiles(files: ReadonlyMap<string, Uint8Array>, budgets: FileBudgets = FILE_BUDGETS): string {
  const data = largestDataFile(files);
  const search = searchFirstAnswer(files);
  return [
    `largest data file ${data ? `${data.path} ${(data.bytes / MiB).toFixed(2)} MiB` : 'none'} (budget ${budgets.dataFileMiB} MiB)`,
    `search, first answer: at most ${search ? `${kib(search.bytes)} KiB loaded` : 'no sharded search'} (budget ${budgets.searchFirstAnswerKiB} KiB)`,
  ].join('\n');
}
