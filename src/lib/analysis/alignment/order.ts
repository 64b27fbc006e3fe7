/**
 * Context and order: where two reports run side by side, a pair's neighbours tell about it.
 * - A pair whose neighbouring sentences also pair (the sentence before with the sentence before, or after with
 *   after, or one with the other's neighbour) is likelier to be a restatement: it gets `CONTEXT_BONUS`.
 * - A sentence between two aligned neighbours, in a report that runs in the same order as the other there (the
 *   pair before and the pair after both aligned, one or two sentences between them on each side: `MAX_GAP`), is a
 *   likely counterpart of a sentence between them on the other side even at a lower score (`BETWEEN_FLOOR`): as
 *   collation tools use order. Only a gap is filled: neither sentence between may have a counterpart in the other report already. It
 *   must still share weight (`BETWEEN_MIN_SHARED`, half what a pair needs alone) and its anchors must agree, so that an unrelated
 *   sentence between two aligned ones is not pulled in.
 *
 * Pure TypeScript; no astro:* import.
 */
import { type RawScores, rawScore } from './candidates.ts';
import type { AlignContext, Entry } from './prepare.ts';
import { type PairScorer, SCORE_FLOOR } from './scoring.ts';

/** Score at or above which two sentences are counterparts. Tuned on the five reports and on the rewrites. */
export const COUNTERPART_THRESHOLD = 0.42;
/** The bonus a pair gets when its neighbours pair too; never enough to make a pair of unrelated sentences. */
export const CONTEXT_BONUS = 0.1;
/** The least score of a sentence between two aligned pairs for it to pair too. */
export const BETWEEN_FLOOR = 0.2;
/** The least weight, in units, it must share with its opposite (half what a pair needs without its neighbours). */
const BETWEEN_MIN_SHARED = 1;
/** The most sentences on each side of a gap between two aligned pairs that the gap is filled from. */
const MAX_GAP = 2;

/** A pair found: entries i < j, of different documents, and its score. */
export interface Found {
  i: number;
  j: number;
  score: number;
}

/** Entries are in document order, each document's sentences together: a neighbour is the next or previous entry. */
function neighbour(entries: readonly Entry[], e: Entry, step: number): number | undefined {
  const k = e.index + step;
  return k >= 0 && k < entries.length && entries[k]!.doc === e.doc ? k : undefined;
}

/** The scored pairs with their context bonus, those at or above the threshold. */
export function withContext(context: AlignContext, scores: RawScores): Found[] {
  const { entries } = context;
  const found: Found[] = [];
  const strong = strongPartners(scores);
  const raw = (x: number | undefined, y: number | undefined) => rawScore(scores, x, y);
  for (let k = 0; k < scores.size; k++) {
    const i = scores.i(k);
    const j = scores.j(k);
    const a = entries[i]!;
    const b = entries[j]!;
    const near = Math.max(
      raw(neighbour(entries, a, -1), neighbour(entries, b, -1)),
      raw(neighbour(entries, a, 1), neighbour(entries, b, 1)),
      raw(neighbour(entries, a, -1), j),
      raw(neighbour(entries, a, 1), j),
      raw(i, neighbour(entries, b, -1)),
      raw(i, neighbour(entries, b, 1)),
    );
    // In order, a weaker neighbour pair is support enough: the sentence before with the sentence before, or
    // after with after, both at or above the floor of a pair.
    const diagonal = Math.max(
      raw(neighbour(entries, a, -1), neighbour(entries, b, -1)),
      raw(neighbour(entries, a, 1), neighbour(entries, b, 1)),
    );
    const supported = near >= COUNTERPART_THRESHOLD || diagonal >= SCORE_FLOOR || restateOneSentence(strong, i, j);
    const score = Math.min(1, scores.score(k) + (supported ? CONTEXT_BONUS : 0));
    if (score >= COUNTERPART_THRESHOLD) found.push({ i, j, score });
  }
  return found;
}

/** Each sentence's partners at or above the threshold by raw score. */
function strongPartners(scores: RawScores): Map<number, Set<number>> {
  const strong = new Map<number, Set<number>>();
  const add = (x: number, y: number) => {
    const set = strong.get(x);
    if (set) set.add(y);
    else strong.set(x, new Set([y]));
  };
  for (let k = 0; k < scores.size; k++) {
    if (scores.score(k) < COUNTERPART_THRESHOLD) continue;
    add(scores.i(k), scores.j(k));
    add(scores.j(k), scores.i(k));
  }
  return strong;
}

/** Whether i and j both restate one sentence of a third report, each at or above the threshold. */
function restateOneSentence(strong: Map<number, Set<number>>, i: number, j: number): boolean {
  const a = strong.get(i);
  const b = strong.get(j);
  if (!a || !b) return false;
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/** The pairs between two aligned pairs (see the module comment), not already in `found`. */
export function betweenAligned(context: AlignContext, scorer: PairScorer, found: readonly Found[]): Found[] {
  const { entries } = context;
  // One number per (sentence, sentence) or (sentence, document): both below entries.length.
  const key = (x: number, y: number) => x * entries.length + y;
  // Indexed loops rather than for…of (see redundant.ts).
  const known = new Set<number>();
  // Each sentence with a counterpart in a document.
  const placed = new Set<number>();
  for (let k = 0; k < found.length; k++) {
    const p = found[k]!;
    known.add(key(p.i, p.j));
    placed.add(key(p.i, entries[p.j]!.doc));
    placed.add(key(p.j, entries[p.i]!.doc));
  }
  const sameDoc = (x: number, y: number) => y < entries.length && entries[x]!.doc === entries[y]!.doc;
  const added: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const { i, j } = found[k]!;
    const close = closingPair(i, j, (x, y) => sameDoc(i, x) && sameDoc(j, y) && known.has(key(x, y)));
    if (!close) continue;
    for (let x = i + 1; x < close[0]; x++) {
      if (placed.has(key(x, entries[j]!.doc))) continue;
      for (let y = j + 1; y < close[1]; y++) {
        if (placed.has(key(y, entries[i]!.doc))) continue;
        const score = scorer.score(entries[x]!.prepared, entries[y]!.prepared, BETWEEN_MIN_SHARED).score;
        if (score >= BETWEEN_FLOOR) added.push({ i: x, j: y, score });
      }
    }
  }
  return added;
}

/**
 * The nearest aligned pair after (i, j) in both documents, with a gap of one to MAX_GAP sentences on each side
 * between them, or null.
 */
function closingPair(i: number, j: number, aligned: (x: number, y: number) => boolean): [number, number] | null {
  for (let size = 2; size <= 2 * (MAX_GAP + 1); size++) {
    for (let dx = 2; dx <= MAX_GAP + 1; dx++) {
      const dy = size - dx;
      if (dy >= 2 && dy <= MAX_GAP + 1 && aligned(i + dx, j + dy)) return [i + dx, j + dy];
    }
  }
  return null;
}

/** How many times a counterpart through a third report is looked for (each round builds on the last). */
const THIRD_REPORT_ROUNDS = 2;

/**
 * Pairs through a third report: two sentences that each have a counterpart in one sentence of a third report
 * (found, by their scores, their context or a run; or, for one of the two, a pair at the floor) restate its
 * statement, and pair with the context bonus if they score at the floor on their own (the people-to-people ties and
 * safe and legal migration that four reports say in four ways, each pair of them sharing only a few words). Two rounds: a pair found in the first may be the third
 * sentence of the second. Only pairs the candidates step scored are read, so nothing new is compared.
 */
export function throughThirdReports(context: AlignContext, scores: RawScores, found: readonly Found[]): Found[] {
  const n = context.entries.length;
  const partners = new Map<number, Set<number>>();
  const link = (x: number, y: number) => {
    const set = partners.get(x);
    if (set) set.add(y);
    else partners.set(x, new Set([y]));
  };
  const known = new Set<number>();
  for (let k = 0; k < found.length; k++) {
    const { i, j } = found[k]!;
    link(i, j);
    link(j, i);
    known.add(i * n + j);
  }
  const added: Found[] = [];
  for (let round = 0; round < THIRD_REPORT_ROUNDS; round++) {
    const fresh: Found[] = [];
    for (let k = 0; k < scores.size; k++) {
      const i = scores.i(k);
      const j = scores.j(k);
      const score = scores.score(k) + CONTEXT_BONUS;
      if (score < COUNTERPART_THRESHOLD || known.has(i * n + j)) continue;
      if (sharedThird(context, scores, partners, i, j)) fresh.push({ i, j, score: Math.min(1, score) });
    }
    for (let k = 0; k < fresh.length; k++) {
      const pair = fresh[k]!;
      known.add(pair.i * n + pair.j);
      link(pair.i, pair.j);
      link(pair.j, pair.i);
    }
    added.push(...fresh);
    if (fresh.length === 0) break;
  }
  return added;
}

/**
 * Whether sentences i and j have a counterpart in one sentence of a third report: both found, or one found and the
 * other scoring at the floor with it (a lede that condenses a statement two reports make, each pair of the three
 * at the floor, and one of them found).
 */
function sharedThird(
  context: AlignContext,
  scores: RawScores,
  partners: Map<number, Set<number>>,
  i: number,
  j: number,
): boolean {
  const a = partners.get(i);
  const b = partners.get(j);
  const { entries } = context;
  const docI = entries[i]!.doc;
  const docJ = entries[j]!.doc;
  if (a) {
    for (const k of a) {
      const doc = entries[k]!.doc;
      if (doc !== docI && doc !== docJ && (b?.has(k) || rawScore(scores, j, k) >= SCORE_FLOOR)) return true;
    }
  }
  if (b) {
    for (const k of b) {
      const doc = entries[k]!.doc;
      if (doc !== docI && doc !== docJ && rawScore(scores, i, k) >= SCORE_FLOOR) return true;
    }
  }
  return false;
}
