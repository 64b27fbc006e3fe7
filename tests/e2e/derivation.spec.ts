/**
 * Who follows whom as published: dist/data/derivation.json, the picture and its text twin on the overview and
 * /reuse/, the derivation page and each reconstruction page. Counts come from the data, so the spec holds for any
 * dossier; what the five reports must show (the Home Ministry readout as a common source, TFIPost after the DHS
 * readout) comes from reading them. The crawl (site.spec.ts) already visits these pages with axe and checks their
 * anchors; html-validate (build.spec.ts) checks their markup.
 */
import { expect, test, type Page } from '@playwright/test';
import type { DerivationExport } from '../../src/lib/derivation-export.ts';

async function data(request: import('@playwright/test').APIRequestContext): Promise<DerivationExport> {
  const response = await request.get('data/derivation.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  return (await response.json()) as DerivationExport;
}

const edgeKey = (e: { from: string; to: string; statements: number | string }) =>
  `${e.from} -> ${e.to}: ${e.statements}`;

test('derivation.json has the shape the issue gives, and what the five reports show', async ({ request }) => {
  const derivation = await data(request);
  expect(Object.keys(derivation)).toEqual(expect.arrayContaining(['commonSources', 'copyOf', 'edges']));
  const sources = (
    (await (await request.get('data/coverage.json')).json()) as { sources: { slug: string }[] }
  ).sources.map((s) => s.slug);
  const ids = derivation.commonSources.map((c) => c.id);
  for (const c of derivation.commonSources) {
    expect(Object.keys(c).sort()).toEqual(['attributions', 'id', 'label', 'reconstruction', 'witnesses']);
    for (const w of c.witnesses) expect(sources).toContain(w);
    for (const a of c.attributions) expect(c.witnesses).toContain(a.source);
    for (const r of c.reconstruction) {
      expect(Object.keys(r).sort()).toEqual(['apparatus', 'text', 'witnesses']);
      expect(r.text === null || typeof r.text === 'string').toBe(true);
      expect(r.witnesses.length).toBeGreaterThanOrEqual(2);
      // Each difference names a witness and where it stands: words of the text, or the words it follows.
      for (const a of r.apparatus) {
        expect(a.witnesses.length).toBeGreaterThan(0);
        for (const w of a.witnesses) expect(c.witnesses).toContain(w);
        expect(['only', 'adds', 'reads', 'kept', 'lacks']).toContain(a.type);
        if (a.lemma !== null) expect(r.text).toContain(a.lemma);
        if (a.after !== null) expect(r.text!.toLowerCase()).toContain(a.after.toLowerCase());
        expect(a.lemma === null || a.after === null).toBe(true);
      }
    }
  }
  for (const e of derivation.edges) {
    expect(Object.keys(e).sort()).toEqual(['basis', 'from', 'statements', 'to', 'why']);
    expect([...sources, ...ids]).toContain(e.from);
    expect(sources).toContain(e.to);
    expect(e.statements).toBeGreaterThanOrEqual(1);
    // Why, in plain words: a clause after the report's name.
    expect(e.why).toMatch(/^(?:follows|is a copy of) .+ \((?:in|not in) this dossier\)/u);
  }
  // Each copy's original is a report, and the copy has its copy edge from it (none among the five).
  for (const [copy, original] of Object.entries(derivation.copyOf)) {
    expect(sources).toEqual(expect.arrayContaining([copy, original]));
    expect(derivation.edges).toContainEqual(expect.objectContaining({ from: original, to: copy, basis: 'copy' }));
  }
  // From reading the reports: the IANS story and the republished report credit the Home Ministry's readout,
  // which the dossier lacks; TFIPost (March) restates the DHS readout (29 February).
  const ministry = derivation.commonSources.find((c) => c.witnesses.includes('ians-menafn'));
  expect(ministry?.witnesses).toContain('khatrimaza-republication');
  expect(ministry?.label).toMatch(/Ministry of Home Affairs/u);
  expect(derivation.edges.some((e) => e.from === 'dhs-readout' && e.to === 'tfipost')).toBe(true);
  expect(derivation.edges.some((e) => e.to === 'dhs-readout')).toBe(false);
});

/** The edges of the text twin on a page, and what the picture draws. */
async function twinAndPicture(page: Page) {
  const section = page.locator('section.derivation-graph');
  const rows = await section.locator('table.derivation-twin tbody tr').evaluateAll((trs) =>
    trs.map((tr) => ({
      from: tr.getAttribute('data-from')!,
      to: tr.getAttribute('data-to')!,
      statements: tr.getAttribute('data-statements')!,
      text: (tr.textContent ?? '').replace(/\s+/g, ' '),
    })),
  );
  const svg = section.locator('svg.graph');
  return {
    rows,
    arrows: await svg.locator('g.edge').count(),
    labels: await svg.locator('g.edge text').allTextContents(),
    nodes: await svg.locator('g.node').count(),
    absent: await svg.locator('g.node.absent rect[stroke-dasharray]').count(),
    absentText: await svg.locator('g.node.absent').allTextContents(),
  };
}

for (const path of ['index.html', 'derivation/index.html']) {
  test(`${path}: the picture's text twin holds the same edges as derivation.json, and the picture draws them`, async ({
    page,
    request,
  }) => {
    const derivation = await data(request);
    await page.goto(path);
    const { rows, arrows, labels, nodes, absent, absentText } = await twinAndPicture(page);
    expect(rows.map(edgeKey).sort()).toEqual(derivation.edges.map(edgeKey).sort());
    // Each row says the statements in words too.
    for (const row of rows) expect(row.text).toContain(`${row.statements} statement`);
    expect(arrows).toBe(derivation.edges.length);
    expect(labels.sort()).toEqual(
      derivation.edges.map((e) => `${e.statements} statement${e.statements === 1 ? '' : 's'}`).sort(),
    );
    const reports = ((await (await request.get('data/coverage.json')).json()) as { sources: unknown[] }).sources.length;
    expect(nodes).toBe(reports + derivation.commonSources.length);
    // An absent source is drawn dashed and said to be absent in words.
    expect(absent).toBe(derivation.commonSources.length);
    for (const text of absentText) expect(text).toContain('not in this dossier');
    // Each box links to its report (or a reconstruction), each arrow to the two side by side (or the reconstruction).
    const boxLinks = await page
      .locator('svg.graph a:has(g.node)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(boxLinks).toHaveLength(nodes);
    for (const link of boxLinks) expect(link).toMatch(/(sources|derivation)\/[a-z0-9-]+\/index\.html$/u);
    const arrowLinks = await page
      .locator('svg.graph a:has(g.edge)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(arrowLinks).toHaveLength(arrows);
    for (const link of arrowLinks) expect(link).toMatch(/(side-by-side|derivation)\/[a-z0-9-]+\/index\.html$/u);
    // The picture is a group of links with a name; the table is its text twin.
    await expect(page.locator('svg.graph')).toHaveAttribute('role', 'group');
    await expect(page.locator('svg.graph title')).toHaveText(/.+/u);
  });
}

test('each reconstruction is labelled as one, and every witness reading links to its sentence', async ({
  page,
  request,
}) => {
  const derivation = await data(request);
  expect(derivation.commonSources.length).toBeGreaterThan(0);
  const wrong: string[] = [];
  for (const source of derivation.commonSources) {
    await page.goto(`derivation/${source.id}/`);
    await expect(page.getByRole('note')).toContainText('Reconstruction, not a report');
    await expect(page.locator('h1')).toContainText('(reconstructed)');
    const statements = page.locator('ol.statements > li');
    await expect(statements).toHaveCount(source.reconstruction.length);
    for (const [i, statement] of source.reconstruction.entries()) {
      const item = statements.nth(i);
      if (statement.text !== null) await expect(item.locator('.reconstructed')).toContainText(statement.text);
      // The apparatus as derivation.json gives it, each entry with its place in the text.
      const entries = await item.locator('ul.apparatus > li').allTextContents();
      expect(entries).toHaveLength(statement.apparatus.length);
      for (const [k, a] of statement.apparatus.entries()) {
        expect(entries[k]).toContain(`“${a.words}”`);
        if (a.type === 'kept') continue;
        if (a.type === 'lacks') {
          expect(entries[k]).toContain('not in ');
          continue;
        }
        expect(entries[k]).toContain(
          a.lemma !== null
            ? `where the text has “${a.lemma}”`
            : a.after !== null
              ? `after “${a.after}”`
              : 'at the start',
        );
      }
      // The readings' links, in the order of derivation.json's witnesses.
      const anchors = await item
        .locator('ul.readings a')
        .evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent })));
      const links = anchors.map((a) => a.href);
      expect(links.map((href) => new URL(href).hash.slice(1))).toEqual(statement.witnesses.map((w) => w.sentence));
      // Each names its sentence in words: "¶13, sentence 1" for #p13-s1.
      for (const a of anchors) {
        const [, p, n] = /#p(\d+)-s(\d+)$/u.exec(a.href)!;
        expect(a.text).toBe(`¶${p}, sentence ${n}`);
      }
      for (const [j, href] of links.entries()) {
        const witness = statement.witnesses[j]!;
        expect(new URL(href).pathname).toMatch(new RegExp(`/sources/${witness.source}/index\\.html$`, 'u'));
      }
    }
  }
  // Each linked sentence is on its source page, and its text is in the reading shown.
  for (const source of derivation.commonSources) {
    await page.goto(`derivation/${source.id}/`);
    const readings = await page.locator('ul.readings > li').evaluateAll((lis) =>
      lis.map((li) => ({
        text: li.querySelector('.reading')?.textContent ?? '',
        hrefs: [...li.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href),
      })),
    );
    for (const reading of readings) {
      for (const href of reading.hrefs) {
        const url = new URL(href);
        await page.goto(url.pathname.replace(/^\//u, ''));
        const sentence = await page.locator(`[id="${url.hash.slice(1)}"]`).textContent();
        if (sentence === null || !reading.text.includes(sentence)) wrong.push(`${href}: ${sentence}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});
