/**
 * Text normalisation for topic matching. Matching never looks at the text a reader sees; it looks at a canonical
 * form in which the ways one word is written in different reports compare equal:
 * - the words are those of src/lib/text/words.ts in their matching form: case folded ("Customs" = "customs"), Unicode
 *   NFKC-normalised, apostrophes unified, a possessive "'s" dropped ("India's" = "India");
 * - words are separated by single spaces, so "counter-terrorism" and "counter terrorism" read alike (closed
 *   compounds, "counterterrorism", are handled by the phrase compiler in topic-match.ts);
 * - British and American spellings are mapped to one form (canonicalWord): -ise/-ize, -yse/-yze, -our/-or,
 *   -tre/-ter, and a short list of irregular pairs. The mapping is applied to the text and to the topic rules
 *   alike, so it only has to be consistent, not to produce real words ("organized" and "organised" both become
 *   "organised"; "detour" becomes "detor", which nothing looks for).
 */
import { BoundedCache, WORD_CACHE_LIMIT } from './bounded-cache.ts';
import { matchingWords } from './words.ts';

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
  // the analysis at a thousand reports, see README "Performance").
  return canonicalForms.get(word, spellingOf);
}

const canonicalForms = new BoundedCache<string, string>(WORD_CACHE_LIMIT);

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

/**
 * A text with each initialism written with stops as one word, as it is written without them: "U.S." -> "US",
 * "D.C." -> "DC", so that a text's words and a copy's compare as a reader reads them. (Topic matching keeps the
 * letters apart: its patterns are written for them.)
 */
export function joinInitialisms(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}.])((?:\p{Lu}\.){2,})(?!\p{L})/gu, (m) => m.replaceAll('.', ''));
}

/** The words of normaliseForMatching(text), in order: for a caller that needs them one by one as well. */
export function canonicalWords(text: string): string[] {
  return matchingWords(text).map(canonicalWord);
}
