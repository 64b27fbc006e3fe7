/**
 * Text normalisation for topic matching (issue 3). Matching never looks at the text a reader sees; it looks at a
 * canonical form in which the ways one word is written in different reports compare equal:
 * - case is folded ("Customs" = "customs"), Unicode is NFKC-normalised;
 * - curly and straight apostrophes are one character, and so are the hyphens and dashes;
 * - words are separated by single spaces, so "counter-terrorism" and "counter terrorism" read alike (closed
 *   compounds, "counterterrorism", are handled by the phrase compiler in topic-match.ts);
 * - a possessive "'s" is dropped ("India's" = "India");
 * - British and American spellings are mapped to one form (canonicalWord): -ise/-ize, -yse/-yze, -our/-or,
 *   -tre/-ter, and a short list of irregular pairs. The mapping is applied to the text and to the topic rules
 *   alike, so it only has to be consistent, not to produce real words ("organized" and "organised" both become
 *   "organised"; "detour" becomes "detor", which nothing looks for).
 */

/** Apostrophes and primes that stand for an apostrophe in running text. */
const APOSTROPHES = /[\u2018\u2019\u201B\u02BC\u2032\uFF07]/gu;
/** Hyphens, dashes and the minus sign. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/gu;

/** Case-folds and unifies apostrophes and dashes; keeps every other character. */
export function foldCharacters(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'").replace(DASHES, '-');
}

/** A word: letters and digits, with inner apostrophes ("didn't"), but no leading or trailing one. */
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;

/** The words of a text, folded, without possessive "'s". Hyphens, slashes and punctuation separate words. */
export function tokenise(text: string): string[] {
  // match(), not matchAll(): only the words are wanted, and it spares an iterator and a match object per word.
  const words = foldCharacters(text).match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.endsWith("'s")) words[i] = word.slice(0, -2);
  }
  return words;
}

/** British/American pairs that no suffix rule covers; the key is mapped to the value. */
export const IRREGULAR_SPELLINGS: Readonly<Record<string, string>> = {
  defence: 'defense',
  defences: 'defenses',
  offence: 'offense',
  offences: 'offenses',
  licence: 'license',
  licences: 'licenses',
  programme: 'program',
  programmes: 'programs',
  catalogue: 'catalog',
  catalogues: 'catalogs',
  dialogue: 'dialog',
  dialogues: 'dialogs',
  analogue: 'analog',
  travelled: 'traveled',
  travelling: 'traveling',
  traveller: 'traveler',
  travellers: 'travelers',
  counselling: 'counseling',
  labelled: 'labeled',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfils: 'fulfills',
  fulfilment: 'fulfillment',
  judgement: 'judgment',
  ageing: 'aging',
};

/**
 * One spelling for words that British and American English write differently. Suffix rules need a stem of some
 * length, so that short words ("four", "your", "size") are not touched for nothing.
 */
export function canonicalWord(word: string): string {
  // The vocabulary of reports is small and repeats: each word's form is worked out once (a measured hot spot of
  // the analysis at a thousand reports, see README "Performance"). Bounded so that no input grows it without end.
  const cached = canonicalCache.get(word);
  if (cached !== undefined) return cached;
  const canonical = spellingOf(word);
  if (canonicalCache.size < 200_000) canonicalCache.set(word, canonical);
  return canonical;
}

const canonicalCache = new Map<string, string>();

function spellingOf(word: string): string {
  const irregular = IRREGULAR_SPELLINGS[word];
  if (irregular !== undefined) return irregular;
  return (
    word
      // organize, organized, organizing, organization(s), organizer(s) -> organis…
      .replace(/^(\p{L}{3,})iz(e|es|ed|ing|ation|ations|er|ers)$/u, '$1is$2')
      // analyze, paralyzed -> analys…
      .replace(/^(\p{L}{2,})yz(e|es|ed|ing|er|ers)$/u, '$1ys$2')
      // labour, honoured, favourable -> labor…
      .replace(/^(\p{L}{3,})our(s|ed|ing|able|ably|ite|ites)?$/u, '$1or$2')
      // centre, centres, theatre -> center…; centred -> centered
      .replace(/^(\p{L}{2,})tre(s)?$/u, '$1ter$2')
      .replace(/^(\p{L}{2,})tred$/u, '$1tered')
  );
}

/**
 * The canonical form of a text for matching: canonical words separated by single spaces, with a space at each
 * end so that a pattern can demand word boundaries as " word ".
 */
export function normaliseForMatching(text: string): string {
  return ` ${canonicalWords(text).join(' ')} `;
}

/** The words of normaliseForMatching(text), in order: for a caller that needs them one by one as well. */
export function canonicalWords(text: string): string[] {
  return tokenise(text).map(canonicalWord);
}
