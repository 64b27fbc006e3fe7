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
 * One page per statement, not per sentence (`statementPages`): a wire story's sentence copied and edited by twenty
 * reports is one page, not twenty nearly alike. Sentences join one statement through copied and edited pairs only,
 * each close in its words to the statement's first sentence, after which the page is named; the page lists every
 * counterpart of every sentence whose page it is.
 */
import { type CounterpartKind, type Statement, kindOf } from '../analysis/alignment/index.ts';
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

/** A counterpart as `statementPages` reads it: the sentence, and the kind of its pair with the one asked about. */
export interface LinkedRef extends SentenceRef {
  kind: CounterpartKind;
}

/**
 * The kinds of pair through which sentences join one statement page: copies and edits. A reworded pair never joins
 * two sentences' pages: one sentence can restate two different statements in other words, and would chain them.
 */
export const JOINING_KINDS: ReadonlySet<CounterpartKind> = new Set(['verbatim', 'edited']);

/**
 * Whether a sentence is close in its words to a statement's first sentence: the alignment's own kinds (`kindOf`),
 * asked of the two directly; a copy or an edit is close, a rewording is not.
 */
export function wordsClose(first: Statement, sentence: Statement): boolean {
  return kindOf(first, sentence) !== 'reworded';
}

const keyOf = (s: SentenceRef) => `${s.source}#${s.sentence}`;

export interface StatementPages {
  /**
   * "slug#anchor" of a sentence that links to a statement page → "slug#anchor" of the sentence the page is named
   * after: each sentence with a page (`hasStatementPage`), and each page's own sentence.
   */
  pageOf: Map<string, string>;
  /**
   * "slug#anchor" of a page's sentence → the sentences whose page it is, in the dossier's order, the page's own
   * sentence first.
   */
  members: Map<string, SentenceRef[]>;
}

/**
 * The parts of the graph of joining pairs (copies and edits) that hold `from`: "slug#anchor" → a number per part.
 */
function joinedParts(from: readonly SentenceRef[], linked: (s: SentenceRef) => readonly LinkedRef[]) {
  const part = new Map<string, number>();
  let next = 0;
  for (const start of from) {
    if (part.has(keyOf(start))) continue;
    const id = next++;
    part.set(keyOf(start), id);
    const stack = [start];
    for (let s = stack.pop(); s; s = stack.pop())
      for (const c of linked(s))
        if (JOINING_KINDS.has(c.kind) && !part.has(keyOf(c))) {
          part.set(keyOf(c), id);
          stack.push(c);
        }
  }
  return part;
}

/**
 * Which sentences have a statement page, and which page: one page per statement, not per sentence.
 *
 * Sentences join one statement through their copied and edited pairs (never reworded ones: `JOINING_KINDS`), and
 * only where their words are close to the statement's first sentence (`closeTo(first, sentence)`: the same words,
 * most of them in the same order), so that a chain of edits cannot drift from one statement to another. Taken in
 * the dossier's order, a sentence joins the first page, among those of sentences it is joined to, whose sentence it
 * is close to, or starts one. The page is named after that first sentence. `sentences` is every article sentence in
 * the dossier's order (reports by date, then reading order).
 */
export function statementPages(
  sentences: readonly SentenceRef[],
  counterpartsOf: (s: SentenceRef) => readonly LinkedRef[],
  reports: number,
  closeTo: (first: SentenceRef, sentence: SentenceRef) => boolean,
): StatementPages {
  const position = new Map(sentences.map((s, i) => [keyOf(s), i]));
  const withPage = sentences.filter((s) => {
    const counterparts = counterpartsOf(s);
    const otherReports = new Set(counterparts.map((c) => c.source)).size;
    return hasStatementPage({ sentences: counterparts.length, otherReports }, reports);
  });
  const part = joinedParts(withPage, counterpartsOf);
  // Those that may name a page: the sentences with one, and the sentences they are copied or edited from.
  const named = new Map(withPage.map((s) => [keyOf(s), s]));
  for (const s of withPage)
    for (const c of counterpartsOf(s))
      if (JOINING_KINDS.has(c.kind) && position.has(keyOf(c)) && !named.has(keyOf(c)))
        named.set(keyOf(c), { source: c.source, sentence: c.sentence });
  const candidates = [...named.values()].sort((x, y) => position.get(keyOf(x))! - position.get(keyOf(y))!);
  const firsts = new Map<number, SentenceRef[]>();
  const pageOf = new Map<string, string>();
  const members = new Map<string, SentenceRef[]>();
  const own = new Set(withPage.map(keyOf));
  for (const s of candidates) {
    let starts = firsts.get(part.get(keyOf(s))!);
    if (!starts) firsts.set(part.get(keyOf(s))!, (starts = []));
    let first = starts.find((f) => closeTo(f, s));
    if (!first) starts.push((first = s));
    if (!own.has(keyOf(s))) continue;
    const page = keyOf(first);
    pageOf.set(keyOf(s), page);
    const list = members.get(page);
    if (list) list.push(s);
    else members.set(page, first === s ? [s] : [first, s]);
  }
  for (const page of members.keys()) pageOf.set(page, page);
  return { pageOf, members };
}

/** A sentence a statement page lists, and how it restates the page's own sentence. */
export interface Listed extends SentenceRef {
  /** The pair's kind and score with the page's own sentence, where the alignment pairs the two. */
  direct: { kind: CounterpartKind; score: number } | null;
  /**
   * Where the alignment does not pair it with the page's sentence (it keeps a sentence's few best pairs): a sentence
   * whose page this is is a copy or an edit of the page's sentence by their words (statementPages joins no other),
   * and which; null for any other.
   */
  byWords: 'verbatim' | 'edited' | null;
}

/**
 * What the page of `own` lists: every counterpart of every sentence whose page it is (`members`), and those
 * sentences, but `own`: those the alignment pairs with `own` first, as it orders them (best first); then the other
 * sentences whose page it is, then the rest, each in the dossier's order (`reportOrder`, stable within a report).
 */
export function statementListing(
  own: SentenceRef,
  members: readonly SentenceRef[],
  counterpartsOf: (s: SentenceRef) => readonly (LinkedRef & { score: number })[],
  statementOf: (s: SentenceRef) => Statement,
  reportOrder: (source: string) => number,
): Listed[] {
  const listed = new Map<string, Listed>();
  for (const c of counterpartsOf(own))
    listed.set(keyOf(c), {
      source: c.source,
      sentence: c.sentence,
      direct: { kind: c.kind, score: c.score },
      byWords: null,
    });
  const first = statementOf(own);
  const seen = (s: SentenceRef) => keyOf(s) === keyOf(own) || listed.has(keyOf(s));
  for (const m of members)
    if (!seen(m))
      listed.set(keyOf(m), {
        source: m.source,
        sentence: m.sentence,
        direct: null,
        byWords: kindOf(first, statementOf(m)) === 'verbatim' ? 'verbatim' : 'edited',
      });
  for (const m of members)
    for (const c of counterpartsOf(m))
      if (!seen(c)) listed.set(keyOf(c), { source: c.source, sentence: c.sentence, direct: null, byWords: null });
  const byOrder = (a: Listed, b: Listed) => reportOrder(a.source) - reportOrder(b.source);
  const all = [...listed.values()];
  return [
    ...all.filter((l) => l.direct !== null),
    ...all.filter((l) => l.byWords !== null).sort(byOrder),
    ...all.filter((l) => l.direct === null && l.byWords === null).sort(byOrder),
  ];
}
