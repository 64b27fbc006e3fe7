/**
 * Statement alignment as published: dist/data/alignment.json, the counterpart lists on the source pages and the
 * side-by-side pages. Facts about the five reports come from reading them; everything else is compared with the
 * data, so the tests hold whatever reports an editor adds.
 */
import { type APIRequestContext, expect, test } from '@playwright/test';

interface Ref {
  source: string;
  sentence: string;
}
interface AlignmentData {
  sentences: Record<string, { sentences: number; aligned: number } | null>;
  pairs: {
    a: Ref;
    b: Ref;
    kind: 'verbatim' | 'edited' | 'reworded';
    score: number;
    shared: string[];
    meanings: string[][];
  }[];
}

async function data(request: APIRequestContext): Promise<AlignmentData> {
  const response = await request.get('data/alignment.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  return (await response.json()) as AlignmentData;
}

test('alignment.json: each pair once, between two reports, with a kind and a score in 0–1', async ({ request }) => {
  const { pairs, sentences } = await data(request);
  const seen = new Set<string>();
  for (const p of pairs) {
    const key = `${p.a.source}#${p.a.sentence}>${p.b.source}#${p.b.sentence}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    expect(p.a.source).not.toBe(p.b.source);
    expect(['verbatim', 'edited', 'reworded']).toContain(p.kind);
    expect(p.score).toBeGreaterThan(0);
    expect(p.score).toBeLessThanOrEqual(1);
    expect(sentences[p.a.source]).toBeTruthy();
    expect(sentences[p.b.source]).toBeTruthy();
  }
  // From reading: TFIPost rewrites the DHS readout's sentence on lawful immigration pathways.
  expect(pairs).toContainEqual(
    expect.objectContaining({
      a: { source: 'dhs-readout', sentence: 'p2-s1' },
      b: { source: 'tfipost', sentence: 'p8-s2' },
      kind: 'reworded',
    }),
  );
});

test('every source page lists beside each paragraph its sentences’ closest counterparts, at most five', async ({
  page,
  request,
}) => {
  const { pairs, sentences } = await data(request);
  for (const slug of Object.keys(sentences)) {
    // Each sentence's counterparts, from alignment.json.
    const bySentence = new Map<string, string[]>();
    for (const p of pairs) {
      const [own, other] = p.a.source === slug ? [p.a, p.b] : p.b.source === slug ? [p.b, p.a] : [null, null];
      if (!own || !other) continue;
      bySentence.set(own.sentence, [
        ...(bySentence.get(own.sentence) ?? []),
        `sources/${other.source}/index.html#${other.sentence}`,
      ]);
    }
    await page.goto(`sources/${slug}/`);
    const listed = await page.locator('.paragraph-notes li[data-sentence]').evaluateAll((items) =>
      items.map((li) => ({
        sentence: li.getAttribute('data-sentence')!,
        links: [...li.querySelectorAll('ul a[href*="sources/"]')].map((a) =>
          a.getAttribute('href')!.replace(/^(\.\.\/)+/, ''),
        ),
        names: [...li.querySelectorAll('ul a[href*="sources/"]')].map((a) => a.textContent),
      })),
    );
    const problems: string[] = [];
    for (const [sentence, all] of bySentence) {
      const item = listed.find((l) => l.sentence === sentence);
      if (!item) {
        problems.push(`${slug} ${sentence}: no notes`);
        continue;
      }
      if (item.links.length !== Math.min(5, all.length))
        problems.push(`${slug} ${sentence}: ${item.links.length} of ${all.length} listed`);
      for (const link of item.links) if (!all.includes(link)) problems.push(`${slug} ${sentence}: ${link} is not one`);
      // No two counterparts of one sentence are named alike: "DHS ¶1, sentence 1" and "DHS ¶1, sentence 2".
      if (new Set(item.names).size !== item.names.length) problems.push(`${slug} ${sentence}: names alike`);
    }
    for (const item of listed)
      if (item.links.length > 0 && !bySentence.has(item.sentence)) problems.push(`${slug} ${item.sentence}: extra`);
    expect(problems).toEqual([]);
    // The profile's counts agree with their verbs: "1 is only in this report", never "1 are".
    const section = page.locator('section.source-counterparts');
    await expect(section.getByRole('heading', { name: 'Who else says it' })).toBeVisible();
    const profile = (await section.locator('p').first().textContent())!.replace(/\s+/g, ' ');
    expect(profile).toMatch(/^Of this (report|readout)’s \d+ sentences?, /);
    expect(profile).not.toMatch(/\b1 (are|make|restate)\b/);
  }
});

test('the DHS readout, the US government’s own account, restates no report, though two are dated before it', async ({
  page,
}) => {
  // From reading: the IANS story and the republished report are of 28 February, the DHS readout of 29 February;
  // they share its statements because all three report the same meeting, not because the readout copies them.
  await page.goto('sources/dhs-readout/');
  const profile = page.locator('section.source-counterparts > p').first();
  await expect(profile).toContainText('Of this readout’s');
  await expect(profile).toContainText('it restates no report, whatever their dates');
  await expect(profile).not.toContainText('restate a report published before it');
  await page.goto('compare/');
  // Copied, edited and reworded from an earlier report: none (a column no report has any of is left out).
  const dhs = (await profileTable(page)).find((r) => r.href.includes('sources/dhs-readout/'))!;
  for (const column of ['Copied from an earlier report', 'Edited', 'Reworded']) expect(dhs.cells[column] ?? 0).toBe(0);
});

test('the two reports that credit the Indian readout say they restate it, a text not in the dossier', async ({
  page,
}) => {
  // From reading: the IANS story ("the Ministry of Home Affairs stated") and the republished report ("The Indian
  // readout said") are the earliest reports of the meeting, so they restate no earlier report; what they share they
  // take from the Home Ministry's readout, which the dossier lacks.
  for (const slug of ['ians-menafn', 'khatrimaza-republication']) {
    await page.goto(`sources/${slug}/`);
    const profile = page.locator('section.source-counterparts > p').first();
    await expect(profile).toContainText('none restates a report known to be published before it');
    await expect(profile).toContainText(/\d+ restate a text not in this dossier/);
    const link = profile.getByRole('link', { name: /Ministry of Home Affairs/ });
    await expect(link).toHaveAttribute('href', /derivation\/[^/]+\/index\.html$/);
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('(reconstructed)');
  }
  await page.goto('compare/');
  const table = page.getByRole('table', { name: /Sentences of each report/ });
  const column = (await table.locator('thead th').allTextContents()).indexOf('From a text not in the dossier');
  expect(column).toBeGreaterThan(0);
  const row = table.getByRole('row', { name: /^IANS/ });
  // The row's cells after its header: the column's number is the count of sentences, more than none.
  expect(Number((await row.locator('td').allTextContents())[column - 1])).toBeGreaterThan(0);
});

test('the DHS readout’s page says TFIPost rewords its sentence on immigration, and the link lands on it', async ({
  page,
}) => {
  await page.goto('sources/dhs-readout/');
  // The notes beside paragraph 2, folded: opened, they list the sentence's counterparts.
  const notes = page.locator('#p2 + .paragraph-side details.paragraph-notes');
  await notes.locator('summary').click();
  const item = notes.locator('li[data-sentence="p2-s1"]');
  const link = item.getByRole('link', { name: 'TFIPost ¶8' });
  await expect(link.locator('xpath=..')).toContainText('reworded in TFIPost ¶8');
  await link.click();
  await expect(page.locator('#p8-s2')).toContainText(
    'Both sides reaffirmed their commitment to ensuring legal immigration channels',
  );
});

test('a side-by-side page: sentences in order, counterparts beside them, edits marked in text, own sentences named', async ({
  page,
  request,
}) => {
  // The page of IANS and the republished report, whichever way round the dossier's order puts them.
  const { pairs } = await data(request);
  const one = pairs.find((p) => [p.a.source, p.b.source].sort().join() === 'ians-menafn,khatrimaza-republication')!;
  const [a, b] = [one.a.source, one.b.source];
  const names: Record<string, string> = { 'ians-menafn': 'IANS', 'khatrimaza-republication': 'Khatrimaza' };
  await page.goto(`side-by-side/${a}--${b}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Side by side: ${names[a]} and ${names[b]}`);
  const row = (slug: string, sentence: string) =>
    page.locator(`li.row#row-${slug}-${sentence}, li.row:has(#row-${slug}-${sentence})`);
  // The signing sentence is copied with a word changed ("with the signing of" / "with signing"): marked as an edit.
  const signing = page
    .locator('li.row')
    .filter({ has: page.locator('a[href$="sources/ians-menafn/index.html#p6-s1"]') })
    .filter({ has: page.locator('a[href$="sources/khatrimaza-republication/index.html#p3-s1"]') });
  await expect(signing).toContainText('edited');
  await expect(signing.locator('del, ins')).not.toHaveCount(0);
  await expect(signing.locator('del .visually-hidden, ins .visually-hidden').first()).toHaveText(
    /\[(left out|added): /,
  );
  // The republished report's own reporting ("people familiar with the matter") is only in it.
  // A long run of such sentences is folded into one row that counts them.
  const own = row('khatrimaza-republication', 'p4-s1');
  await expect(own).toContainText('People familiar with the matter said');
  const run = page.locator('li.only-run').filter({ has: own });
  if ((await run.count()) > 0) await expect(run.locator('summary')).toContainText(/\d+ sentences only in Khatrimaza/);
  else await expect(own).toContainText('Only in Khatrimaza.');
});

test('the side-by-side index lists a page for every pair of reports that shares statements, as the data says', async ({
  page,
  request,
}) => {
  const { pairs } = await data(request);
  const wanted = new Set(pairs.map((p) => `side-by-side/${p.a.source}--${p.b.source}/index.html`));
  await page.goto('side-by-side/');
  const links = await page
    .locator('ol.ranking a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!.replace(/^(\.\.\/)+/, '')));
  // At most 100 pairs get a page (a large dossier); every one listed is a pair of the data.
  expect(links.length).toBe(Math.min(wanted.size, 100));
  for (const link of links) expect(wanted.has(link)).toBe(true);
});

test('the comparison shows each report’s profile: the parts add up to its sentences, as alignment.json counts them', async ({
  page,
  request,
}) => {
  const { sentences } = await data(request);
  await page.goto('compare/');
  const table = page.getByRole('table', { name: /Sentences of each report/ });
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(Object.keys(sentences).length);
  const values = await profileTable(page);
  for (const { href, cells } of values) {
    const slug = /sources\/([^/]+)\//.exec(href)![1]!;
    const total = cells['Sentences']!;
    const only = cells['Only in it'] ?? 0;
    const parts = Object.entries(cells).filter(([name]) => name !== 'Sentences');
    expect(total).toBe(sentences[slug]!.sentences);
    expect(parts.reduce((sum, [, n]) => sum + n, 0)).toBe(total);
    expect(total - only).toBe(sentences[slug]!.aligned);
  }
  // From reading: TFIPost (March 2024) rewords the DHS readout (29 February) sentence by sentence.
  const tfipost = values.find((v) => v.href.includes('sources/tfipost/'))!;
  expect(tfipost.cells['Reworded']).toBeGreaterThan(0);
});

/** The profile table on /compare/, row by row: each cell by its column's header (a column all zero is left out). */
async function profileTable(page: import('@playwright/test').Page) {
  const table = page.getByRole('table', { name: /Sentences of each report/ });
  const headers = (await table.locator('thead th').allTextContents()).map((h) => h.trim());
  const rows = await table.locator('tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      href: tr.querySelector('th a')!.getAttribute('href')!,
      values: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
    })),
  );
  return rows.map(({ href, values }) => ({
    href,
    cells: Object.fromEntries(values.map((v, i) => [headers[i + 1]!, v])) as Record<string, number>,
  }));
}
