/** The comparison matrix in pages of reports (src/lib/site/compare-pages.ts). */
import { expect, test } from 'vitest';
import { buildCoverage } from '../../../src/lib/analysis/topics/coverage.ts';
import { article } from '../../helpers/articles.ts';
import { loadTopics } from '../../helpers/content.ts';
import {
  COMPARE_PAGE_SIZE,
  comparePagePath,
  comparePages,
  compareWhole,
  dossierTotals,
} from '../../../src/lib/site/compare-pages.ts';

const reports = (n: number) => Array.from({ length: n }, (_x, i) => `r${i + 1}`);

test('up to fifty reports the whole matrix stands on /compare/, with no pages', () => {
  expect(COMPARE_PAGE_SIZE).toBe(50);
  expect(compareWhole(5)).toBe(true);
  expect(compareWhole(50)).toBe(true);
  expect(compareWhole(51)).toBe(false);
  expect(comparePages(reports(50))).toEqual([]);
});

test('beyond, pages of fifty in the dossier’s order, the last holding the rest', () => {
  const pages = comparePages(reports(1006));
  expect(pages).toHaveLength(21);
  expect(pages[0]).toMatchObject({ n: 1, first: 1, last: 50 });
  expect(pages[0]!.items[0]).toBe('r1');
  expect(pages[1]).toMatchObject({ n: 2, first: 51, last: 100 });
  expect(pages[1]!.items[0]).toBe('r51');
  expect(pages[20]).toMatchObject({ n: 21, first: 1001, last: 1006 });
  expect(pages[20]!.items).toEqual(['r1001', 'r1002', 'r1003', 'r1004', 'r1005', 'r1006']);
});

test('page 1 of the matrix is /compare/reports/, the next /compare/reports/2/', () => {
  expect(comparePagePath(1)).toBe('/compare/reports/');
  expect(comparePagePath(2)).toBe('/compare/reports/2/');
});

test('the dossier-wide totals count each evidence sentence once, whatever its topics, and are worked out once', () => {
  // Labelled by hand: two sentences speak of terrorism, one of them also of cyber-crime (terms of content/topics/counterterrorism.md and cybercrime.md); the third of neither.
  const coverage = buildCoverage(
    [
      { slug: 'a', article: article(['They discussed terrorism.']) },
      { slug: 'b', article: article(['They discussed terrorism and cyber-crime.', 'Nothing else was said.']) },
    ],
    loadTopics(),
  );
  const totals = dossierTotals(coverage);
  expect(totals).toEqual({ totalSentences: 2, coveredTopics: 2 });
  expect(dossierTotals(coverage)).toBe(totals);
});
