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

test('every source page lists each of its sentences’ counterparts, linked to the other report’s sentence', async ({
  page,
  request,
}) => {
  const { pairs, sentences } = await data(request);
  for (const slug of Object.keys(sentences)) {
    const expected = pairs.flatMap((p) =>
      p.a.source === slug
        ? [`sources/${p.b.source}/index.html#${p.b.sentence}`]
        : p.b.source === slug
          ? [`sources/${p.a.source}/index.html#${p.a.sentence}`]
          : [],
    );
    await page.goto(`sources/${slug}/`);
    const section = page.locator('section.source-counterparts');
    await expect(section.getByRole('heading', { name: 'Who else says it' })).toBeVisible();
    const links = await section
      .locator('.counterpart-list ul a[href*="sources/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!.replace(/^(\.\.\/)+/, '')));
    expect(links.sort()).toEqual(expected.sort());
    // No two counterparts of one sentence are named alike: "DHS ¶1, sentence 1" and "DHS ¶1, sentence 2".
    const names = await section
      .locator('.counterpart-list > li > ul')
      .evaluateAll((lists) =>
        lists.map((ul) => [...ul.querySelectorAll('a[href*="sources/"]')].map((a) => a.textContent)),
      );
    for (const list of names) expect(new Set(list).size).toBe(list.length);
    // The profile's counts agree with their verbs: "1 is only in this report", never "1 are".
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
  const row = page.getByRole('table', { name: /Sentences of each report/ }).getByRole('row', { name: /^DHS/ });
  const cells = await row.locator('td').allTextContents();
  // Copied, edited and reworded from an earlier report: none.
  expect(cells.slice(1, 4)).toEqual(['0', '0', '0']);
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
  const item = page.locator('.counterpart-list > li').filter({ has: page.locator('a[href="#p2-s1"]') });
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
  const own = row('khatrimaza-republication', 'p4-s1');
  await expect(own).toContainText('Only in Khatrimaza.');
  await expect(own).toContainText('People familiar with the matter said');
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
  const values = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      href: tr.querySelector('th a')!.getAttribute('href')!,
      cells: [...tr.querySelectorAll('td')].map((td) => Number(td.textContent)),
    })),
  );
  for (const { href, cells } of values) {
    const slug = /sources\/([^/]+)\//.exec(href)![1]!;
    const [total, copied, edited, reworded, fromCommon, shared, only] = cells as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    expect(total).toBe(sentences[slug]!.sentences);
    expect(copied + edited + reworded + fromCommon + shared + only).toBe(total);
    expect(total - only).toBe(sentences[slug]!.aligned);
  }
  // From reading: TFIPost (March 2024) rewords the DHS readout (29 February) sentence by sentence.
  const tfipost = values.find((v) => v.href.includes('sources/tfipost/'))!;
  expect(tfipost.cells[3]).toBeGreaterThan(0);
});
