/**
 * The comparison matrix in pages (issue 26). A dossier of up to COMPARE_PAGE_SIZE reports shows its whole matrix on
 * /compare/, as it always has; a larger one shows there a summary by topic (how many reports cover it, with how many
 * sentences) and the matrix in pages of COMPARE_PAGE_SIZE reports each, in date order: /compare/reports/, then
 * /compare/reports/2/ and on (Astro's paginate()). A page of the matrix is the size of a whole matrix of that many
 * reports, so no page grows with the dossier.
 *
 * Pure TypeScript; no astro:* import.
 */
import type { Coverage } from '../analysis/topics/coverage.ts';
import { listPagePath } from './links.ts';

/** The most reports (columns) a page of the matrix holds. */
export const COMPARE_PAGE_SIZE = 50;

/** Whether the whole matrix stands on /compare/ itself (a dossier of at most COMPARE_PAGE_SIZE reports). */
export const compareWhole = (reports: number): boolean => reports <= COMPARE_PAGE_SIZE;

/** The path of page `n` (from 1) of the matrix, as src/lib/site/links.ts's `paths` give them. */
export const comparePagePath = (n: number): string => listPagePath('/compare/reports/', n);

export interface ComparePage<T> {
  /** Its number, from 1. */
  n: number;
  /** The position in the dossier (from 1) of its first and last report. */
  first: number;
  last: number;
  items: T[];
}

/** The pages of the matrix for a large dossier (none for a small one, whose matrix stands on /compare/). */
export function comparePages<T>(sources: readonly T[], size = COMPARE_PAGE_SIZE): ComparePage<T>[] {
  if (sources.length <= size) return [];
  const pages: ComparePage<T>[] = [];
  for (let start = 0; start < sources.length; start += size) {
    const items = sources.slice(start, start + size);
    pages.push({ n: pages.length + 1, first: start + 1, last: start + items.length, items });
  }
  return pages;
}

const totals = new WeakMap<Coverage, { totalSentences: number; coveredTopics: number }>();

/**
 * The matrix's dossier-wide totals: distinct evidence sentences, and topics covered by at least one report. Worked
 * out once, not on every page of the matrix.
 */
export function dossierTotals(coverage: Coverage): { totalSentences: number; coveredTopics: number } {
  let known = totals.get(coverage);
  if (!known) {
    known = {
      totalSentences: new Set(
        coverage.cellsWithEvidence().flatMap((c) => c.evidence.map((e) => `${c.source}#${e.sentence}`)),
      ).size,
      coveredTopics: coverage.topics.filter((t) => coverage.topicSummary(t.slug).covered.length > 0).length,
    };
    totals.set(coverage, known);
  }
  return known;
}
