/**
 * Statement pages (issue 26): for a sentence of a report, every counterpart the alignment finds in the other reports,
 * at `statements/<slug>/<sentence anchor>/`. A source page lists at most `COUNTERPARTS_SHOWN` counterparts of each
 * sentence and links to the sentence's statement page (`statementPages(...).pageOf`) for the rest. A page is made only
 * where it adds to the source page's list, so that their number stays bounded at a thousand reports:
 *
 * - a sentence with more counterparts than the source page shows;
 * - in a small dossier (at most MATRIX_LIMIT reports), also a sentence said in at least two other reports: "everyone
 *   who said it" on one page.
 *
 * Sentences that are each other's counterparts share one page (`statementPages`): a wire story's sentence copied by
 * twenty reports is one page, not twenty nearly alike. The page of a sentence lists every counterpart of it, and of
 * every other sentence whose page it is.
 */
import { MATRIX_LIMIT } from '../analysis/reuse/reuse.ts';

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

export interface SentenceRef {
  source: string;
  sentence: string;
}

const keyOf = (s: SentenceRef) => `${s.source}#${s.sentence}`;

export interface StatementPages {
  /** "slug#anchor" of a sentence that has a statement page → "slug#anchor" of the sentence the page is named after. */
  pageOf: Map<string, string>;
  /** "slug#anchor" of a page's sentence → the sentences whose page it is (itself among them where it has one). */
  members: Map<string, SentenceRef[]>;
}

/**
 * Which sentences have a statement page, and which page: a sentence's page is named after the first sentence, in
 * the dossier's order, among it and its counterparts. `sentences` is every article sentence in the dossier's order
 * (reports by date, then reading order).
 */
export function statementPages(
  sentences: readonly SentenceRef[],
  counterpartsOf: (s: SentenceRef) => readonly SentenceRef[],
  reports: number,
): StatementPages {
  const position = new Map(sentences.map((s, i) => [keyOf(s), i]));
  const pageOf = new Map<string, string>();
  const members = new Map<string, SentenceRef[]>();
  for (const sentence of sentences) {
    const counterparts = counterpartsOf(sentence);
    const otherReports = new Set(counterparts.map((c) => c.source)).size;
    if (!hasStatementPage({ sentences: counterparts.length, otherReports }, reports)) continue;
    let first = sentence;
    for (const c of counterparts) if ((position.get(keyOf(c)) ?? Infinity) < position.get(keyOf(first))!) first = c;
    const page = keyOf(first);
    pageOf.set(keyOf(sentence), page);
    const list = members.get(page);
    if (list) list.push(sentence);
    else members.set(page, [sentence]);
  }
  return { pageOf, members };
}
