import { describe, expect, test } from 'vitest';
import { PAIR_PAGE_LIMIT, STOCK_PHRASE_REPORTS, analyseReuse, pairsWithPages } from '../../src/lib/reuse.ts';

const doc = (id: string, ...paragraphs: string[]) => ({
  id,
  paragraphs: paragraphs.map((text, i) => ({ anchor: `p${i + 1}`, text })),
});

// Every report names the academy in full (a stock phrase); only r0 and r1 share a sentence of their own.
const ACADEMY = 'the Sardar Vallabhbhai Patel National Police Academy in Hyderabad';
const SHARED = 'cooperation could look at joint monitoring of the supply of the drug';
function corpus(size: number) {
  return Array.from({ length: size }, (_, i) =>
    doc(`r${i}`, `Report ${i} mentions ${ACADEMY} once.`, i < 2 ? `They said ${SHARED} in March.` : `Nothing else ${i} here at all today.`),
  );
}

describe('stock phrases: a run found in more reports than the limit makes no pairs', () => {
  test('with more reports than the limit, only the pair that shares its own wording is listed', () => {
    const analysis = analyseReuse(corpus(STOCK_PHRASE_REPORTS + 5));
    expect(analysis.pairs.map((p) => [p.a, p.b])).toEqual([['r0', 'r1']]);
    // "Sardar Vallabhbhai Patel National Police Academy in Hyderabad" holds 5-word runs in every report.
    expect(analysis.stockPhrases).toBeGreaterThan(0);
    const passages = analysis.pairs[0]!.passages.map((p) => p.a.text);
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
