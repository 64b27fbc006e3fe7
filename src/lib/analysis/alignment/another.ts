/**
 * Another one of its kind: a sentence that calls the thing it names "separate", "similar" or "different" ("a
 * separate Memorandum of Cooperation", "similar memoranda on police training") says that it is not the one the
 * other sentence names, however many words the two share. Where a marker stands just before a word the other
 * sentence matches (`REACH` words: "a separate counterterrorism working group"), and the other sentence does not
 * use the marker itself, the pair is not a counterpart (scoring.ts). "Other" and "another" are not markers: "another
 * round of talks" is the next round, and "other illicit drugs" lists more of the same.
 *
 * Pure TypeScript; no astro:* import.
 */
import type { Prepared } from './prepare.ts';

/** Words that set the thing they qualify apart from the one already named. */
const MARKERS: ReadonlySet<string> = new Set(['separate', 'similar', 'different']);
/** How many words after a marker the thing it qualifies may stand. */
const REACH = 3;

/**
 * Whether either sentence marks as another a thing the other names; `coverA`, `coverB`: how well each term is
 * matched in the other (scoring.ts).
 */
export function markedAsAnother(a: Prepared, b: Prepared, coverA: Float64Array, coverB: Float64Array): boolean {
  return marks(a, b, coverA) || marks(b, a, coverB);
}

function marks(p: Prepared, other: Prepared, cover: Float64Array): boolean {
  for (let k = 0; k < p.folded.length; k++) {
    const word = p.folded[k]!;
    if (!MARKERS.has(word) || other.folded.includes(word)) continue;
    for (let d = 1; d <= REACH && k + d < p.folded.length; d++) {
      const t = p.foldedTerms[k + d]!;
      if (t >= 0 && cover[t]! > 0) return true;
    }
  }
  return false;
}
