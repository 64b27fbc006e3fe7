/**
 * Words: the one tokeniser of the site's text analyses (topic matching, text reuse, and any later comparison of
 * texts). A text is cut into words once, with their offsets in the text as written; each analysis then takes the
 * normal form it compares by from the same words, so that the analyses never disagree about what a word is.
 *
 * A word is a run of letters and digits (with the combining marks that follow a letter), possibly joined by an
 * apostrophe or a full stop: "India’s", "didn't", "U.S" and "D.C" are one word each. Everything else separates
 * words, hyphens, dashes and slashes included, so "set-up" and "set up" are the same two words ("counter-terrorism"
 * and "counterterrorism" differ, which topic matching makes up for in its phrase compiler, src/lib/analysis/topics/topic-match.ts).
 *
 * Folding (foldCharacters) makes the ways one word is written in different reports compare equal: Unicode NFKC
 * ("ﬁ" -> "fi"), lowercase, every apostrophe one straight apostrophe, every hyphen and dash one hyphen-minus.
 *
 * The normal forms:
 * - plainForm: folded, apostrophes and full stops dropped ("India’s" -> "indias", "U.S" -> "us"): text reuse
 *   compares by it, so that the wire story's straight "India's" matches the curly "India’s" of the others and
 *   "U.S." matches "US";
 * - matchingForms: folded, cut at full stops, possessive "'s" dropped ("India’s" -> ["india"], "U.S" -> ["u", "s"]):
 *   topic matching reads these (then maps British and American spellings together, src/lib/text/normalise-text.ts).
 *
 * Pure TypeScript, no import beyond the bounded cache.
 */
import { BoundedCache, WORD_CACHE_LIMIT } from './bounded-cache.ts';

/**
 * Apostrophes, and the characters that stand for one in running text: straight, left and right single quotation
 * marks, the reversed quotation mark, the modifier letter apostrophe, the prime, the fullwidth apostrophe and the
 * grave accent (a typewriter's stand-in).
 */
export const APOSTROPHES = "'\u2018\u2019\u201B\u02BC\u2032\uFF07`";

/** Characters that join two runs of letters and digits into one word: the apostrophes, and the full stop. */
export const WORD_JOINERS = `${APOSTROPHES}.`;

/** Hyphens, dashes and the minus sign, as a character class. */
const DASHES = '\u2010-\u2015\u2212\uFE58\uFE63\uFF0D';

/** One run of letters and digits: a letter or digit, then letters, digits and combining marks. */
const RUN = '[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}]*';
const WORD = new RegExp(`${RUN}(?:[${escapeClass(WORD_JOINERS)}]${RUN})*`, 'gu');
const APOSTROPHE = new RegExp(`[${escapeClass(APOSTROPHES)}]`, 'gu');
const DASH = new RegExp(`[${DASHES}]`, 'gu');
const JOINER = new RegExp(`[${escapeClass(WORD_JOINERS)}]`, 'gu');

/**
 * The pattern of one word in folded text (foldCharacters), where the only apostrophe is "'", as a regular
 * expression source: for a parser that reads words in folded text, as the topic phrase language does.
 */
export const FOLDED_WORD_SOURCE = `${RUN}(?:'${RUN})*`;
const FOLDED_WORD = new RegExp(FOLDED_WORD_SOURCE, 'gu');

function escapeClass(characters: string): string {
  return characters.replace(/[\\\]^-]/g, '\\$&');
}

/** One word of a text, as written. */
export interface Word {
  /** The word exactly as the text writes it. */
  text: string;
  /** Offset of its first character in the text. */
  start: number;
  /** Offset one past its last character. */
  end: number;
}

/** The words of a text with their offsets. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    found.push({ text: word, start: match.index, end: match.index + word.length });
  }
  return found;
}

/** The words of a text as written, without offsets: the same words as words(), for a caller that needs no more. */
export function wordTexts(text: string): string[] {
  // match(), not matchAll(): it spares an iterator and a match object per word (a measured hot spot).
  return text.match(WORD) ?? [];
}

/** Case-folds, NFKC-normalises and unifies apostrophes and dashes; keeps every other character. */
export function foldCharacters(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHE, "'").replace(DASH, '-');
}

// A thousand reports use a few thousand words over and over: each word's forms are worked out once.
const plainForms = new BoundedCache<string, string>(WORD_CACHE_LIMIT);
const matchingFormsOf = new BoundedCache<string, readonly string[]>(WORD_CACHE_LIMIT);

/** A word folded, without its apostrophes and full stops: "India’s" -> "indias", "U.S" -> "us". */
export function plainForm(word: string): string {
  return plainForms.get(word, plainFormOf);
}

// The work of a cache miss, as named functions: a closure written in the call would be a new object on every call.
const plainFormOf = (word: string): string => foldCharacters(word).replace(JOINER, '');

/**
 * The words of a word once folded, each without a possessive "'s": "India’s" -> ["india"], "U.S" -> ["u", "s"]
 * (full stops part words in folded text), "didn’t" -> ["didn't"]. Shared between calls: not to be changed.
 */
export function matchingForms(word: string): readonly string[] {
  return matchingFormsOf.get(word, formsOf);
}

const formsOf = (word: string): readonly string[] =>
  (foldCharacters(word).match(FOLDED_WORD) ?? []).map(withoutPossessive);

/** A folded word without a possessive "'s": "india's" -> "india". */
export function withoutPossessive(folded: string): string {
  return folded.endsWith("'s") ? folded.slice(0, -2) : folded;
}

/** The matching forms of every word of a text, in order: "India’s U.S.-India" -> ["india", "u", "s", "india"]. */
export function matchingWords(text: string): string[] {
  const found: string[] = [];
  for (const word of wordTexts(text)) for (const form of matchingForms(word)) found.push(form);
  return found;
}
