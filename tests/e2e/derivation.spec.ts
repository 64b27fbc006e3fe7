/**
 * Who follows whom as published: dist/data/derivation.json, the picture and its text twin on the overview and
 * /reuse/, the derivation page and each reconstruction page. Counts come from the data, so the spec holds for any
 * dossier; what the five reports must show (the Home Ministry readout as a common source, TFIPost after the DHS
 * readout) comes from reading them. The crawl (site.spec.ts) already visits these pages with axe and checks their
 * anchors; html-validate (build.spec.ts) checks their markup.
 */
import { expect, test, type Page } from '@playwright/test';
import type { DerivationExport } from '../../src/lib/open-data/derivation-export.ts';

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
  expect(Object.keys(derivation).sort()).toEqual(['commonSources', 'copyOf', 'edges', 'selfCheck']);
  const sources = (
    (await (await request.get('data/coverage.json')).json()) as { sources: { slug: string }[] }
  ).sources.map((s) => s.slug);
  const ids = derivation.commonSources.map((c) => c.id);
  for (const c of derivation.commonSources) {
    expect(Object.keys(c).sort()).toEqual(['attributions', 'id', 'keptByOne', 'label', 'reconstruction', 'witnesses']);
    for (const w of c.witnesses) expect(sources).toContain(w);
    for (const a of c.attributions) expect(c.witnesses).toContain(a.source);
    for (const r of c.reconstruction) {
      expect(Object.keys(r).sort()).toEqual(['agreement', 'apparatus', 'base', 'kept', 'text', 'witnesses']);
      expect(r.witnesses.length).toBeGreaterThanOrEqual(2);
      if (!r.kept) {
        // A statement the reconstruction leaves out has no wording from anywhere else: only its witnesses.
        expect([r.text, r.base, r.agreement, r.apparatus]).toEqual([null, null, null, []]);
        continue;
      }
      // The base is a witness of the statement; its agreement a share, or null where every witness rewords it.
      expect(r.witnesses.map((w) => w.source)).toContain(r.base);
      if (r.agreement !== null) expect(r.agreement >= 0 && r.agreement <= 1).toBe(true);
      // Every statement the reconstruction keeps has text (issue 22).
      expect(typeof r.text).toBe('string');
      // Each difference names a witness and where it stands: words of the text, or the words it follows.
      for (const a of r.apparatus) {
        expect(a.witnesses.length).toBeGreaterThan(0);
        for (const w of a.witnesses) expect(c.witnesses).toContain(w);
        expect(['only', 'adds', 'reads', 'lacks']).toContain(a.type);
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

const section = (page: Page) => page.locator('section.derivation-graph');

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
  // The shape shown at this width: the wide one on a desktop where it fits, else the narrow one.
  const svg = section.locator('svg.graph:visible');
  await expect(svg).toHaveCount(1);
  return {
    rows,
    svg,
    wide: ((await svg.getAttribute('class')) ?? '').split(/\s+/u).includes('wide'),
    arrows: await svg.locator('g.edge').count(),
    labels: await svg.locator('g.edge text').allTextContents(),
    nodes: await svg.locator('g.node').count(),
    absent: await svg.locator('g.node.absent rect[stroke-dasharray]').count(),
    // A box's lines, joined with spaces (the narrow shape breaks "(not in this dossier)" in two).
    absentText: await svg
      .locator('g.node.absent')
      .evaluateAll((gs) => gs.map((g) => [...g.querySelectorAll('text')].map((t) => t.textContent).join(' '))),
  };
}

/** An arrow's label as a shape draws it: "7 statements" (", a copy") when wide, "7" when narrow. */
const drawnLabel = (e: { statements: number; basis: string }, wide: boolean) =>
  wide
    ? `${e.statements} statement${e.statements === 1 ? '' : 's'}${e.basis === 'copy' ? ', a copy' : ''}`
    : String(e.statements);

for (const path of ['index.html', 'derivation/index.html']) {
  test(`${path}: the picture's text twin holds the same edges as derivation.json, and the picture draws them`, async ({
    page,
    request,
  }) => {
    const derivation = await data(request);
    await page.goto(path);
    const { rows, svg, wide, arrows, labels, nodes, absent, absentText } = await twinAndPicture(page);
    expect(rows.map(edgeKey).sort()).toEqual(derivation.edges.map(edgeKey).sort());
    // Each row says the statements in words too.
    for (const row of rows) expect(row.text).toContain(`${row.statements} statement`);
    expect(arrows).toBe(derivation.edges.length);
    expect(labels.sort()).toEqual(derivation.edges.map((e) => drawnLabel(e, wide)).sort());
    const reports = ((await (await request.get('data/coverage.json')).json()) as { sources: unknown[] }).sources.length;
    expect(nodes).toBe(reports + derivation.commonSources.length);
    // An absent source is drawn dashed and said to be absent in words.
    expect(absent).toBe(derivation.commonSources.length);
    for (const text of absentText) expect(text).toContain('not in this dossier');
    // Each box links to its report (or a reconstruction), each arrow to the two side by side (or the reconstruction).
    const boxLinks = await svg.locator('a:has(g.node)').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(boxLinks).toHaveLength(nodes);
    for (const link of boxLinks) expect(link).toMatch(/(sources|derivation)\/[a-z0-9-]+\/index\.html$/u);
    const arrowLinks = await svg.locator('a:has(g.edge)').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(arrowLinks).toHaveLength(arrows);
    for (const link of arrowLinks) expect(link).toMatch(/(side-by-side|derivation)\/[a-z0-9-]+\/index\.html$/u);
    // The picture is a group of links with a name; the table is its text twin.
    await expect(svg).toHaveAttribute('role', 'group');
    await expect(svg.locator('title')).toHaveText(/.+/u);
    // On a desktop the wide shape is shown where it fits its column; it scrolls only where no narrower shape exists.
    const widths = await section(page).evaluate((el) =>
      Object.fromEntries(
        [...el.querySelectorAll('svg.graph')].map((g) => [
          g.classList.contains('wide') ? 'wide' : 'narrow',
          Number(g.getAttribute('width')),
        ]),
      ),
    );
    const scrolls = await svg.evaluate((g) => {
      const region = g.closest('.graph-scroll')!;
      return region.scrollWidth > region.clientWidth;
    });
    if (wide && scrolls) expect(widths['narrow'] ?? Infinity).toBeGreaterThanOrEqual(widths['wide']!);
  });

  test(`${path}: on a phone the tables of who follows whom are set to fit the screen rather than scroll`, async ({
    page,
  }) => {
    const look = async (width: number) => {
      await page.setViewportSize({ width, height: 844 });
      await page.goto(path);
      return page.locator('table.ruled-table').evaluateAll((tables) =>
        tables.map((t) => {
          const cell = t.querySelector('tbody tr > :first-child')!;
          const px = (v: string) => Number.parseFloat(v);
          // The narrowest the table can be laid out, against the width of its box.
          (t as HTMLElement).style.width = 'min-content';
          const narrowest = t.getBoundingClientRect().width;
          (t as HTMLElement).style.width = '';
          const box = t.closest('.table-scroll')!;
          // The same without its header row: a header word ("Statements") must not hold the table wider than
          // its cells need and than its box (a soft hyphen lets it break).
          const head = t.querySelector('thead') as HTMLElement;
          (t as HTMLElement).style.width = 'min-content';
          head.style.display = 'none';
          const body = t.getBoundingClientRect().width;
          head.style.display = '';
          (t as HTMLElement).style.width = '';
          return {
            headerFits: narrowest <= Math.max(body, box.clientWidth) + 0.5,
            font: px(getComputedStyle(t).fontSize),
            padding: px(getComputedStyle(cell).paddingInlineStart),
            firstInEm: px(getComputedStyle(cell).minInlineSize) / px(getComputedStyle(cell).fontSize),
            fitsAtNarrowest: narrowest <= box.clientWidth,
            scrolls: box.scrollWidth > box.clientWidth,
          };
        }),
      );
    };
    const wide = await look(1280);
    // A common Android width, 30 px under the phone below: the header row still fits.
    for (const narrow of await look(360)) expect(narrow.headerFits).toBe(true);
    const phone = await look(390);
    // Both the twin of the picture and the families' table, where the page has them.
    expect(phone.length).toBe(wide.length);
    expect(phone.length).toBeGreaterThan(0);
    phone.forEach((p, i) => {
      expect(p.font).toBeLessThan(wide[i]!.font);
      expect(p.padding).toBeLessThan(wide[i]!.padding);
      // A long name in the first column wraps over more lines rather than hold the table wider than the screen.
      expect(p.firstInEm).toBeLessThanOrEqual(6);
      expect(wide[i]!.firstInEm).toBeGreaterThan(6);
      // Where its columns can fit the screen, the table does not scroll.
      if (p.fitsAtNarrowest) expect(p.scrolls).toBe(false);
    });
  });

  test(`${path}: on a phone the picture is drawn left to right, its arrows numbered, and shown whole`, async ({
    page,
    request,
  }) => {
    const derivation = await data(request);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const wide = page.locator('svg.graph.wide');
    const narrow = page.locator('svg.graph.narrow');
    // Only where the narrow shape would be no narrower is there none (and the wide one is shown).
    if ((await narrow.count()) === 0) {
      await expect(wide).toBeVisible();
      return;
    }
    await expect(wide).toBeHidden();
    await expect(narrow).toBeVisible();
    expect(await narrow.locator('g.edge').count()).toBe(derivation.edges.length);
    expect((await narrow.locator('g.edge text').allTextContents()).sort()).toEqual(
      derivation.edges.map((e) => String(e.statements)).sort(),
    );
    const reports = ((await (await request.get('data/coverage.json')).json()) as { sources: unknown[] }).sources.length;
    expect(await narrow.locator('a:has(g.node)').count()).toBe(reports + derivation.commonSources.length);
    // Each arrow's name says in words what its number counts, and that a copy is one.
    const names = await narrow
      .locator('a:has(g.edge)')
      .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label')));
    for (const name of names) expect(name).toMatch(/follows .+, \d+ statements?/u);
    const copies = derivation.edges.filter((e) => e.basis === 'copy').length;
    expect(names.filter((name) => /, a copy:/u.test(name ?? ''))).toHaveLength(copies);
    expect(await narrow.locator('g.edge.copy').count()).toBe(copies);
    // One generation of followers (no report follows a follower) fits the column whole: nothing to scroll.
    const followers = new Set(derivation.edges.map((e) => e.to));
    if (!derivation.edges.some((e) => followers.has(e.from))) {
      const region = page.locator('.narrow-picture');
      expect(await region.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
  });
}

test('derivation.json gives the self-check, or why there is none', async ({ request }) => {
  const { selfCheck } = await data(request);
  expect(selfCheck).toBeDefined();
  if (selfCheck!.recall === null) {
    expect(selfCheck!.reason).toMatch(/\w/u);
    expect(selfCheck!.precision).toBeNull();
    expect(selfCheck!.foundByDerivation).toBeNull();
  } else {
    expect(selfCheck!.reason).toBeNull();
    expect(selfCheck!.recall).toBeGreaterThanOrEqual(0);
    expect(selfCheck!.precision).toBeLessThanOrEqual(1);
    expect(selfCheck!.witnesses).not.toContain(selfCheck!.readout);
  }
});

test('the self-check page gives derivation.json’s figures, or why there are none', async ({ page, request }) => {
  const { selfCheck } = await data(request);
  await page.goto('derivation/self-check/');
  // The label, then the page's own words, a space between (ReconstructionNotice).
  await expect(page.getByRole('note')).toHaveText(/^Reconstruction, not a report\.\s+\S/u);
  const section = page.locator('section.self-check');
  if (selfCheck!.recall === null) {
    await expect(section).toContainText(`No self-check is possible on this dossier: ${selfCheck!.reason}.`);
    await expect(page.locator('.reconstructed-text')).toHaveCount(0);
  } else {
    await expect(section).toContainText(`Recall: ${(selfCheck!.recall * 100).toFixed(1)}%`);
    await expect(section).toContainText(`Precision: ${(selfCheck!.precision! * 100).toFixed(1)}%`);
    // Whether the derivation found the followers' source by itself, or was given them as its witnesses, as the data
    // says.
    await expect(section).toContainText(
      selfCheck!.foundByDerivation
        ? 'the derivation finds the text they follow by itself'
        : 'so the followers were taken as its witnesses',
    );
    // The rebuilt readout comes first, whole.
    await expect(page.locator('main h2').first()).toHaveText('The reconstructed text');
    const text = (await page.locator('.reconstructed-text .text').textContent())!.replace(/\s+/gu, ' ');
    for (const t of selfCheck!.text) expect(text).toContain(t);
  }
});

test('each reconstruction page starts with the whole text, labelled as a reconstruction', async ({ page, request }) => {
  const derivation = await data(request);
  expect(derivation.commonSources.length).toBeGreaterThan(0);
  for (const source of derivation.commonSources) {
    await page.goto(`derivation/${source.id}/`);
    await expect(page.getByRole('note')).toHaveText(
      /^Reconstruction, not a report\.\s+This text is not in the dossier\./u,
    );
    await expect(page.locator('h1')).toContainText('(reconstructed)');
    // The first section after the title is the text: every statement, in order, each numbered.
    await expect(page.locator('main h2').first()).toHaveText('The reconstructed text');
    await expect(page.locator('.reconstructed-text .label')).toContainText('Reconstruction');
    const text = (await page.locator('.reconstructed-text .text').textContent())!.replace(/\s+/gu, ' ');
    const kept = source.keptByOne ?? [];
    // The statements the reconstruction keeps (derivation.json: kept); the page shows no other.
    const shownStatements = source.reconstruction.filter((r) => r.kept);
    const statements = [...shownStatements.map((r) => r.text!), ...kept.map((k) => k.text)];
    let from = 0;
    for (const r of shownStatements) {
      const at = text.indexOf(r.text!, from);
      expect(at, r.text!).toBeGreaterThanOrEqual(0);
      from = at;
    }
    for (const k of kept) expect(text).toContain(k.text);
    // A statement every witness rewords is one witness's words, and the text says whose, right after it: the base
    // its apparatus names.
    for (const r of shownStatements) {
      if (r.agreement !== null) continue;
      const after = text.slice(text.indexOf(r.text!) + r.text!.length);
      const name = /^ \((.+?)’s words: every report rewords this statement\)/u.exec(after)?.[1];
      expect(name, r.text!).toBeDefined();
      const apparatus = page.locator('details.statement', { has: page.locator('p.quote', { hasText: r.text! }) });
      await expect(apparatus.locator('summary')).toContainText(`base ${name!}`);
    }
    expect(text.split('every report rewords this statement').length - 1).toBe(
      shownStatements.filter((r) => r.agreement === null).length,
    );
    await expect(page.locator('.reconstructed-text a.n')).toHaveCount(statements.length);
    // Each number leads to its statement's folded apparatus.
    const targets = await page
      .locator('.reconstructed-text a.n')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).hash.slice(1)));
    for (const id of targets) await expect(page.locator(`details.statement[id="${id}"]`)).toHaveCount(1);
    await expect(page.locator('details.statement')).toHaveCount(statements.length);
  }
});

test('every apparatus reading and every reading links to its sentence', async ({ page, request }) => {
  // It visits every page a reading links to: a crawl, given a crawl's time.
  test.setTimeout(120_000);
  const derivation = await data(request);
  const wrong: string[] = [];
  for (const source of derivation.commonSources) {
    await page.goto(`derivation/${source.id}/`);
    // Each statement's text, apparatus links, readings' links and counts of what is not shown, read at once.
    const shown = await page.locator('details.statement').evaluateAll((items) =>
      items.map((item) => ({
        id: item.id,
        quote: item.querySelector('.quote')?.textContent ?? '',
        entries: [...item.querySelectorAll('ul.apparatus > li')].map((li) =>
          [...li.querySelectorAll('a')].map((a) => (a as HTMLAnchorElement).href),
        ),
        readings: [...item.querySelectorAll('ul.readings a')].map((a) => ({
          href: (a as HTMLAnchorElement).href,
          text: a.textContent,
        })),
        more: [...item.querySelectorAll('.more')].map((p) => p.textContent ?? '').join(' '),
      })),
    );
    for (const [i, statement] of source.reconstruction.entries()) {
      if (!statement.kept) continue;
      const item = shown.find((x) => x.id === `s${i + 1}`);
      expect(item, `s${i + 1}`).toBeDefined();
      expect(item!.quote).toBe(statement.text);
      const sentencesOf = new Map<string, string[]>();
      for (const w of statement.witnesses)
        sentencesOf.set(w.source, [...(sentencesOf.get(w.source) ?? []), w.sentence]);
      // The apparatus entries shown are derivation.json's; those not shown are counted.
      if (item!.entries.length < statement.apparatus.length) expect(item!.more).toContain('more difference');
      for (const links of item!.entries) {
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) {
          const url = new URL(href);
          const witness = /\/sources\/([^/]+)\/index\.html$/u.exec(url.pathname)?.[1];
          if (!witness || !sentencesOf.get(witness)?.includes(url.hash.slice(1))) wrong.push(`apparatus ${href}`);
        }
      }
      // Each reading names its sentences in words ("¶13, sentence 1" for #p13-s1) and links to them.
      expect(item!.readings.length).toBeGreaterThan(0);
      for (const a of item!.readings) {
        const [, p, n] = /#p(\d+)-s(\d+)$/u.exec(a.href)!;
        expect(a.text).toBe(`¶${p}, sentence ${n}`);
        const witness = /\/sources\/([^/]+)\/index\.html#/u.exec(a.href)?.[1];
        if (!sentencesOf.get(witness!)?.includes(`p${p}-s${n}`)) wrong.push(`reading ${a.href}`);
      }
    }
  }
  // Each linked sentence is on its source page, and its text is in the reading shown (each page visited once).
  const expected = new Map<string, { id: string; reading: string; href: string }[]>();
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
        const path = url.pathname.replace(/^\//u, '');
        expected.set(path, [...(expected.get(path) ?? []), { id: url.hash.slice(1), reading: reading.text, href }]);
      }
    }
  }
  for (const [path, sentences] of expected) {
    await page.goto(path);
    const texts = await page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.textContent ?? null),
      sentences.map((x) => x.id),
    );
    sentences.forEach((x, i) => {
      if (texts[i] === null || !x.reading.includes(texts[i]!)) wrong.push(`${x.href}: ${texts[i]}`);
    });
  }
  expect(wrong).toEqual([]);
});
