/**
 * Statement pages (issue 26): for a sentence of a report, every counterpart the alignment finds in the other reports,
 * at `statements/<slug>/<sentence anchor>/`. A source page lists at most `COUNTERPARTS_SHOWN` counterparts of each
 * sentence and links here for the rest; a page is made only where it adds to the source page's list, so that their
 * number stays bounded at a thousand reports:
 *
 * - a sentence with more counterparts than the source page shows;
 * - in a small dossier (at most MATRIX_LIMIT reports), also a sentence said in at least two other reports: "everyone
 *   who said it" on one page.
 *
 * A source page links to `statementPath(slug, sentence)` where `hasStatementPage` holds.
 */
import { MATRIX_LIMIT } from '../reuse.ts';

/** Counterparts of a sentence a source page lists before it links to the sentence's statement page. */
export const COUNTERPARTS_SHOWN = 5;

/** The site path of a sentence's statement page: ("tfipost", "p3-s2") -> "/statements/tfipost/p3-s2/". */
export const statementPath = (slug: string, sentence: string) => `/statements/${slug}/${sentence}/`;

/**
 * Whether a sentence has a statement page: from its counterparts (`sentences`, in how many `otherReports`) and the
 * number of reports in the dossier.
 */
export function hasStatementPage(counterparts: { sentences: number; otherReports: number }, reports: number): boolean {
  return counterparts.sentences > COUNTERPARTS_SHOWN || (reports <= MATRIX_LIMIT && counterparts.otherReports >= 2);
}

export interface CounterpartLike {
  source: string;
  sentence: string;
  kind: string;
  score: number;
}

export interface SameWording<C extends CounterpartLike> {
  /** The counterparts' shared text, as the first of them writes it. */
  text: string;
  /** Best first, as the alignment gives them. */
  counterparts: C[];
}

/**
 * Counterparts grouped by their exact text, so that a sentence carried word for word by many copies is one row
 * naming them all; groups in the order of their best counterpart.
 */
export function groupByWording<C extends CounterpartLike>(
  counterparts: readonly C[],
  textOf: (c: C) => string,
): SameWording<C>[] {
  const groups = new Map<string, SameWording<C>>();
  for (const c of counterparts) {
    const text = textOf(c);
    const group = groups.get(text);
    if (group) group.counterparts.push(c);
    else groups.set(text, { text, counterparts: [c] });
  }
  return [...groups.values()];
}
