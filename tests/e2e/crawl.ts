/**
 * Visits every page reachable from the home page by following links (never a list of pages, so that pages added
 * later are covered), and records every problem the README lists under "Checks on the built site": a broken link, a link landing on a folder, a missing
 * #anchor, a console error or uncaught exception, a request to another origin, a failed request, an external link
 * without its marks. Problems are collected, not thrown, so that one run reports all of them.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { distDir, type Mode } from './servers.ts';

export interface CrawlOptions {
  mode: Mode;
  /** Runs on every page once it has loaded and its links are read (axe, layout checks…). */
  onPage?: (page: Page, url: string, problems: string[]) => Promise<void>;
}

export interface CrawlReport {
  /** Every page visited, as paths inside the site ("index.html", "sources/tfipost/index.html"). */
  pages: string[];
  problems: string[];
}

interface LinkInfo {
  raw: string;
  resolved: string;
  rel: string;
  className: string;
}

const isFileOnDisk = (relative: string) => {
  try {
    return statSync(join(distDir, relative)).isFile();
  } catch {
    return false;
  }
};

export async function crawl(page: Page, { mode, onPage }: CrawlOptions): Promise<CrawlReport> {
  const base = new URL(mode.base);
  const fromDisk = base.protocol === 'file:';
  const problems: string[] = [];
  const queue: string[] = ['index.html'];
  const seen = new Set(queue);
  const idsByPage = new Map<string, Set<string>>();
  const anchorsWanted: { page: string; id: string; from: string }[] = [];
  let current = '(start)';

  // A page may only load from its own origin (a host) or from disk (file://); data: and blob: stay in the page.
  const allowedRequest = (url: string) => {
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
    return fromDisk ? u.protocol === 'file:' : u.origin === base.origin;
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${current}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${current}: uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    if (!allowedRequest(request.url())) problems.push(`${current}: request to another origin: ${request.url()}`);
  });
  page.on('requestfailed', (request) => {
    // ERR_ABORTED: the crawl moved on while the page was still fetching (its icon, say); a missing file is
    // ERR_FILE_NOT_FOUND from disk and an HTTP status from a host, both reported.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`${current}: request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${current}: HTTP ${response.status()} for ${response.url()}`);
  });

  /** The path inside the site of an address under the base, or undefined when the address leaves the site. */
  const inSite = (url: URL): string | undefined => {
    const bare = new URL(url.href);
    bare.hash = '';
    bare.search = '';
    if (!bare.href.startsWith(base.href)) return undefined;
    return decodeURIComponent(bare.href.slice(base.href.length));
  };

  while (queue.length > 0) {
    const path = queue.shift()!;
    current = path;
    const url = new URL(path.split('/').map(encodeURIComponent).join('/'), base).href;
    try {
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!fromDisk && !response?.ok()) problems.push(`${path}: HTTP ${response?.status() ?? 'no response'}`);
    } catch (error) {
      problems.push(`${path}: could not be opened: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const { links, ids } = await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')].map((a) => ({
        raw: a.getAttribute('href') ?? '',
        // An SVG <a> (the picture) has no string `href`: resolve its attribute.
        resolved: new URL(a.getAttribute('href') ?? '', document.baseURI).href,
        rel: a.getAttribute('rel') ?? '',
        className: a.getAttribute('class') ?? '',
      })),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
    }));
    idsByPage.set(path, new Set(ids));

    for (const link of links as LinkInfo[]) {
      const where = `${path}: link "${link.raw}"`;
      if (link.raw.startsWith('/')) {
        problems.push(`${where} is root-absolute (breaks from disk and under a sub-path)`);
        continue;
      }
      const target = new URL(link.resolved);
      if (target.protocol === 'mailto:' || target.protocol === 'tel:') continue;
      const external = fromDisk ? target.protocol !== 'file:' : target.origin !== base.origin;
      if (external) {
        const rel = link.rel.split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer'))
          problems.push(`${where} to another site lacks rel="noopener noreferrer"`);
        if (!link.className.split(/\s+/).includes('external'))
          problems.push(`${where} to another site is not marked class="external"`);
        continue;
      }
      const targetPath = inSite(target);
      if (targetPath === undefined) {
        problems.push(`${where} leaves the site (resolves to ${target.href})`);
        continue;
      }
      if (targetPath === '' || targetPath.endsWith('/')) {
        problems.push(`${where} lands on a folder, not a file (from disk it shows a folder listing)`);
        continue;
      }
      if (!isFileOnDisk(targetPath)) {
        problems.push(`${where} is broken: no file dist/${targetPath}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (targetPath.endsWith('.html')) {
        if (fragment) anchorsWanted.push({ page: targetPath, id: fragment, from: where });
        if (!seen.has(targetPath)) {
          seen.add(targetPath);
          queue.push(targetPath);
        }
      } else if (fragment) {
        problems.push(`${where} has a #fragment on a file that is not a page`);
      }
    }
    if (onPage) await onPage(page, url, problems);
  }

  for (const { page: target, id, from } of anchorsWanted) {
    const ids = idsByPage.get(target);
    if (ids && !ids.has(id)) problems.push(`${from}: no element with id="${id}" on ${target}`);
  }
  return { pages: [...idsByPage.keys()].sort(), problems };
}
