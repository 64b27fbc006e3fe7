/**
 * Checking and reusing the texts, on the built site: the digests against the pages and the files, each
 * paragraph's link to the same passage on the original page, every web annotation's quote on its page at the
 * anchor it names, the schema.org metadata, and the open data page. The reports come from dist/data/sources.json,
 * so nothing here counts them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { AnnotationCollection } from '../../src/lib/open-data/annotations.ts';
import type { SourcesJson } from '../../src/lib/open-data/sources-export.ts';
import { OVERVIEW_REPORTS } from '../../src/lib/site/overview.ts';
import { distDir } from './servers.ts';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const sources = (JSON.parse(readFileSync(join(distDir, 'data/sources.json'), 'utf8')) as SourcesJson).sources;
const annotations = JSON.parse(readFileSync(join(distDir, 'data/annotations.jsonld'), 'utf8')) as AnnotationCollection;
const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const codePointSlice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

test('sources.json holds every report that has a page, and only those', () => {
  const pages = readdirSync(join(distDir, 'sources'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  expect(pages.length).toBeGreaterThan(0);
  expect(sources.map((s) => s.slug).sort()).toEqual(pages);
});

for (const source of sources) {
  test.describe(source.slug, () => {
    test('the article text on the page is sources.json’s text, and both have the digest the page shows', async ({
      page,
    }) => {
      await page.goto(`sources/${source.slug}/`);
      const paragraphs = await page
        .locator('.article-text > p')
        .evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
      const text = paragraphs.join('\n\n').normalize('NFC');
      expect(text).toBe(source.text);
      expect(sha256(text)).toBe(source.sha256.text);
      await expect(page.locator('.fixity code.digest').first()).toHaveText(source.sha256.text);
    });

    test('the raw capture: its file has the digest given, or the page says it is not kept', async ({ page }) => {
      await page.goto(`sources/${source.slug}/`);
      const fixity = page.locator('.fixity');
      const capture = source.sha256.capture;
      if (capture) {
        expect(sha256(readFileSync(join(repository, capture.file)))).toBe(capture.sha256);
        await expect(fixity.locator('code.digest').nth(1)).toHaveText(capture.sha256);
        await expect(fixity).toContainText(`sha256sum ${capture.file}`);
      } else {
        await expect(fixity).toContainText('not kept');
        await expect(fixity.locator('code.digest')).toHaveCount(1);
      }
    });

    test('each paragraph links to the same passage on the original page, where its address is known', async ({
      page,
    }) => {
      await page.goto(`sources/${source.slug}/`);
      const found = await page.locator('.article-text > p').evaluateAll((ps) =>
        ps.map((p) => {
          // The paragraph's side notes follow it (src/components/OriginalParagraph.astro): the link is among them.
          const next = p.nextElementSibling;
          const link = next?.matches('.paragraph-side')
            ? next.querySelector<HTMLAnchorElement>('.on-original a')
            : null;
          return {
            text: p.textContent ?? '',
            href: link?.getAttribute('href') ?? null,
            className: link?.className ?? '',
            rel: link?.rel ?? '',
          };
        }),
      );
      if (source.url === null) {
        expect(found.map((f) => f.href).filter(Boolean)).toEqual([]);
        return;
      }
      const prefix = `${source.url}#:~:text=`;
      for (const paragraph of found) {
        expect(paragraph.href?.startsWith(prefix), paragraph.text.slice(0, 40)).toBe(true);
        expect(paragraph.className.split(' ')).toContain('external');
        expect(paragraph.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
        const terms = paragraph.href!.slice(prefix.length).split(',');
        expect(terms.length).toBeLessThanOrEqual(2);
        const [start, end] = terms.map(decodeURIComponent);
        const flat = paragraph.text.trim().split(/\s+/).join(' ');
        expect(flat.startsWith(start!)).toBe(true);
        expect(flat.endsWith(end ?? start!)).toBe(true);
      }
    });

    test('schema.org metadata: one JSON-LD block with the title, date and address known, and no CSP error', async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await page.goto(`sources/${source.slug}/`);
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks[0]!) as Record<string, unknown>;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe(source.kind === 'official-readout' ? 'Report' : 'NewsArticle');
      expect(data['headline']).toBe(source.title);
      expect(data['datePublished']).toBe(source.date);
      expect(data['url']).toBe(source.url ?? undefined);
      expect((data['publisher'] as { name: string }).name).toBe((source.capturedFrom ?? source.outlet).name);
      expect('isBasedOn' in data).toBe(source.capturedFrom !== null || source.carries !== null);
      expect(errors).toEqual([]);
    });
  });
}

test('the overview’s JSON-LD lists the reports the page lists, in the order of sources.json, and counts them all', async ({
  page,
}) => {
  await page.goto('./');
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data = JSON.parse(blocks[0]!) as {
    '@type': string;
    mainEntity: { numberOfItems: number; itemListElement: { item: { headline: string } }[] };
  };
  expect(data['@type']).toBe('CollectionPage');
  expect(data.mainEntity.numberOfItems).toBe(sources.length);
  // Every report of a dossier of up to OVERVIEW_REPORTS + 1; else the first OVERVIEW_REPORTS, as the page lists them.
  const listed = sources.length <= OVERVIEW_REPORTS + 1 ? sources : sources.slice(0, OVERVIEW_REPORTS);
  expect(data.mainEntity.itemListElement.map((e) => e.item.headline)).toEqual(listed.map((s) => s.title));
});

test.describe('annotations.jsonld', () => {
  const items = annotations.first.items;
  const slugOf = (target: string) => /^\.\.\/sources\/([^/]+)\/index\.html$/.exec(target)?.[1];

  test('a W3C AnnotationCollection with a distinct id for each annotation', () => {
    expect(annotations['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotations.total).toBe(items.length);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    expect(new Set(items.map((i) => i.motivation))).toEqual(new Set(['classifying', 'assessing']));
  });

  test('every quote is at its positions in the text of sources.json', () => {
    const texts = new Map(sources.map((s) => [s.slug, s.text]));
    const wrong = items.filter((item) => {
      const [quote, position] = item.target.selector;
      const text = texts.get(slugOf(item.target.source) ?? '');
      return text === undefined || codePointSlice(text, position.start, position.end) !== quote.exact;
    });
    expect(wrong.map((i) => i.id)).toEqual([]);
  });

  test('every quote is on its page, in the element its FragmentSelector names', async ({ page }) => {
    test.setTimeout(120_000);
    const bySource = Map.groupBy(items, (item) => slugOf(item.target.source) ?? item.target.source);
    const missing: string[] = [];
    for (const [slug, list] of bySource) {
      await page.goto(`sources/${slug}/`);
      const wanted = list.map((i) => ({ id: i.id, anchor: i.target.selector[2].value }));
      const texts = await page.evaluate(
        (ws) => ws.map((w) => document.getElementById(w.anchor)?.textContent ?? null),
        wanted,
      );
      list.forEach((item, i) => {
        const text = texts[i]?.normalize('NFC');
        const exact = item.target.selector[0].exact;
        const ok = item.motivation === 'classifying' ? text === exact : text?.includes(exact);
        if (!ok) missing.push(`${slug}#${wanted[i]!.anchor}: ${item.id}`);
      });
    }
    expect(missing).toEqual([]);
  });

  test('every body link lands: the topic pages and the statements on the overview', async ({ page }) => {
    const links = items.flatMap((i) => i.body.flatMap((b) => ('source' in b ? [b.source] : [])));
    const base = 'http://site.invalid/data/annotations.jsonld';
    const files = new Set(links.map((l) => new URL(l, base).pathname.slice(1)));
    for (const file of files) expect(existsSync(join(distDir, file)), file).toBe(true);
    await page.goto('./');
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    const facts = links.filter((l) => l.startsWith('../index.html#')).map((l) => l.slice('../index.html#'.length));
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.filter((id) => !ids.has(id))).toEqual([]);
  });
});

test('the open data page lists every file under data/ with a working link, and the footer links to it', async ({
  page,
}) => {
  // The files at the top of data/; the per-report folders (data/sources/ and the like) are listed by by-report.json.
  const files = readdirSync(join(distDir, 'data'), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== 'index.html')
    .map((entry) => entry.name)
    .sort();
  await page.goto('./');
  await page.locator('.site-footer').getByRole('link', { name: 'Open data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  const linked = await page
    .locator('main a[href]')
    .evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).href).filter((h) => /\/data\/[^/#]+$/.test(h) && !h.endsWith('.html')),
    );
  expect([...new Set(linked.map((h) => h.slice(h.lastIndexOf('/') + 1)))].sort()).toEqual(files);
  for (const href of linked) expect((await page.request.get(href)).ok(), href).toBe(true);
});
