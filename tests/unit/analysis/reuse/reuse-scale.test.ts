import { describe, expect, test } from 'vitest';
import {
  MATRIX_LIMIT,
  PAIR_PAGE_LIMIT,
  STOCK_PHRASE_REPORTS,
  analyseReuse,
  pairsWithPages,
} from '../../../../src/lib/analysis/reuse/reuse.ts';
import { reuseExport } from '../../../../src/lib/open-data/reuse-export.ts';

const doc = (id: string, ...paragraphs: string[]) => ({
  id,
  paragraphs: paragraphs.map((text, i) => ({ anchor: `p${i + 1}`, text })),
});

// Every report names the academy in full (a stock phrase); only r0 and r1 share a sentence of their own.
const ACADEMY = 'the Sardar Vallabhbhai Patel National Police Academy in Hyderabad';
const SHARED = 'cooperation could look at joint monitoring of the supply of the drug';
function corpus(size: number) {
  return Array.from({ length: size }, (_, i) =>
    doc(
      `r${i}`,
      `Report ${i} mentions ${ACADEMY} once.`,
      i < 2 ? `They said ${SHARED} in March.` : `Nothing else ${i} here at all today.`,
    ),
  );
}

describe('stock phrases: a run found in more reports than the limit makes no pairs', () => {
  test('with more reports than the limit, only the pair that shares its own wording is listed', () => {
    const analysis = analyseReuse(corpus(STOCK_PHRASE_REPORTS + 5));
    expect(analysis.pairs.map((p) => [p.a, p.b])).toEqual([['r0', 'r1']]);
    // "Sardar Vallabhbhai Patel National Police Academy in Hyderabad" holds 5-word runs in every report.
    expect(analysis.stockPhrases).toBeGreaterThan(0);
    const passages = analysis.pairs[0]!.passages!.map((p) => p.a.text);
    expect(passages).toEqual([`They said ${SHARED} in March`]);
  });

  test('at or below the limit the same phrase is reuse like any other', () => {
    const analysis = analyseReuse(corpus(STOCK_PHRASE_REPORTS));
    expect(analysis.stockPhrases).toBe(0);
    // Every pair shares the academy's name: n(n-1)/2 pairs.
    expect(analysis.pairs).toHaveLength((STOCK_PHRASE_REPORTS * (STOCK_PHRASE_REPORTS - 1)) / 2);
  });

  test('the limit can be set', () => {
    expect(analyseReuse(corpus(6), { maxReports: 3 }).pairs.map((p) => [p.a, p.b])).toEqual([['r0', 'r1']]);
  });
});

describe('pairsWithPages', () => {
  test('at most the limit, the most shared first', () => {
    const analysis = analyseReuse(corpus(STOCK_PHRASE_REPORTS));
    const paged = pairsWithPages(analysis, 10);
    expect(paged).toHaveLength(10);
    // r0 and r1 share the academy and their own sentence: they rank first.
    expect([paged[0]!.a, paged[0]!.b]).toEqual(['r0', 'r1']);
    expect(pairsWithPages(analysis)).toHaveLength(Math.min(PAIR_PAGE_LIMIT, analysis.pairs.length));
  });
});

describe('a large dossier: passages for the pairs that share most, figures for every pair', () => {
  // Three reports quote one phrase ("… of the drug in"), and r0–r1 also share a sentence: r0–r1 share most.
  const corpus = [
    doc('r0', `Alpha said ${SHARED} in March.`, 'Then the delegations met the press at the academy.'),
    doc('r1', `Beta wrote ${SHARED} in April.`, 'Then the delegations met the press at the academy.'),
    doc('r2', `Gamma heard ${SHARED} in May.`),
  ];

  test('passageLimit: only the top-ranked pairs have passages, and their figures do not change', () => {
    const all = analyseReuse(corpus);
    const limited = analyseReuse(corpus, { passageLimit: 1 });
    expect(limited.pairs.map(({ passages: _, ...figures }) => figures)).toEqual(
      all.pairs.map(({ passages: _, ...figures }) => figures),
    );
    expect(limited.pairs.map((p) => [p.a, p.b, p.passages === null])).toEqual([
      ['r0', 'r1', false],
      ['r0', 'r2', true],
      ['r1', 'r2', true],
    ]);
    expect(limited.pairs[0]!.passages).toEqual(all.pairs[0]!.passages);
    expect(limited.pairs[0]!.passages!.map((p) => p.a.text)).toEqual([
      `${SHARED} in`,
      'Then the delegations met the press at the academy',
    ]);
  });

  test('pairsWithPages refuses an analysis whose passages were not looked for', () => {
    const limited = analyseReuse(corpus, { passageLimit: 1 });
    expect(pairsWithPages(limited, 1).map((p) => `${p.a}-${p.b}`)).toEqual(['r0-r1']);
    expect(() => pairsWithPages(limited, 2)).toThrow(
      'the passages of r0 and r2 were not found: analyse with a passageLimit of at least 2',
    );
  });

  test('reuse.json: passages null where not looked for, and no empty pairs beyond MATRIX_LIMIT reports', () => {
    const many = [
      ...corpus,
      ...Array.from({ length: MATRIX_LIMIT }, (_, i) => doc(`q${i}`, `Unrelated words number ${i} stand alone here.`)),
    ];
    const exported = reuseExport(analyseReuse(many, { passageLimit: 1 }));
    expect(exported.emptyPairs).toBe(false);
    expect(exported.passagesFor).toBe(1);
    expect(exported.pairs.map((p) => [p.a, p.b, p.passages === null])).toEqual([
      ['r0', 'r1', false],
      ['r0', 'r2', true],
      ['r1', 'r2', true],
    ]);
    // A small dossier lists its empty pairs too.
    const small = reuseExport(analyseReuse(many.slice(0, MATRIX_LIMIT)));
    expect(small.emptyPairs).toBe(true);
    expect(small.pairs).toHaveLength((MATRIX_LIMIT * (MATRIX_LIMIT - 1)) / 2);
  });
});
