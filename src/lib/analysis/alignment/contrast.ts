/**
 * The same frame with another filler: two sentences that say the same words around a different thing ("signed a
 * Memorandum of Cooperation on law enforcement training" and "… on cyber security") make different statements,
 * however much they share. Found on the words in order: where the longest common subsequence of the two sentences'
 * words has a gap between two common words with a few words on both sides (`FILLER_WORDS`: a phrase, not a clause),
 * and those words carry content terms the other sentence does not match at all (by stem or meaning) of a fair share
 * of each sentence's weight (`SUBSTITUTED_SHARE`), the pair is not a counterpart. A gap at the start or the end is
 * an addition, not a substitution. Only pairs that share most of their words (`FRAME_SIMILARITY`) are read so: a reworded pair has
 * gaps everywhere.
 *
 * Pure TypeScript; no astro:* import.
 */
import { bagSimilarity } from './kinds.ts';
import type { Prepared } from './prepare.ts';

/** The least share of the same words (in any order) for two sentences to be read as one frame. */
const FRAME_SIMILARITY = 0.5;
/** The most words a filler has on either side: a gap of a phrase, not of a clause (a clause is a rewording). */
const FILLER_WORDS = 4;
/** The least share of each sentence's weight a substituted span must carry for the pair to state different things. */
const SUBSTITUTED_SHARE = 0.2;

/** Whether b puts another filler in a's frame; `coverA`, `coverB`: how well each term is matched in the other. */
export function substitutedFiller(a: Prepared, b: Prepared, coverA: Float64Array, coverB: Float64Array): boolean {
  const x = a.foldedIds;
  const y = b.foldedIds;
  // The words the two share at their start and at their end are in every longest common subsequence: only the
  // middle between them is walked (nothing, for a copy; a few words, for most edits).
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endA = x.length;
  let endB = y.length;
  while (endA > start && endB > start && x[endA - 1] === y[endB - 1]) {
    endA--;
    endB--;
  }
  if (endA === start || endB === start) return false;
  if (unmatched(a, coverA) < SUBSTITUTED_SHARE * a.total || unmatched(b, coverB) < SUBSTITUTED_SHARE * b.total) {
    return false;
  }
  if (bagSimilarity(a.sortedFoldedIds, b.sortedFoldedIds) < FRAME_SIMILARITY) return false;
  const n = endA - start;
  const m = endB - start;
  const width = m + 1;
  if (table.length < (n + 1) * width) table = new Uint16Array((n + 1) * width * 2);
  table.fill(0, 0, (n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        x[start + i] === y[start + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  // Walk the middle's common subsequence; each gap between two common words is weighed on either side (a gap at
  // the middle's edge lies between common words too, unless the middle is the start or the end of the sentence).
  let i = 0;
  let j = 0;
  let started = start > 0;
  const gap = { weightA: 0, weightB: 0, wordsA: 0, wordsB: 0 };
  const seenA: number[] = [];
  const seenB: number[] = [];
  const weigh = (p: Prepared, at: number, cover: Float64Array, seen: number[]) => {
    const t = p.foldedTerms[at]!;
    if (t < 0 || cover[t] !== 0 || seen.includes(t)) return 0;
    seen.push(t);
    return p.weights[t]!;
  };
  while (i < n || j < m) {
    if (i < n && j < m && x[start + i] === y[start + j]) {
      if (started && isFiller(gap, a.total, b.total)) return true;
      started = true;
      Object.assign(gap, { weightA: 0, weightB: 0, wordsA: 0, wordsB: 0 });
      i++;
      j++;
    } else if (j < m && (i === n || table[i * width + j + 1]! >= table[(i + 1) * width + j]!)) {
      gap.wordsB++;
      gap.weightB += weigh(b, start + j, coverB, seenB);
      j++;
    } else {
      gap.wordsA++;
      gap.weightA += weigh(a, start + i, coverA, seenA);
      i++;
    }
  }
  return started && endA < x.length && isFiller(gap, a.total, b.total);
}

/** The weight of the terms of `p` the other sentence does not match at all. */
function unmatched(p: Prepared, cover: Float64Array): number {
  let weight = 0;
  for (let t = 0; t < p.termIds.length; t++) if (cover[t] === 0) weight += p.weights[t]!;
  return weight;
}

/** Scratch space for the longest common subsequence table, grown as needed. */
let table = new Uint16Array(1024);

/** A gap of a few words on each side, each carrying unmatched weight: another filler. */
function isFiller(
  gap: { weightA: number; weightB: number; wordsA: number; wordsB: number },
  totalA: number,
  totalB: number,
): boolean {
  return (
    gap.wordsA > 0 &&
    gap.wordsB > 0 &&
    gap.wordsA <= FILLER_WORDS &&
    gap.wordsB <= FILLER_WORDS &&
    gap.weightA >= SUBSTITUTED_SHARE * totalA &&
    gap.weightB >= SUBSTITUTED_SHARE * totalB
  );
}
