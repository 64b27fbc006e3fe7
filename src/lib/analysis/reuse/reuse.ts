/**
 * Text reuse between reports: how much of one report's wording reappears in another, and where.
 *
 * The steps, each its own function (as jsdiff separates tokenising from comparing):
 * 1. `reuseTokens` (src/lib/analysis/reuse/reuse-passages.ts): a paragraph's words with their offsets (src/lib/text/words.ts), each in
 *    its plain form: case, apostrophes and abbreviation full stops folded away ("India’s" = "Indias", "U.S." = "US");
 *    shingles are word n-grams inside one paragraph (a shared passage never runs across a paragraph break).
 * 2. `indexShingles`: an index from shingle to the reports that contain it, so that only pairs sharing at least one
 *    shingle are compared (with a thousand reports most pairs share nothing, and are never looked at).
 * 3. `countPairs`: containment in both directions, for every pair that shares a shingle.
 * 4. `findPassages`: for the pairs that share most (every pair of a small dossier), the maximal shared passages
 *    mapped back to the exact text of both reports (`passagesOf`, src/lib/analysis/reuse/reuse-passages.ts).
 * `analyseReuse` runs them in that order.
 *
 * Containment of A in B is |S(A) ∩ S(B)| / |S(A)|, where S(X) is the set of X's shingles: the share of A's
 * distinct word sequences that B also has. It is asymmetric on purpose: a short wire story copied whole into a long
 * rewrite is 100% contained in it, while the rewrite is only partly contained in the wire story.
 *
 * Pure TypeScript over plain data (src/lib/content/article.ts paragraphs); no astro:* import.
 */
import {
  type DocumentDetail,
  type ParagraphWords,
  type Passage,
  type PassageSide,
  type ReuseDocument,
  ShingleKeys,
  detailOf,
  passagesOf,
  plainWords,
} from './reuse-passages.ts';
import { ShingleTable } from './shingle-table.ts';

export {
  type Passage,
  type PassageSide,
  type ReuseDocument,
  type ReuseParagraph,
  type Token,
  reuseTokens,
} from './reuse-passages.ts';

/**
 * Shingle length in words. Five words: long enough that the stock phrases every report of this meeting uses ("the
 * two sides", "law enforcement cooperation", "in New Delhi", "Homeland Security Dialogue") do not count as reuse on
 * their own, short enough that a copied sentence whose wording was touched every few words (the wire story and the
 * republished report both edit the Home Ministry's readout that way) still shows. At 8 words and more, the DHS
 * readout's wording in TFIPost's rewrite (which changes a word every five or six) mostly disappears; at 3 or 4, the
 * names and stock phrases that all five reports share drown the real reuse. tests/unit/analysis/reuse/reuse-sources.test.ts
 * checks the ranking this gives on the five reports.
 */
export const DEFAULT_SHINGLE_WORDS = 5;

export interface ReusePair {
  a: string;
  b: string;
  /** Distinct shingles the two share. */
  shared: number;
  /** Share of A's distinct shingles found in B. */
  aInB: number;
  /** Share of B's distinct shingles found in A. */
  bInA: number;
  /**
   * The maximal shared passages, in A's order; null where they were not looked for (beyond the `passageLimit`
   * pairs that share most: finding passages is the costly part, and only those pairs get a page).
   */
  passages: Passage[] | null;
}

export interface ReuseAnalysis {
  /** Shingle length in words. */
  n: number;
  /** Distinct runs left out as stock phrases (found in more than STOCK_PHRASE_REPORTS reports). */
  stockPhrases: number;
  /** Report ids in the order given. */
  documents: string[];
  /** Distinct shingles per report. */
  shingleCounts: Record<string, number>;
  /** Every pair that shares at least one shingle, a before b in the order given; pairs not listed share nothing. */
  pairs: ReusePair[];
}

/** Rounded so that the exported numbers are stable across platforms and easy to read. */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000;
}

/**
 * A run of words found in more than this many reports is a stock phrase of the whole corpus (an official's full
 * title, an institution's name), not evidence that two particular reports share wording: it is left out of the
 * pairs, their containment and their passages. With the five reports of this dossier it never applies; with
 * hundreds it keeps the phrase every report uses from making every report a pair of every other (the cost would
 * grow with the square of the reports). The /reuse/ page says so.
 */
export const STOCK_PHRASE_REPORTS = 25;

export interface ReuseOptions {
  /** Shingle length in words; DEFAULT_SHINGLE_WORDS unless given. */
  n?: number;
  /** Runs found in more reports than this are stock phrases; STOCK_PHRASE_REPORTS unless given. */
  maxReports?: number;
  /**
   * For how many pairs to find the shared passages, the pairs that share most first (rankPairs' order): finding
   * them is the costly part of the analysis. Every pair unless given; the build asks for PAIR_PAGE_LIMIT, the pairs
   * that get a page. The figures (shared runs, containment) are computed for every pair either way.
   */
  passageLimit?: number;
}

/**
 * The dossier's shingle index. Each distinct shingle gets a number; each report keeps the numbers of its own, once
 * each, in one flat list (report d's are ownIds[ownStart[d]] to ownIds[ownStart[d + 1]]), and each shingle its
 * holders in the order given (holders[holderStart[id]] to holders[holderStart[id + 1]]). Flat lists of numbers
 * rather than an array per shingle: a thousand reports have hundreds of thousands of shingles.
 */
export interface ShingleIndex {
  keysOf: ShingleKeys;
  /** Each shingle's number, from its words' (and from its key, for the passages). */
  shingleIds: ShingleTable;
  /** Per shingle: how many reports hold it. */
  holderCount: number[];
  ownIds: number[];
  ownStart: number[];
  holderStart: Int32Array;
  holders: Int32Array;
}

/** Step 1: the shingle index of the reports, in the order given. */
export function indexShingles(documents: readonly ReuseDocument[], n: number): ShingleIndex {
  const shingleIds = new ShingleTable(n);
  const keysOf = new ShingleKeys(n);
  /** Per shingle: the last report that holds it (reports are read in order). */
  const lastHolder: number[] = [];
  const holderCount: number[] = [];
  const ownIds: number[] = [];
  const ownStart: number[] = [0];
  // A paragraph that recurs word for word (a wire story's, in every copy) is read once.
  const paragraphShingles = new Map<string, number[]>();
  const shinglesOf = (text: string) => {
    let ids = paragraphShingles.get(text);
    if (ids) return ids;
    const words = keysOf.wordIds(plainWords(text));
    ids = [];
    for (let start = 0; start + n <= words.length; start++) {
      const id = shingleIds.idAt(words, start);
      if (id === lastHolder.length) {
        lastHolder.push(-1);
        holderCount.push(0);
      }
      ids.push(id);
    }
    paragraphShingles.set(text, ids);
    return ids;
  };
  documents.forEach((doc, d) => {
    for (const paragraph of doc.paragraphs) {
      for (const id of shinglesOf(paragraph.text)) {
        if (lastHolder[id] !== d) {
          lastHolder[id] = d;
          holderCount[id]!++;
          ownIds.push(id);
        }
      }
    }
    ownStart.push(ownIds.length);
  });
  const holderStart = new Int32Array(holderCount.length + 1);
  for (let id = 0; id < holderCount.length; id++) holderStart[id + 1] = holderStart[id]! + holderCount[id]!;
  const holders = new Int32Array(ownIds.length);
  const filled = holderStart.slice(0, -1);
  for (let d = 0; d < documents.length; d++) {
    for (let k = ownStart[d]!; k < ownStart[d + 1]!; k++) holders[filled[ownIds[k]!]!++] = d;
  }
  return { keysOf, shingleIds, holderCount, ownIds, ownStart, holderStart, holders };
}

/** Distinct shingles of report d. */
const ownCount = (index: ShingleIndex, d: number) => index.ownStart[d + 1]! - index.ownStart[d]!;

/**
 * Step 2: every pair that shares a shingle, with its containment both ways. Report by report (i), the number of
 * shingles it shares with each later report (j > i), counted in an array with a slot per report and emptied after
 * each i: the pairs come out in order, i then j, and only pairs that share something are ever touched. A shingle
 * found in more than maxReports reports is a stock phrase and makes no pairs.
 */
export function countPairs(documents: readonly ReuseDocument[], index: ShingleIndex, maxReports: number): ReusePair[] {
  const { ownIds, ownStart, holderCount, holderStart, holders } = index;
  const pairs: ReusePair[] = [];
  const sharedWith = new Int32Array(documents.length);
  for (let i = 0; i < documents.length; i++) {
    const touched: number[] = [];
    for (let k = ownStart[i]!; k < ownStart[i + 1]!; k++) {
      const id = ownIds[k]!;
      const count = holderCount[id]!;
      if (count < 2 || count > maxReports) continue;
      for (let h = holderStart[id]!; h < holderStart[id + 1]!; h++) {
        const j = holders[h]!;
        if (j <= i) continue;
        if (sharedWith[j] === 0) touched.push(j);
        sharedWith[j]!++;
      }
    }
    for (const j of touched.sort((x, y) => x - y)) {
      const count = sharedWith[j]!;
      sharedWith[j] = 0;
      pairs.push({
        a: documents[i]!.id,
        b: documents[j]!.id,
        shared: count,
        aInB: ratio(count, ownCount(index, i)),
        bInA: ratio(count, ownCount(index, j)),
        passages: null,
      });
    }
  }
  return pairs;
}

/**
 * Step 3: the passages of the pairs given (set on each pair), each report's words with their offsets and
 * positions made once, stock phrases left out.
 */
export function findPassages(
  documents: readonly ReuseDocument[],
  index: ShingleIndex,
  pairs: readonly ReusePair[],
  maxReports: number,
): void {
  const position = new Map(documents.map((d, i) => [d.id, i]));
  const details = new Map<number, DocumentDetail>();
  const known: ParagraphWords = new Map();
  const detail = (d: number) => details.get(d) ?? details.set(d, detailOf(documents[d]!, index.keysOf, known)).get(d)!;
  const isStock = (key: string) => index.holderCount[index.shingleIds.idOfKey(key)]! > maxReports;
  for (const pair of pairs) {
    const a = detail(position.get(pair.a)!);
    const b = detail(position.get(pair.b)!);
    const keys = [...a.shingles.keys()].filter((key) => b.shingles.has(key) && !isStock(key));
    pair.passages = passagesOf(a, b, index.keysOf.n, keys);
  }
}

/** Containment and shared passages for every pair of reports that share any wording. */
export function analyseReuse(documents: readonly ReuseDocument[], options: ReuseOptions = {}): ReuseAnalysis {
  const n = options.n ?? DEFAULT_SHINGLE_WORDS;
  if (!Number.isInteger(n) || n < 1) throw new Error(`shingle length must be a positive whole number, not ${n}`);
  const seen = new Set<string>();
  for (const doc of documents) {
    if (seen.has(doc.id)) throw new Error(`report "${doc.id}" is given twice`);
    seen.add(doc.id);
  }
  const index = indexShingles(documents, n);
  const maxReports = options.maxReports ?? STOCK_PHRASE_REPORTS;
  const pairs = countPairs(documents, index, maxReports);
  const limit = options.passageLimit ?? Number.POSITIVE_INFINITY;
  findPassages(documents, index, limit >= pairs.length ? pairs : topPairs({ pairs }, limit), maxReports);
  return {
    n,
    stockPhrases: index.holderCount.filter((count) => count > maxReports).length,
    documents: documents.map((d) => d.id),
    shingleCounts: Object.fromEntries(documents.map((d, i) => [d.id, ownCount(index, i)])),
    pairs,
  };
}

/** The pairs of an analysis by their two reports, in either order: one step a lookup (a matrix asks N² times). */
export interface PairLookup {
  /** The pair of reports `x` and `y` (either order), or undefined where they share nothing. */
  pair(x: string, y: string): ReusePair | undefined;
  /** Containment of report `from` in report `to` (0 where they share nothing). */
  containment(from: string, to: string): number;
}

/** Each analysis' lookup, made once: the pages and the data all ask for it. */
const lookups = new WeakMap<readonly ReusePair[], PairLookup>();

export function pairLookup(analysis: Pick<ReuseAnalysis, 'pairs'>): PairLookup {
  const cached = lookups.get(analysis.pairs);
  if (cached) return cached;
  // By a, then b, as the analysis orders them (a key joining the two slugs would be made and hashed at every ask).
  const byKey = new Map<string, Map<string, ReusePair>>();
  for (const p of analysis.pairs) {
    let row = byKey.get(p.a);
    if (!row) byKey.set(p.a, (row = new Map()));
    row.set(p.b, p);
  }
  const pair = (x: string, y: string) => byKey.get(x)?.get(y) ?? byKey.get(y)?.get(x);
  const lookup: PairLookup = {
    pair,
    containment(from, to) {
      const found = pair(from, to);
      if (!found) return 0;
      return found.a === from ? found.aInB : found.bInA;
    },
  };
  lookups.set(analysis.pairs, lookup);
  return lookup;
}

/** Containment of report `from` in report `to` (0 where they share nothing). */
export function containment(analysis: Pick<ReuseAnalysis, 'pairs'>, from: string, to: string): number {
  return pairLookup(analysis).containment(from, to);
}

/**
 * The pairs of reports that share no run of words, each [a, b] with a before b, in the order of the analysis'
 * documents. There are up to N²/2 of them: callers list them for a small dossier only (MATRIX_LIMIT).
 */
export function unrelatedPairs(analysis: Pick<ReuseAnalysis, 'pairs' | 'documents'>): [string, string][] {
  const { pair } = pairLookup(analysis);
  return analysis.documents.flatMap((a, i) =>
    analysis.documents
      .slice(i + 1)
      .filter((b) => pair(a, b) === undefined)
      .map((b): [string, string] => [a, b]),
  );
}

/**
 * Pairs from most shared wording to least: by the number of distinct shingles they share, then by the larger of the
 * two containments. The count, not a ratio, comes first, so that a short report wholly quoted by another does not
 * outrank two long reports built on the same source.
 */
export function rankPairs(analysis: Pick<ReuseAnalysis, 'pairs'>): ReusePair[] {
  const cached = ranked.get(analysis.pairs);
  if (cached) return cached;
  const order = [...analysis.pairs].sort(
    (x, y) =>
      y.shared - x.shared ||
      Math.max(y.aInB, y.bInA) - Math.max(x.aInB, x.bInA) ||
      byName(x.a, y.a) ||
      byName(x.b, y.b),
  );
  ranked.set(analysis.pairs, order);
  return order;
}

/** One collator for the ties, the order of `localeCompare(x, 'en')` without its lookup on every call. */
const byName = new Intl.Collator('en').compare;

/** Each pair list's ranking, made once: the build's pages and data all ask for it. */
const ranked = new WeakMap<readonly ReusePair[], ReusePair[]>();

/**
 * The first `limit` pairs of rankPairs' order, without sorting every pair: with ten thousand reports there are
 * millions of pairs and a page for a hundred. Rank is by shared runs first, so the first `limit` pairs all share at
 * least as many runs as the limit-th pair does; only those are sorted.
 */
export function topPairs(analysis: Pick<ReuseAnalysis, 'pairs'>, limit: number): ReusePair[] {
  if (limit <= 0) return [];
  const cached = ranked.get(analysis.pairs);
  if (cached) return cached.slice(0, limit);
  // How many pairs share each number of runs, and the least number the first `limit` pairs reach.
  const bySharing = new Map<number, number>();
  for (const pair of analysis.pairs) bySharing.set(pair.shared, (bySharing.get(pair.shared) ?? 0) + 1);
  let threshold = 0;
  let taken = 0;
  for (const shared of [...bySharing.keys()].sort((x, y) => y - x)) {
    threshold = shared;
    taken += bySharing.get(shared)!;
    if (taken >= limit) break;
  }
  return rankPairs({ pairs: analysis.pairs.filter((p) => p.shared >= threshold) }).slice(0, limit);
}

/**
 * At most this many pairs get a page of their own and their shared passages found, the most shared first: enough
 * for every pair of a small dossier, bounded for a large one (where every pair's figures are still in reuse.json).
 */
export const PAIR_PAGE_LIMIT = 100;

/**
 * With more reports than this, the /reuse/ page shows no matrix (N² cells) and reuse.json leaves out the pairs
 * that share nothing (most of the N²/2 pairs). The same bound stops the lists of every report's name that a small
 * dossier shows: the topic pages' summaries and the overview's line per report (src/pages/topics/[slug].astro,
 * src/components/OverviewCoverage.astro).
 */
export const MATRIX_LIMIT = 12;

/** The pairs that get a page: those sharing most, at most `limit`, in rank order, each with its passages. */
export function pairsWithPages(
  analysis: ReuseAnalysis,
  limit = PAIR_PAGE_LIMIT,
): (ReusePair & { passages: Passage[] })[] {
  return topPairs(analysis, limit).map((pair) => {
    if (pair.passages === null) {
      throw new Error(
        `the passages of ${pair.a} and ${pair.b} were not found: analyse with a passageLimit of at least ${limit}`,
      );
    }
    return pair as ReusePair & { passages: Passage[] };
  });
}

/** A passage of report A with every place report B has the same words (B may repeat a phrase). */
export interface PassageGroup {
  words: number;
  a: PassageSide;
  b: PassageSide[];
}

/** The pair's passages grouped by their span in A, in A's order. */
export function groupPassages(passages: readonly Passage[]): PassageGroup[] {
  const groups = new Map<string, PassageGroup>();
  for (const p of passages) {
    const key = `${p.a.anchor}:${p.a.start}:${p.a.end}`;
    const group = groups.get(key);
    if (group) group.b.push(p.b);
    else groups.set(key, { words: p.words, a: p.a, b: [p.b] });
  }
  return [...groups.values()];
}
