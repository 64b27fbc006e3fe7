/**
 * Step 1 of a collation: the words of a reading, compared by their folded, British/American-unified Porter stems,
 * so that "organised"/"organized" and "Centre"/"Centers" agree; punctuation stays with its word for display.
 */
import { creditSpans } from '../../text/attributions.ts';
import { BoundedCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';
import { canonicalWords, joinInitialisms } from '../../text/normalise-text.ts';
import { stemOf } from '../../text/stems.ts';
import type { Token } from './types.ts';

const tokenCache = new BoundedCache<string, readonly Token[]>(WORD_CACHE_LIMIT);
/** Each word as written (its punctuation with it), its key: readings share most of their words. */
const keyCache = new BoundedCache<string, string>(WORD_CACHE_LIMIT);
const keyOf = (display: string): string => canonicalWords(joinInitialisms(display)).map(stemOf).join(' ');

/**
 * The words of a reading, each with the punctuation written next to it; a lone mark joins the word before it.
 * Cached: the same sentence is collated in every statement it reads, and each costs stems.
 */
export function tokens(text: string): readonly Token[] {
  return tokenCache.get(text, tokenise);
}

function tokenise(text: string): Token[] {
  const credits = creditSpans(text);
  const inCredit = (start: number, end: number) => credits.some(([a, b]) => start < b && end > a);
  const out: Token[] = [];
  for (const match of text.matchAll(/\S+/gu)) {
    const display = match[0];
    const key = keyCache.get(display, keyOf);
    const credit = inCredit(match.index, match.index + display.length);
    if (key === '' && out.length > 0) {
      const last = out[out.length - 1]!;
      last.display += ` ${display}`;
      last.credit ||= credit;
    } else out.push({ display, key, credit });
  }
  return out;
}

/**
 * A tokenised reading's words by key, its credit left out (a credit is the witness's own, about its source). One list
 * per token list (tokens() keeps one per distinct text), so that the diffs between two readings' keys are found
 * again by the lists themselves (diff.ts, sharedRuns): a reading is weighed, then collated, many times.
 */
export function keysOfTokens(list: readonly Token[]): readonly string[] {
  let keys = keysByTokens.get(list);
  if (!keys) {
    keys = list.filter((t) => !t.credit && t.key !== '').map((t) => t.key);
    keysByTokens.set(list, keys);
  }
  return keys;
}

const keysByTokens = new WeakMap<readonly Token[], readonly string[]>();

/** Words two lists have in common, in any order, each counted as often as both have it. */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return common;
}

/** Whether a word's key is short (three letters or fewer: "the", "and", "to"): short words agree by chance. */
export function isShortKey(key: string): boolean {
  return key.length <= 3;
}

/** The keys that weigh in agreement: words of four letters or more (short words agree by chance), never a credit's. */
export function longKeys(list: readonly Token[]): string[] {
  return list.filter((t) => !t.credit && !isShortKey(t.key)).map((t) => t.key);
}
