/**
 * npm run add-source in a real build: a hostile text file (tests/fixtures/hostile/) added to a temporary copy of
 * the site with the command, and the copy built with the real `astro build`. The command's logic on its own is
 * tests/unit/scripts/add-source.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { REPO_ROOT, buildSite, copySite, removeSite } from '../../scripts/lib/temp-site.ts';
import { elements, hasClass, parsePage, textOf } from '../helpers/html.ts';

describe('a hostile text added with add-source, in a real build of the site', () => {
  const hostileFile = join(REPO_ROOT, 'tests/fixtures/hostile/hostile-report.txt');
  const title = '<script>alert("title")</script> & {title} *not emphasis* #1 "quoted"';
  let site: string;
  let build: Awaited<ReturnType<typeof buildSite>>;
  let added: ReturnType<typeof spawnSync>;

  beforeAll(async () => {
    site = await copySite({ prefix: 'hsd-hostile-' });
    added = spawnSync(
      process.execPath,
      [
        join(REPO_ROOT, 'scripts/add-source.ts'),
        hostileFile,
        '--title',
        title,
        '--slug',
        'hostile-report',
        '--outlet',
        'A Hostile Outlet <b>',
        '--date',
        '2024-02-29',
        '--root',
        site,
      ],
      { encoding: 'utf8' },
    );
    build = await buildSite(site);
  }, 300_000);
  afterAll(() => removeSite(site));

  test('add-source accepts it and the site builds', () => {
    expect(added.stderr).toBe('');
    expect(added.status).toBe(0);
    // Word-bounded: "counterterrorism" in a route name contains "error".
    expect(build.output).not.toMatch(/\berror\b/i);
    expect(build.code).toBe(0);
  });

  test('its page shows every paragraph of the file exactly as written, in order', () => {
    // Expected from the file itself: blank-line-separated blocks, whitespace collapsed (docs/editing.md, "Adding a report with add-source").
    const expected = readFileSync(hostileFile, 'utf8')
      .split(/\n[ \t]*\n/)
      .map((block) => block.replace(/\s+/g, ' ').trim())
      .filter((block) => block !== '');
    const page = parsePage(join(site, 'dist/sources/hostile-report/index.html'));
    const [article] = elements(page, (e) => hasClass(e, 'article-text'));
    const paragraphs = elements(article!, (e) => e.tagName === 'p' && /^p\d+$/.test(String(e.properties['id'])));
    expect(paragraphs.map(textOf)).toEqual(expected);
    expect(textOf(elements(page, (e) => e.tagName === 'h1')[0]!)).toBe(title);
  });

  test('no element comes from the text: no script, no image, no emphasis, no link', () => {
    const page = parsePage(join(site, 'dist/sources/hostile-report/index.html'));
    const [article] = elements(page, (e) => hasClass(e, 'article-text'));
    // The report's own text: the article without the site's folded side notes beside each paragraph.
    const sides = new Set(
      elements(article!, (e) => hasClass(e, 'paragraph-side')).flatMap((e) => elements(e, () => true)),
    );
    const tags = new Set(elements(article!, (e) => !sides.has(e)).map((e) => e.tagName));
    // Bare addresses (www.example.org, foo@bar.com) stay text too: the article model flattens GFM's autolinks. Nothing
    // is highlighted by default (no <mark>): the paragraphs hold the report's words alone.
    expect([...tags].sort()).toEqual(['h2', 'p', 'section', 'span']);
    // Scripts a browser runs: the schema.org block (type application/ld+json) is data, and holds the title as data.
    const isData = (e: { properties: Record<string, unknown> }) => e.properties['type'] === 'application/ld+json';
    const scripts = elements(page, (e) => e.tagName === 'script' && !isData(e)).map(textOf);
    expect(scripts.filter((s) => s.includes('alert'))).toEqual([]);
    const [metadata] = elements(page, (e) => e.tagName === 'script' && isData(e)).map(textOf);
    expect(metadata).not.toMatch(/<\/?script/i);
    expect(JSON.parse(metadata!)).toMatchObject({ headline: title });
    expect(elements(page, (e) => e.tagName === 'img')).toEqual([]);
  });

  test('it takes its place in the list of reports with no other step', () => {
    const index = parsePage(join(site, 'dist/sources/index.html'));
    const links = elements(index, (e) => e.tagName === 'a' && String(e.properties['href']).includes('hostile-report'));
    expect(links.map(textOf)).toContain(title);
  });

  // The last paragraph of the file repeats, word for word, a sentence of the IANS wire story (ians-menafn) about
  // the next round: the new report must take its place in the comparison, the topic pages, reuse and search.
  const NEXT_ROUND =
    "Both sides agreed to hold the next round of the Senior Officials' Homeland Security Dialogue in Washington DC at a mutually convenient date.";

  test('it takes its place in the comparison and its open data', () => {
    const compare = parsePage(join(site, 'dist/compare/index.html'));
    const headers = elements(compare, (e) => e.tagName === 'th' && e.properties['scope'] === 'col');
    // A column for the new report: headed by its outlet, linking to its page.
    const column = headers.find(
      (th) =>
        elements(th, (e) => e.tagName === 'a' && e.properties['href'] === '../sources/hostile-report/index.html')
          .length > 0,
    );
    expect(column && textOf(column)).toContain('A Hostile Outlet <b>');
    const data = JSON.parse(readFileSync(join(site, 'dist/data/coverage.json'), 'utf8'));
    expect(data.sources.map((s: { slug: string }) => s.slug)).toContain('hostile-report');
    const cell = data.coverage.find(
      (c: { source: string; topic: string }) => c.source === 'hostile-report' && c.topic === 'next-round',
    );
    expect(cell.evidence.map((e: { quote: string }) => e.quote)).toEqual([NEXT_ROUND]);
  });

  test('its evidence is quoted on the topic page', () => {
    const topic = parsePage(join(site, 'dist/topics/next-round/index.html'));
    const links = elements(
      topic,
      (e) => e.tagName === 'a' && String(e.properties['href']).startsWith('../../sources/hostile-report/index.html#p'),
    );
    expect(links.length).toBeGreaterThan(0);
    expect(textOf(topic)).toContain(NEXT_ROUND);
  });

  test('its wording shared with the wire story is found by the reuse analysis', () => {
    const reuse = JSON.parse(readFileSync(join(site, 'dist/data/reuse.json'), 'utf8'));
    const pair = reuse.pairs.find(
      (p: { a: string; b: string }) => [p.a, p.b].sort().join() === ['hostile-report', 'ians-menafn'].sort().join(),
    );
    expect(pair.passages.map((p: { text: string }) => p.text)).toContain(NEXT_ROUND.replace(/\.$/, ''));
  });

  test('it is in the search index', () => {
    const shards = readdirSync(join(site, 'dist/search/docs')).map((f) =>
      readFileSync(join(site, 'dist/search/docs', f), 'utf8'),
    );
    expect(shards.some((shard) => shard.includes('sources/hostile-report/index.html#p'))).toBe(true);
  });

  test('the new outlet was created and its name is shown literally', () => {
    expect(existsSync(join(site, 'content/outlets/a-hostile-outlet-b.yaml'))).toBe(true);
    const page = parsePage(join(site, 'dist/sources/hostile-report/index.html'));
    // The header's byline opens with the outlet's name, as text.
    const [byline] = elements(page, (e) => hasClass(e, 'byline'));
    expect(textOf(elements(byline!, (e) => e.tagName === 'span')[0]!)).toBe('A Hostile Outlet <b>');
    expect(textOf(byline!)).toContain('News report');
  });
});
