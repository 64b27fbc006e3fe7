/**
 * Selection, the last step of statement alignment: each sentence keeps its best counterparts
 * (COUNTERPARTS_PER_SENTENCE; a pair kept by either of its sentences is listed for both), and the kept pairs get
 * their kind (kinds.ts) and their evidence (scoring.ts), from both sides.
 *
 * Pure TypeScript; no astro:* import.
 */
import { compareIds, sentenceKey } from './keys.ts';
import { kindOfWords } from './kinds.ts';
import type { Found } from './order.ts';
import type { AlignContext, Entry, Prepared } from './prepare.ts';
import type { FoundRun } from './runs.ts';
import type { PairScorer } from './scoring.ts';
import type {
  AlignedPair,
  Alignment,
  Counterpart,
  CounterpartKind,
  PairEvidence,
  RunGroup,
  SentenceRef,
} from './types.ts';

/**
 * How many counterparts a sentence keeps, best first (every one of them in a dossier of a few dozen reports). A
 * pair kept by either of its sentences is listed for both, so a sentence may list a few more.
 */
export const COUNTERPARTS_PER_SENTENCE = 8;

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The pairs of `found` each sentence keeps, the best score of each pair once, in order of i, then j; `entries` is
 * the number of sentences.
 */
export function keptPairs(found: readonly Found[], entries: number): Found[] {
  const best = new Map<number, Found>();
  // Indexed loops and forEach rather than for…of (see redundant.ts).
  for (let k = 0; k < found.length; k++) {
    const pair = found[k]!;
    const i = pair.i < pair.j ? pair.i : pair.j;
    const j = pair.i < pair.j ? pair.j : pair.i;
    const key = i * entries + j;
    const known = best.get(key);
    // The pair itself where its sides are in order already (every step's pairs are): no copy of each.
    if (!known || known.score < pair.score) best.set(key, pair.i === i ? pair : { i, j, score: pair.score });
  }
  const bySentence = new Map<number, Found[]>();
  const file = (side: number, pair: Found) => {
    const list = bySentence.get(side);
    if (list) list.push(pair);
    else bySentence.set(side, [pair]);
  };
  best.forEach((pair) => {
    file(pair.i, pair);
    file(pair.j, pair);
  });
  const kept = new Set<Found>();
  bySentence.forEach((list) => {
    list.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
    for (let k = 0; k < list.length && k < COUNTERPARTS_PER_SENTENCE; k++) kept.add(list[k]!);
  });
  return [...kept].sort((x, y) => x.i - y.i || x.j - y.j);
}

/** The alignment of the kept pairs: their kinds, evidence, each sentence's counterparts, the counts, the groups. */
export function alignmentOfPairs(
  context: AlignContext,
  scorer: PairScorer,
  kept: readonly Found[],
  runs: readonly FoundRun[],
): Alignment {
  const { documents, entries } = context;
  // One reference per sentence, shared by all its pairs (a thousand reports' pairs would otherwise make 70,000).
  const refs: SentenceRef[] = [];
  const ref = (e: Entry): SentenceRef => (refs[e.index] ??= { source: documents[e.doc]!.id, sentence: e.sentence.id });
  const pairs: AlignedPair[] = [];
  const counterparts = new Map<string, Counterpart[]>();
  // Each sentence's list, found by its entry (its key made once); objects written out field by field, in the order
  // a spread of the reference and the evidence gave them.
  const listOf: (Counterpart[] | undefined)[] = [];
  const add = (from: Entry, to: Entry, kind: Counterpart['kind'], score: number, evidence: PairEvidence) => {
    let list = listOf[from.index];
    if (!list) {
      const key = sentenceKey(documents[from.doc]!.id, from.sentence.id);
      list = counterparts.get(key);
      if (!list) counterparts.set(key, (list = []));
      listOf[from.index] = list;
    }
    const { shared, meanings } = evidence;
    list.push({ source: documents[to.doc]!.id, sentence: to.sentence.id, kind, score, shared, meanings });
  };
  const looked = lookedUp(scorer);
  for (let k = 0; k < kept.length; k++) {
    const pair = kept[k]!;
    const a = entries[pair.i]!;
    const b = entries[pair.j]!;
    const { kind, ab, ba } = looked(a.prepared, b.prepared);
    const score = kind === 'verbatim' ? 1 : round(pair.score);
    pairs.push({ a: ref(a), b: ref(b), kind, score, shared: ab.shared, meanings: ab.meanings });
    add(a, b, kind, score, ab);
    add(b, a, kind, score, ba);
  }
  // Ties sorted by report as localeCompare orders their ids, each report's rank worked out once (an ICU comparison
  // per pair of counterparts was a measured cost).
  const rank = localeRanks(documents.map((d) => d.id));
  counterparts.forEach((list) => {
    list.sort(
      (x, y) => y.score - x.score || rank.get(x.source)! - rank.get(y.source)! || compareIds(x.sentence, y.sentence),
    );
  });
  const sentenceCounts = new Map<string, { sentences: number; aligned: number }>();
  for (const doc of documents) {
    const aligned = doc.sentences.filter((s) => (counterparts.get(sentenceKey(doc.id, s.id))?.length ?? 0) > 0).length;
    sentenceCounts.set(doc.id, { sentences: doc.sentences.length, aligned });
  }
  return { pairs, counterparts, sentenceCounts, groups: groupsOf(context, kept, runs) };
}

/**
 * Each id's place when `ids` are sorted by localeCompare, ids that compare equal sharing one: comparing two ids' ranks
 * gives the sign localeCompare gives.
 */
export function localeRanks(ids: readonly string[]): Map<string, number> {
  const sorted = [...new Set(ids)].sort((x, y) => x.localeCompare(y));
  const rank = new Map<string, number>();
  sorted.forEach((id, k) => {
    const before = sorted[k - 1];
    rank.set(id, before !== undefined && before.localeCompare(id) === 0 ? rank.get(before)! : k);
  });
  return rank;
}

/**
 * A pair's kind and evidence, worked out once for each pair of prepared statements: a statement that recurs word
 * for word shares its Prepared (prepare.ts), so a wire story's copies pair the same two again and again. Each pair
 * gets its own lists all the same.
 */
function lookedUp(scorer: PairScorer) {
  const known = new Map<Prepared, Map<Prepared, { kind: CounterpartKind; ab: PairEvidence; ba: PairEvidence }>>();
  const own = (e: PairEvidence): PairEvidence => ({
    shared: [...e.shared],
    meanings: e.meanings.map(([x, y]) => [x, y]),
  });
  return (a: Prepared, b: Prepared) => {
    let row = known.get(a);
    let found = row?.get(b);
    if (!found) {
      const kind = kindOfWords(a.foldedIds, b.foldedIds, a.sortedFoldedIds, b.sortedFoldedIds);
      found = { kind, ...scorer.evidence(a, b) };
      if (!row) known.set(a, (row = new Map()));
      row.set(b, found);
      return found;
    }
    return { kind: found.kind, ab: own(found.ab), ba: own(found.ba) };
  };
}

/** The runs whose every pair was kept, as the alignment gives them. */
function groupsOf(context: AlignContext, kept: readonly Found[], runs: readonly FoundRun[]): RunGroup[] {
  const { documents, entries } = context;
  const ref = (k: number): SentenceRef => ({
    source: documents[entries[k]!.doc]!.id,
    sentence: entries[k]!.sentence.id,
  });
  const n = entries.length;
  const keptKeys = new Set(kept.map((p) => p.i * n + p.j));
  const isKept = (x: number, y: number) => keptKeys.has(x < y ? x * n + y : y * n + x);
  return runs
    .filter((run) => run.run.every((k) => isKept(run.one, k)))
    .map((run) => ({ one: ref(run.one), run: run.run.map(ref), score: round(run.score) }));
}
