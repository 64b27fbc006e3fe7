/**
 * Every link of a built site, read from the files (no server, no browser): each address leads to a file that exists,
 * and each fragment to an element with that id in it. For the builds of large fixture dossiers, whose pages the
 * browser crawl (tests/e2e/site.spec.ts, on the site's own reports) does not visit.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { elements, parsePage } from './html.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The file an address leads to from `page`: relative to the page, or to the site's root for "/…". */
function targetOf(dist: string, page: string, address: string): string {
  const path = decodeURIComponent(address);
  const file = path === '' ? page : path.startsWith('/') ? join(dist, path) : resolve(dirname(page), path);
  return existsSync(file) && statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

/** What is wrong with the site's links, one line each ("<page>: <address> …"); empty when every link leads somewhere. */
export function brokenLinks(dist: string): string[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set(
        elements(parsePage(file), (e) => typeof e.properties['id'] === 'string').map((e) => String(e.properties['id'])),
      );
      ids.set(file, found);
    }
    return found;
  };
  const problems: string[] = [];
  for (const page of htmlFiles(dist)) {
    const tree = parsePage(page);
    const addresses = elements(tree, (e) => ['a', 'link', 'img', 'script'].includes(e.tagName)).flatMap((e) => {
      const value = e.properties['href'] ?? e.properties['src'];
      return typeof value === 'string' ? [value] : [];
    });
    const name = relative(dist, page);
    for (const address of addresses) {
      if (/^[a-z][a-z0-9+.-]*:/iu.test(address)) continue;
      const hash = address.indexOf('#');
      const [path, fragment] = hash === -1 ? [address, ''] : [address.slice(0, hash), address.slice(hash + 1)];
      const file = targetOf(dist, page, path);
      if (!existsSync(file)) problems.push(`${name}: ${address} leads to no file`);
      else if (fragment !== '' && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(fragment)))
        problems.push(`${name}: ${address} leads to no element with id "${fragment}"`);
    }
  }
  return problems;
}
