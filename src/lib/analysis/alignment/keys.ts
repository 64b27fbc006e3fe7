/**
 * Sentence keys: `slug#anchor`, how sentences of several reports are looked up together. A report's slug never
 * holds "#" (slugs.ts), an anchor never does either; the key is split at its last "#" all the same.
 */
import { BoundedCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';

/** The key of a sentence in `Alignment.counterparts` (and wherever sentences of several reports are looked up). */
export const sentenceKey = (source: string, sentence: string) => `${source}#${sentence}`;

/** The report and the sentence of a key made by `sentenceKey`; throws on a string that is not one. */
export function parseSentenceKey(key: string): { source: string; sentence: string } {
  const hash = key.lastIndexOf('#');
  if (hash <= 0 || hash === key.length - 1) throw new Error(`Not a sentence key (slug#anchor): "${key}"`);
  return { source: key.slice(0, hash), sentence: key.slice(hash + 1) };
}

/** The numbers of an anchor ("p2-s10" -> [2, 10]), read once per anchor: sorting asks again and again. */
const anchorNumbers = new BoundedCache<string, readonly number[]>(WORD_CACHE_LIMIT);
const readNumbers = (id: string): readonly number[] => id.match(/\d+/gu)?.map(Number) ?? [];
const numbersOf = (id: string) => anchorNumbers.get(id, readNumbers);

/** Orders sentence anchors "p2-s10" after "p2-s9". */
export function compareIds(a: string, b: string): number {
  const na = numbersOf(a);
  const nb = numbersOf(b);
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}
