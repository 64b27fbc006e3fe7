/**
 * The last step of statement alignment: the kind of a pair. `verbatim` when the folded words are the same, `edited`
 * when most words are the same in the same order (a longest common subsequence), else `reworded`.
 *
 * Pure TypeScript; no astro:* import.
 */
import { sameSequence } from '../../text/numbering.ts';
import type { Statement } from './terms.ts';
import type { CounterpartKind } from './types.ts';

/** Share of the same words, in order, from which a changed sentence is `edited` rather than `reworded`. */
export const EDITED_SIMILARITY = 0.6;

/**
 * Share of the same words in the same order: 2 × longest common subsequence / (length of a + length of b). Only the
 * length is needed here, so it is the textbook dynamic programme over one row (jsdiff, which also finds the edits,
 * is what the side-by-side pages use to show them; measured ten times slower for the length alone), run only
 * between the words the two share at their start and at their end (which are in every longest common subsequence;
 * an edited sentence changes a few words in its middle).
 */
export function orderedSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const row = new Uint16Array(endB - start + 1);
  for (let i = start; i < endA; i++) {
    let diagonal = 0;
    for (let j = 1; j <= endB - start; j++) {
      const above = row[j]!;
      row[j] = a[i] === b[start + j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  const common = start + (a.length - endA) + row[endB - start]!;
  return (2 * common) / (a.length + b.length);
}

/**
 * The kind of a pair of statements. (Alignment itself reads the folded words' numbers, sorted once per statement:
 * prepare.ts; a statement keeps no sorted copy of its words for the few pairs asked here.)
 */
export function kindOf(a: Statement, b: Statement): CounterpartKind {
  if (sameSequence(a.folded, b.folded)) return 'verbatim';
  return kindOfWords(a.folded, b.folded, [...a.folded].sort(), [...b.folded].sort());
}

/**
 * The kind of a pair from its sentences' folded words, in order and sorted (strings, or the numbers the context
 * gives them: the same answer, faster).
 */
export function kindOfWords<T>(
  a: ArrayLike<T>,
  b: ArrayLike<T>,
  sortedA: ArrayLike<T>,
  sortedB: ArrayLike<T>,
): CounterpartKind {
  if (sameSequence(a, b)) return 'verbatim';
  // The words in common in any order bound those in common in order: most reworded pairs need no LCS.
  if (bagSimilarity(sortedA, sortedB) < EDITED_SIMILARITY) return 'reworded';
  return orderedSimilarity(a, b) >= EDITED_SIMILARITY ? 'edited' : 'reworded';
}

/** The share of words two sorted lists have in common, counting repeats: 2 × common / (length of a + length of b). */
export function bagSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}
