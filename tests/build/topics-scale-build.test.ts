/**
 * The topic pages of a dossier of a few dozen reports, in a real build (issue 26): the evidence in pages of at most
 * fifty sections, and the copies of a wire story grouped under it. The fixture is made here, by hand, beside the
 * reports the site already has:
 *
 * - one wire story whose second paragraph speaks of extradition;
 * - twelve copies of it, word for word: named under it ("And 12 copies"), ten by name and two counted;
 * - one copy with a paragraph of its own that also speaks of extradition: its own section, labelled a copy;
 * - fifty-five reports of their own, each with one sentence on extradition.
 *
 * So the extradition page has more than fifty sections (fifty-seven from the fixture alone): page 1 holds fifty,
 * page 2 the rest.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SourceFrontmatter, renderSourceMdx } from '../../scripts/lib/add-source.ts';
import { buildSite, copySite, removeSite } from '../../scripts/lib/temp-site.ts';
import { elements, hasClass, parsePage, textOf } from '../helpers/html.ts';
import { brokenLinks } from '../helpers/site-links.ts';

const COPIES = 12;
const OWN = 55;
const WIRE = [
  'Officials of the two countries met in the capital of a fixture state on a fixture morning to review their work.',
  'The delegations spoke at length about extradition requests pending between the two governments since last year.',
  'A joint statement is expected after a further round of talks to be held in the coming months at a venue not yet named.',
];
const EXTRA = 'It also cited the extradition treaty.';
/** The first reports of their own are official readouts: more than a summary names. */
const OFFICIAL = 8;
/** Distinct words for each report of its own, so that no two share a run of five words with the wire story. */
const OWN_WORDS = ['amber', 'basalt', 'cedar', 'dune', 'ember', 'fjord', 'granite', 'heath', 'iris', 'juniper', 'kelp'];
const ownText = (i: number) =>
  `Column ${i} by ${OWN_WORDS[i % OWN_WORDS.length]} ${OWN_WORDS[(i * 7) % OWN_WORDS.length]} writers considers extradition law number ${i}.`;

function frontmatter(
  slug: string,
  kind: 'wire' | 'republication' | 'news' | 'official-readout',
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
    provenance: ['A fixture report written by tests/build/topics-scale-build.test.ts; not a real report.'],
  };
}

describe('topic pages at a few dozen reports, in a real build', () => {
  let site: string;
  let build: Awaited<ReturnType<typeof buildSite>>;
  const copies = Array.from({ length: COPIES }, (_, i) => `fixture-copy-${String(i + 1).padStart(2, '0')}`);

  beforeAll(async () => {
    site = await copySite({ prefix: 'hsd-topics-' });
    const write = (slug: string, fm: SourceFrontmatter, paragraphs: string[]) =>
      writeFileSync(join(site, 'content/sources', `${slug}.mdx`), renderSourceMdx(fm, paragraphs));
    write('fixture-wire', frontmatter('fixture-wire', 'wire', '2024-02-28', 0), WIRE);
    copies.forEach((slug, i) => write(slug, frontmatter(slug, 'republication', '2024-02-29', i + 1), WIRE));
    write('fixture-copy-extra', frontmatter('fixture-copy-extra', 'republication', '2024-02-29', 99), [...WIRE, EXTRA]);
    for (let i = 1; i <= OWN; i++) {
      const slug = `fixture-own-${String(i).padStart(2, '0')}`;
      write(slug, frontmatter(slug, i <= OFFICIAL ? 'official-readout' : 'news', '2024-03-01', 100 + i), [ownText(i)]);
    }
    build = await buildSite(site);
  }, 600_000);
  afterAll(() => removeSite(site));

  const pageOf = (n: number) => join(site, 'dist/topics/extradition', n === 1 ? 'index.html' : `${n}/index.html`);
  const sectionsOn = (n: number) => {
    const page = parsePage(pageOf(n));
    return elements(page, (e) => e.tagName === 'section' && hasClass(e, 'topic-source'));
  };
  const slugOf = (section: ReturnType<typeof sectionsOn>[number]) =>
    String(section.properties['ariaLabelledBy'] ?? section.properties['aria-labelledby'] ?? '').replace(/^source-/, '');

  test('builds', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  test('the evidence is in pages of at most fifty sections, the first full, and every covering report once', () => {
    const coverage = JSON.parse(readFileSync(join(site, 'dist/data/coverage.json'), 'utf8')) as {
      coverage: { source: string; topic: string }[];
    };
    const covering = coverage.coverage.filter((c) => c.topic === 'extradition').map((c) => c.source);
    // The fixture alone: the wire story, its thirteen copies and fifty-five reports of their own.
    for (const slug of ['fixture-wire', 'fixture-copy-extra', ...copies]) expect(covering).toContain(slug);
    expect(covering.filter((s) => s.startsWith('fixture-own-'))).toHaveLength(OWN);

    const pages: string[][] = [];
    for (let n = 1; existsSync(pageOf(n)); n++) pages.push(sectionsOn(n).map(slugOf));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages[0]).toHaveLength(50);
    for (const sections of pages) expect(sections.length).toBeLessThanOrEqual(50);
    const shown = pages.flat();
    expect(new Set(shown).size).toBe(shown.length);
    // The twelve word-for-word copies have no section; everything else that covers the topic has one.
    for (const slug of copies) expect(shown).not.toContain(slug);
    expect(shown).toContain('fixture-copy-extra');
    expect(shown.length).toBeLessThanOrEqual(covering.length - COPIES);
  });

  test('the word-for-word copies are named under the wire story, ten by name and the rest counted', () => {
    const page = [1, 2].map((n) => parsePage(pageOf(n)));
    const wire = page
      .flatMap((p) => elements(p, (e) => e.tagName === 'section' && hasClass(e, 'topic-source')))
      .find((s) => slugOf(s) === 'fixture-wire')!;
    const line = elements(wire, (e) => hasClass(e, 'copies'))[0]!;
    const text = textOf(line).replace(/\s+/g, ' ');
    expect(text).toMatch(/^And 12 copies with the same sentences: /);
    expect(text).toMatch(/ and 2 more\.$/);
    const links = elements(line, (e) => e.tagName === 'a');
    const named = links.map((a) => String(a.properties['href']));
    expect(named).toHaveLength(10);
    for (const href of named) expect(href).toMatch(/sources\/fixture-copy-\d\d\/index\.html$/);
    // Each copy by the name the site cites it by: every copy is MENAFN's, so the outlet would name all ten alike.
    for (const a of links) {
      const n = Number(/fixture-copy-(\d\d)/u.exec(String(a.properties['href']))![1]);
      expect(textOf(a)).toBe(`Fixture ${n}`);
    }
  });

  test('the summary says which covering reports are quoted, and that the twelve copies are named instead', () => {
    const coverage = JSON.parse(readFileSync(join(site, 'dist/data/coverage.json'), 'utf8')) as {
      coverage: { source: string; topic: string }[];
      sources: unknown[];
    };
    const covering = new Set(coverage.coverage.filter((c) => c.topic === 'extradition').map((c) => c.source));
    let pages = 0;
    while (existsSync(pageOf(pages + 1))) pages++;
    const summary = elements(parsePage(pageOf(1)), (e) => e.tagName === 'p' && hasClass(e, 'topic-summary'))[0]!;
    expect(textOf(summary).replace(/\s+/g, ' ')).toMatch(
      new RegExp(
        `^Covered by ${covering.size} of ${coverage.sources.length.toLocaleString('en')} reports, quoted below over ` +
          `${pages} pages, but for 12 copies with the same sentences as the wire story each copies, named under it\\.`,
        'u',
      ),
    );
    // Every covering report is quoted in a section of its own, but for the twelve named under the wire story.
    const quoted = Array.from({ length: pages }, (_, i) => sectionsOn(i + 1).map(slugOf)).flat();
    expect(quoted.filter((s) => covering.has(s))).toHaveLength(covering.size - COPIES);
  });

  test('a copy with evidence of its own has its own section, labelled a copy of the wire story', () => {
    const sections = [1, 2].flatMap((n) => sectionsOn(n));
    const extra = sections.find((s) => slugOf(s) === 'fixture-copy-extra')!;
    expect(hasClass(extra, 'topic-copy')).toBe(true);
    // The wire story by the name the site cites it by (its frontmatter's shortName), not its outlet's (MENAFN).
    expect(textOf(extra).replace(/\s+/g, ' ')).toContain('a copy of the wire story Fixture 0');
    // Right after the wire story, on the same page or at the top of the next.
    const order = sections.map(slugOf);
    expect(order.indexOf('fixture-copy-extra')).toBe(order.indexOf('fixture-wire') + 1);
  });

  test('every link of the built site leads to a file, and every fragment to an element on it', () => {
    expect(brokenLinks(join(site, 'dist'))).toEqual([]);
  });

  test('the summary names five official texts and counts the others, each of which is among the evidence', () => {
    const coverage = JSON.parse(readFileSync(join(site, 'dist/data/coverage.json'), 'utf8')) as {
      coverage: { source: string; topic: string }[];
    };
    const sources = JSON.parse(readFileSync(join(site, 'dist/data/sources.json'), 'utf8')) as {
      sources: { slug: string; kind: string }[];
    };
    const covering = new Set(coverage.coverage.filter((c) => c.topic === 'extradition').map((c) => c.source));
    const official = sources.sources.filter((s) => s.kind === 'official-readout' && covering.has(s.slug));
    // The eight fixture readouts at least (and any of the site's own that speaks of extradition).
    expect(official.length).toBeGreaterThanOrEqual(OFFICIAL);
    const facts = elements(parsePage(pageOf(1)), (e) => e.tagName === 'p' && hasClass(e, 'topic-facts'))[0]!;
    expect(textOf(facts)).toMatch(
      new RegExp(`Official texts: [^.]+ and ${official.length - 5} others, each among the evidence\\.$`, 'u'),
    );
    const named = elements(facts, (e) => e.tagName === 'a').slice(1);
    expect(named).toHaveLength(5);
    for (const a of named)
      expect(official.map((s) => `../../sources/${s.slug}/index.html`)).toContain(String(a.properties['href']));
    // Every fixture readout is MENAFN's: each is named as the site cites it ("Fixture 3"), so no two names are alike.
    const names = named.map((a) => textOf(a));
    expect(new Set(names).size).toBe(5);
    for (const name of names) expect(name).toMatch(/^Fixture \d+$/u);
  });

  test('each page of the evidence says which it is, and leads to the previous and the next', () => {
    const pagers = (n: number) => elements(parsePage(pageOf(n)), (e) => e.tagName === 'nav' && hasClass(e, 'pager'));
    const last = existsSync(pageOf(3)) ? 3 : 2;
    for (let n = 1; n <= last; n++) {
      const navs = pagers(n);
      // Before the evidence and after it, each named.
      expect(navs.map((nav) => String(nav.properties['ariaLabel']))).toEqual([
        'Pages of the evidence',
        'Pages of the evidence, again',
      ]);
      for (const nav of navs) {
        const line = textOf(elements(nav, (e) => e.tagName === 'p')[0]!);
        const steps = [n > 1 ? 'Previous page' : null, n < last ? 'Next page' : null].filter(Boolean).join(' · ');
        expect(line).toBe(`Page ${n} of ${last} of the evidence. ${steps}`);
        const current = elements(nav, (e) => e.properties['ariaCurrent'] === 'page');
        expect(current.map((e) => textOf(e))).toEqual([`Page ${n}`]);
        // Each rel's link leads to the page before or after this one.
        const rels = elements(nav, (e) => e.tagName === 'a' && e.properties['rel'] !== undefined).map(
          (a) => [String(a.properties['rel']), resolve(dirname(pageOf(n)), String(a.properties['href']))] as const,
        );
        if (n > 1) expect(rels).toContainEqual(['prev', pageOf(n - 1)]);
        if (n < last) expect(rels).toContainEqual(['next', pageOf(n + 1)]);
      }
    }
  });
});
