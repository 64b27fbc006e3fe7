/**
 * A word's WordNet meanings as small dense integers, for scoring (scoring.ts marks them in flat arrays). WordNet's
 * synset ids are byte offsets in four files; each one met is numbered here from 0, once for the life of the process
 * (the numbering only grows, and every alignment reads it the same way).
 *
 * Pure TypeScript; no astro:* import.
 */
import { BoundedCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';
import { meanings } from './lexicon.ts';

/** A word's WordNet senses and their close neighbours, as dense integer ids. */
export interface DenseMeanings {
  senses: Int32Array;
  neighbours: Int32Array;
}

export const NO_MEANINGS: DenseMeanings = { senses: new Int32Array(0), neighbours: new Int32Array(0) };
/** Words shorter than this are matched by stem only: short words have many unrelated senses (one, set, sub). */
const MEANING_MIN_LENGTH = 4;

const denseIds = new Map<number, number>();
const denseOf = (id: number) => {
  let dense = denseIds.get(id);
  if (dense === undefined) denseIds.set(id, (dense = denseIds.size));
  return dense;
};
const denseCache = new BoundedCache<string, DenseMeanings>(WORD_CACHE_LIMIT);

/** How many dense ids have been given out: the size scratch arrays indexed by them need. */
export const denseCount = () => denseIds.size;

/**
 * What WordNet knows of a word as the sentence writes it, or, where topic matching's spelling folding made a
 * British form of an American -ize word, of the American form WordNet lists ("finalise" → "finalize").
 */
export function denseMeanings(word: string): DenseMeanings {
  // A named function, not a closure made on every call (asked once per term of every distinct sentence).
  return denseCache.get(word, denseMeaningsOf);
}

function denseMeaningsOf(word: string): DenseMeanings {
  if (word.length < MEANING_MIN_LENGTH) return NO_MEANINGS;
  let found = meanings(word);
  if (found.senses.size === 0) {
    const american = word.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1');
    if (american !== word) found = meanings(american);
  }
  if (found.senses.size === 0) return NO_MEANINGS;
  return { senses: Int32Array.from(found.senses, denseOf), neighbours: Int32Array.from(found.neighbours, denseOf) };
}
