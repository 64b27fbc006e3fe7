/**
 * One stem for the words of a statement, so that inflections compare equal ("enforcing"/"enforce",
 * "smugglers"/"smuggler"): the Porter stemmer (`stemmer`), each word's stem worked out once. Shared by statement
 * alignment and the collation of a reconstruction.
 */
import { stemmer } from 'stemmer';
import { BoundedCache, WORD_CACHE_LIMIT } from './bounded-cache.ts';

const stems = new BoundedCache<string, string>(WORD_CACHE_LIMIT);

/** The Porter stem of a lowercase word. */
export function stemOf(word: string): string {
  return stems.get(word, stemmer);
}
