/**
 * Step 3 of statement alignment: candidates. Only pairs of sentences that share a rare term are compared (the
 * index-first pattern of passim and of reuse.ts), and for each sentence only the candidates that share most with it;
 * each is scored (scoring.ts), and those at or above SCORE_FLOOR kept with their score.
 *
 * Pure TypeScript; no astro:* import.
 */
import type { AlignContext } from './prepare.ts';
import { RawScores } from './raw-scores.ts';
import { MEANING_SHARE, type PairScorer, SCORE_FLOOR } from './scoring.ts';

export { RawScores };

/** How many candidates of a sentence are scored, those that share most weight first. */
export const CANDIDATES_PER_SENTENCE = 12;
/** A term in more sentences than this is not used to find candidates (it still counts in the score). */
const CANDIDATE_TERM_LIMIT = 200;

/** Each term's sentences, in entry order. */
export function postingsOf(context: AlignContext): number[][] {
  const postings: number[][] = Array.from({ length: context.terms }, () => []);
  context.entries.forEach((entry, index) => {
    const { termIds } = entry.prepared;
    for (let k = 0; k < termIds.length; k++) postings[termIds[k]!]!.push(index);
  });
  return postings;
}

/** Finds each sentence's candidates among the later documents' sentences and scores them. */
export function scoreCandidates(context: AlignContext, scorer: PairScorer, postings: number[][]): RawScores {
  const { entries } = context;
  const docOf = Int32Array.from(entries, (e) => e.doc);
  const totals = Float64Array.from(entries, (e) => e.prepared.total);
  // The raw scores of the pairs worth keeping, entries i < j of different documents (raw-scores.ts).
  const scores = new RawScores(entries.length);
  const shared = new Float64Array(entries.length);
  const touched: number[] = [];
  const eligible: number[] = [];
  entries.forEach((entry, i) => {
    const { termIds, weights, total } = entry.prepared;
    for (let t = 0; t < termIds.length; t++) {
      const list = postings[termIds[t]!]!;
      if (list.length > CANDIDATE_TERM_LIMIT) continue;
      // Each list is in entry order: the later sentences are at its end (the earlier ones found this one already).
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k]!;
        if (j <= i) break;
        if (docOf[j] === entry.doc) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]! += weights[t]!;
      }
    }
    // A pair can only reach SCORE_FLOOR if the stems it shares carry a fifth of the shorter sentence's weight
    // (meanings add at most MEANING_SHARE to them): the others are not scored at all.
    // (Into one list kept for all the sentences: a sentence touches thousands.)
    eligible.length = 0;
    for (const j of touched) {
      if (shared[j]! * (1 + MEANING_SHARE) >= SCORE_FLOOR * Math.min(total, totals[j]!)) eligible.push(j);
    }
    const candidates = topCandidates(eligible, shared, CANDIDATES_PER_SENTENCE);
    for (const j of touched) shared[j] = 0;
    touched.length = 0;
    for (const j of candidates) {
      const score = scorer.score(entry.prepared, entries[j]!.prepared);
      if (score.score >= SCORE_FLOOR) scores.add(i, j, score);
    }
  });
  return scores;
}

/** The raw score of entries i and j in either order, 0 if not kept. */
export function rawScore(scores: RawScores, i: number | undefined, j: number | undefined): number {
  if (i === undefined || j === undefined) return 0;
  return scores.scoreOf(i, j);
}

/**
 * The `limit` candidates that share most weight (ties to the earlier sentence), in that order, without sorting all
 * of them: with a thousand reports a sentence touches thousands.
 */
export function topCandidates(candidates: readonly number[], weight: Float64Array, limit: number): number[] {
  const top: number[] = [];
  const better = (x: number, y: number) => weight[x]! > weight[y]! || (weight[x] === weight[y] && x < y);
  for (const j of candidates) {
    if (top.length === limit && !better(j, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    top[at] = j;
    while (at > 0 && better(top[at]!, top[at - 1]!)) {
      [top[at], top[at - 1]] = [top[at - 1]!, top[at]!];
      at--;
    }
  }
  return top;
}
