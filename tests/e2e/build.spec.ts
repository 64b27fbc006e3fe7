/**
 * Checks on the built files themselves, no browser (docs/architecture.md, "Checks on the built site"): valid HTML, page weight budgets, reproducible builds,
 * and what SITE_URL adds (canonical URLs, Open Graph, a sitemap) and what it leaves alone (everything else).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { checkReproducible, hashTree } from '../../scripts/check-reproducible.ts';
import { distDir } from './servers.ts';

const htmlFiles = (dir: string) => [...hashTree(dir).keys()].filter((p) => p.endsWith('.html'));

test('every built page is valid HTML (html-validate, standard preset: .htmlvalidate.mjs)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = htmlFiles(distDir);
  expect(pages.length).toBeGreaterThan(5);
  const reports = await Promise.all(pages.map((page) => validator.validateFile(join(distDir, page))));
  const invalid = reports.filter((r) => !r.valid);
  const text = formatterFactory('text');
  expect(invalid.map((r) => text(r.results)).join('\n')).toBe('');
});

test('the site’s own words agree with their counts: "1 sentence", "1 is", never "1 sentences" or "1 are"', () => {
  // Quotations of the reports (article paragraphs, <q>, <blockquote>) are their words, not the site's, and are set
  // aside; what is left is the site's prose, where every count is written by a template.
  const wrong =
    /\b1 (?:sentences|statements|runs|distinct runs|texts|links|pairs|reports|words|witnesses|topics|passages|are|make|restate|have)\b/u;
  const problems: string[] = [];
  for (const page of htmlFiles(distDir)) {
    const prose = readFileSync(join(distDir, page), 'utf8')
      .replace(/<(script|style|q|blockquote)\b[^>]*>[\s\S]*?<\/\1>/gu, ' ')
      .replace(/<p\b[^>]*\bid="p\d+"[^>]*>[\s\S]*?<\/p>/gu, ' ')
      .replace(/<[^>]+>/gu, ' ')
      .replace(/\s+/gu, ' ');
    const found = wrong.exec(prose);
    if (found) problems.push(`${page}: …${prose.slice(Math.max(0, found.index - 60), found.index + 40)}…`);
  }
  expect(problems).toEqual([]);
});

test('no word runs into a link or a code sample: "under <a>…", never "under<a>…"', () => {
  // A line break between a word and an element in a template can vanish in the build ("runs offive words",
  // "sha256sum</code>prints"): the site's own HTML is read for a letter against an inline element's tag. Article
  // paragraphs are the reports' words and are set aside.
  const joined =
    /[A-Za-z,;](<(?:a|code|strong|em|q|time|abbr|cite)\b[^>]*>)|<\/(?:a|code|strong|em|q|time|abbr|cite)>[A-Za-z(]/u;
  const problems: string[] = [];
  for (const page of htmlFiles(distDir)) {
    const html = readFileSync(join(distDir, page), 'utf8')
      .replace(/<p\b[^>]*\bid="p\d+"[^>]*>[\s\S]*?<\/p>/gu, ' ')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gu, ' ');
    const found = joined.exec(html);
    if (found) problems.push(`${page}: …${html.slice(Math.max(0, found.index - 50), found.index + 50)}…`);
  }
  expect(problems).toEqual([]);
});

test('`npm run size`: within budget, a row per page, JavaScript on the search page only', () => {
  // Exits non-zero when over budget, which fails the test with the table.
  const output = execFileSync(process.execPath, ['scripts/size.ts', distDir], { encoding: 'utf8' });
  for (const page of htmlFiles(distDir)) expect(output).toMatch(new RegExp(`^${page.replace(/\./g, '\\.')}\\s`, 'm'));
  expect(output).toMatch(/^median [\d.]+ KiB \(budget 15 KiB\); heaviest .+ \(budget 60 KiB\)/m);
  expect(output).toContain('All pages are within budget.');
});

test.describe('SITE_URL and reproducible builds', () => {
  // One pair of builds for the three tests: in order, in one worker (the suite is otherwise fully parallel).
  test.describe.configure({ mode: 'default' });
  // The grown-site run (scripts/test-grown.ts) leaves these two builds out: what they check is how the build
  // writes every page, which does not depend on how many reports there are, and the normal run checks it.
  test.skip(
    process.env['HSD_SKIP_REPRODUCIBLE'] === '1',
    'HSD_SKIP_REPRODUCIBLE=1: checked by the normal run (scripts/test-grown.ts)',
  );
  const site = 'https://example.org/hsd/';
  let dirs: [string, string];
  let differences: string[];

  test.beforeAll(() => {
    test.setTimeout(240_000);
    ({ dirs, differences } = checkReproducible(site));
  });
  test.afterAll(() => {
    if (dirs) rmSync(join(dirs[0], '..'), { recursive: true, force: true });
  });

  test('two builds of this commit are byte-identical (scripts/check-reproducible.ts)', () => {
    expect(differences).toEqual([]);
  });

  test('with SITE_URL, every page has its canonical URL and Open Graph tags, and the sitemap lists them', () => {
    const [built] = dirs;
    const pages = htmlFiles(built).filter((p) => p !== '404.html');
    const expected = pages.map((p) => site + p.replace(/index\.html$/, '')).sort();
    for (const page of pages) {
      const html = readFileSync(join(built, page), 'utf8');
      const url = site + page.replace(/index\.html$/, '');
      expect(html, page).toContain(`<link rel="canonical" href="${url}">`);
      expect(html, page).toContain(`<meta property="og:url" content="${url}">`);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, page).toMatch(/<meta property="og:description" content="[^"]+">/);
    }
    const index = readFileSync(join(built, 'sitemap-index.xml'), 'utf8');
    expect([...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual([`${site}sitemap-0.xml`]);
    const sitemap = readFileSync(join(built, 'sitemap-0.xml'), 'utf8');
    expect([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort()).toEqual(expected);
    // The 404 page, served at any depth, links to the site's real address.
    expect(readFileSync(join(built, '404.html'), 'utf8')).toContain(`<a href="${site}">Go to the home page</a>`);
  });

  test('without SITE_URL (dist/) there are none, and SITE_URL changes nothing else', () => {
    const [built] = dirs;
    const plain = hashTree(distDir);
    const withSite = hashTree(built);
    expect([...withSite.keys()].filter((p) => !plain.has(p))).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect([...plain.keys()].filter((p) => !withSite.has(p))).toEqual([]);
    const withoutSiteTags = (html: string) =>
      html
        .replace(/<link rel="canonical" href="[^"]*">/, '')
        .replace(/<meta property="og:[a-z_]+" content="[^"]*">/g, '');
    for (const [path, hash] of plain) {
      if (path === '404.html') continue; // Its links are absolute with SITE_URL (src/pages/404.astro).
      if (!path.endsWith('.html')) {
        expect(withSite.get(path), path).toBe(hash);
        continue;
      }
      const html = readFileSync(join(distDir, path), 'utf8');
      expect(html, path).not.toMatch(/rel="canonical"|property="og:/);
      expect(withoutSiteTags(readFileSync(join(built, path), 'utf8')), path).toBe(html);
    }
  });
});
