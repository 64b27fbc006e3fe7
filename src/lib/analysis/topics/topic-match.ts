/**
 * Sentence-level topic matching. Each topic declares phrases (content/topics/*.md); they are compiled
 * once into regular expressions over the canonical text of normalise-text.ts, then every sentence of every report
 * is tested against them. The same rules apply to every report, present and future, so they are written as
 * general phrases, never as quotations of one report.
 *
 * The phrase language, in full:
 * - Words match whole words, whatever the case, the British or American spelling ("organised" = "organized") and
 *   the apostrophe ("India's" = "India’s").
 * - A word also matches its plural: "+s", "+es", and "y" -> "ies" ("agency" matches "agencies").
 * - A word ending in `*` matches every word that begins so: "smuggl*" matches smuggle, smugglers, smuggling.
 * - Words written with a hyphen or a space between them also match the other two ways of writing the compound:
 *   "counter-terrorism" matches "counter-terrorism", "counter terrorism" and "counterterrorism".
 * - `…` (or `...`) between two words stands for up to four other words: "last … dialogue" matches "the last
 *   India-US homeland security dialogue".
 * - A term may be an object `{ phrase, with }`: the phrase counts only in a sentence that also contains one of
 *   the `with` phrases ("precursor*" counts only next to "chemical*", "drug*", "fentanyl", …).
 * - `exclude` phrases are blanked out of the sentence before the terms are tried, where a term would mislead
 *   ("terror financing" is illicit finance, not counterterrorism).
 *
 * Negation: a clause that says something did not figure, was not discussed, did not come up… marks the topics
 * matched in it as negated. A topic is negated in a sentence when every clause that matches it is negated, so
 * "terrorism was discussed but Khalistan did not figure" negates only Khalistan.
 */
import { BoundedCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';
import { canonicalWord, canonicalWords, normaliseForMatching } from '../../text/normalise-text.ts';
import { FOLDED_WORD_SOURCE, foldCharacters, withoutPossessive } from '../../text/words.ts';

/** How many words `…` may stand for. */
export const GAP_WORDS = 4;

export interface TermRule {
  phrase: string;
  /** The phrase counts only if the sentence also contains one of these phrases. */
  with?: readonly string[] | undefined;
}

export type Term = string | TermRule;

export interface TopicRules {
  slug: string;
  terms: readonly Term[];
  exclude?: readonly string[] | undefined;
}

interface CompiledTerm {
  /** The term as written in the topic file, for explanations and tests. */
  label: string;
  pattern: RegExp;
  /** How every match of the pattern begins (see CompiledPhrase): looked for first, because it is cheap. */
  stem: string;
  with: RegExp[];
}

export interface CompiledTopic {
  slug: string;
  terms: CompiledTerm[];
  exclude: RegExp[];
}

/** A phrase compiled: its pattern, and how a word must begin for a match to start at it. */
interface CompiledPhrase {
  pattern: RegExp;
  /**
   * The first word as the pattern spells it before any ending it allows ("smuggl" for "smuggl*", "agenc" for
   * "agency", "drug" for "drug"). The pattern begins with it after a space, so every match starts at a word that
   * begins with the stem: a text with no such word cannot match. Looking up a sentence's words rules out most
   * terms for most sentences without running a regular expression (`candidatesOfWord` below).
   */
  stem: string;
}

export class PhraseError extends Error {
  readonly phrase: string;
  readonly problem: string;
  constructor(phrase: string, problem: string) {
    super(`"${phrase}": ${problem}`);
    this.name = 'PhraseError';
    this.phrase = phrase;
    this.problem = problem;
  }
}

type Piece = { kind: 'word'; word: string; prefix: boolean } | { kind: 'gap' };

// A gap, a word as the text's words are read (src/lib/text/words.ts) with an optional final *, a lone *, or a
// character that separates words.
const PHRASE_PIECE = new RegExp(`…|\\.\\.\\.|${FOLDED_WORD_SOURCE}\\*?|\\*|[^\\s\\p{L}\\p{N}]`, 'gu');

function parsePhrase(phrase: string): Piece[] {
  const pieces: Piece[] = [];
  for (const [piece] of foldCharacters(phrase).matchAll(PHRASE_PIECE)) {
    if (piece === '…' || piece === '...') {
      pieces.push({ kind: 'gap' });
    } else if (piece === '*') {
      throw new PhraseError(phrase, 'a * must end a word, as in "smuggl*"');
    } else if (/^[\p{L}\p{N}]/u.test(piece)) {
      const prefix = piece.endsWith('*');
      const word = withoutPossessive(piece.replace(/\*$/u, ''));
      pieces.push({ kind: 'word', word: canonicalWord(word), prefix });
    }
    // Other punctuation (hyphens, slashes, full stops) separates words, as it does in the text.
  }
  const words = pieces.filter((p) => p.kind === 'word');
  if (words.length === 0) throw new PhraseError(phrase, 'has no words');
  if (pieces[0]?.kind === 'gap' || pieces.at(-1)?.kind === 'gap') {
    throw new PhraseError(phrase, '… must stand between two words');
  }
  if (pieces.some((p, i) => p.kind === 'gap' && pieces[i + 1]?.kind === 'gap')) {
    throw new PhraseError(phrase, 'two … in a row');
  }
  return pieces;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The literal start of a word's pattern: the word, less a final "y" that may become "ies". */
function wordStem(word: string, prefix: boolean): string {
  return !prefix && /[^aeiou]y$/u.test(word) ? word.slice(0, -1) : word;
}

function wordPattern(word: string, prefix: boolean): string {
  const stem = escapeRegExp(wordStem(word, prefix));
  if (prefix) return `${stem}[^ ]*`;
  if (stem.length < word.length) return `${stem}(?:y|ies)`;
  return `${stem}(?:s|es)?`;
}

/**
 * Compiles one phrase into a global regular expression over normaliseForMatching() text. Throws a PhraseError
 * that says what is wrong with the phrase.
 */
export function compilePhrase(phrase: string): RegExp {
  return compilePhraseWithNeedle(phrase).pattern;
}

function compilePhraseWithNeedle(phrase: string): CompiledPhrase {
  const pieces = parsePhrase(phrase);
  let body = '';
  pieces.forEach((piece, i) => {
    if (piece.kind === 'gap') {
      body += ` (?:[^ ]+ ){0,${GAP_WORDS}}`;
      return;
    }
    const previous = pieces[i - 1];
    // Between two words the space is optional: the closed compound ("counterterrorism") matches too.
    if (previous?.kind === 'word') body += ' ?';
    body += wordPattern(piece.word, piece.prefix);
  });
  // parsePhrase guarantees that a phrase begins with a word.
  const first = pieces[0] as Extract<Piece, { kind: 'word' }>;
  return { pattern: new RegExp(`(?<= )${body}(?= )`, 'gu'), stem: wordStem(first.word, first.prefix) };
}

function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/** Blanks out (with "_" words, keeping the word count) every span that an exclusion matches. */
function mask(text: string, exclusions: readonly RegExp[]): string {
  let masked = text;
  for (const exclusion of exclusions) {
    masked = masked.replace(exclusion, (span) => span.replace(/[^ ]+/g, '_'));
  }
  return masked;
}

/**
 * Compiles every topic's rules. Problems are returned per field ("terms[3]", "terms[2].with[0]", "exclude[1]")
 * rather than thrown one at a time, so a build can report all of them at once.
 */
export function compileTopics(topics: readonly TopicRules[]): {
  compiled: CompiledTopic[];
  problems: { topic: string; field: string; message: string }[];
} {
  const problems: { topic: string; field: string; message: string }[] = [];
  const attempt = (topic: string, field: string, phrase: string): CompiledPhrase | null => {
    try {
      return compilePhraseWithNeedle(phrase);
    } catch (error) {
      if (!(error instanceof PhraseError)) throw error;
      problems.push({ topic, field, message: error.message });
      return null;
    }
  };
  const compiled = topics.map((topic): CompiledTopic => {
    const terms: CompiledTerm[] = [];
    topic.terms.forEach((term, i) => {
      const rule: TermRule = typeof term === 'string' ? { phrase: term } : term;
      const field = typeof term === 'string' ? `terms[${i}]` : `terms[${i}].phrase`;
      const pattern = attempt(topic.slug, field, rule.phrase);
      const withPatterns = (rule.with ?? []).map((w, j) => attempt(topic.slug, `terms[${i}].with[${j}]`, w));
      if (pattern && withPatterns.every((w) => w !== null)) {
        const label = rule.with?.length ? `${rule.phrase} (with ${rule.with.join(' / ')})` : rule.phrase;
        terms.push({ label, pattern: pattern.pattern, stem: pattern.stem, with: withPatterns.map((w) => w!.pattern) });
      }
    });
    const exclude = (topic.exclude ?? [])
      .map((phrase, i) => attempt(topic.slug, `exclude[${i}]`, phrase)?.pattern ?? null)
      .filter((p): p is RegExp => p !== null);
    return { slug: topic.slug, terms, exclude };
  });
  return { compiled, problems };
}

/**
 * Splits a sentence into clauses for negation: at semicolons, colons, spaced dashes, and before "but",
 * "whereas", "while", "although", "though", "however".
 */
export function splitClauses(sentence: string): string[] {
  return sentence
    .split(/[;:]|\s[-–—]\s|,?\s+(?=\b(?:but|whereas|while|although|though|however)\b)/iu)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** What a clause says was absent from the talks: "did not figure", "was not discussed", "never came up"… */
const NEGATION_PATTERNS: readonly RegExp[] = [
  // not / never / didn't … followed within two words by a verb of being discussed ("not only" excepted).
  / (?:not|never|[a-z]+n't) (?!only |just |merely )(?:[^ ]+ ){0,2}(?:figur|featur|discuss|rais|mention|address|cover|tabl|touch|brought up|bring up|come up|came up|taken up|take up|on the agenda|part of the (?:talk|dialog|discussion|agenda|meeting))/u,
  / no (?:discussion|mention) of /u,
  / (?:absent|missing) from the (?:talk|dialog|discussion|agenda|meeting)/u,
  / off the agenda /u,
];

/** Whether a clause says that something did not figure in the talks. */
export function isNegatedClause(clause: string): boolean {
  return isNegatedNormalised(normaliseForMatching(clause));
}

/** The same, on a clause already in normaliseForMatching() form. */
function isNegatedNormalised(text: string): boolean {
  return NEGATION_PATTERNS.some((p) => p.test(text));
}

export interface SentenceMatch {
  topic: string;
  /** Every clause that matches the topic says it was not discussed. */
  negated: boolean;
  /** The terms that matched, as written in the topic file. */
  terms: string[];
}

/** How many first characters of a stem index it: a word is looked up by its first one, two and three. */
const INDEX_CHARACTERS = 3;

/** A term with its place in a list of topics: which topic it belongs to, and where it stands in its terms. */
interface PlacedTerm {
  term: CompiledTerm;
  topic: number;
  order: number;
}

/** What matchSentence keeps for a list of compiled topics, made on first use. */
interface Matcher {
  /** Every term by the first characters of its stem (all of a shorter stem). */
  byStart: Map<string, PlacedTerm[]>;
  /** The lengths of the keys of byStart, shortest first: the only beginnings of a word worth looking up. */
  lengths: number[];
  /**
   * Each word's candidate terms, once worked out: the reports repeat a small vocabulary, so most words of a
   * sentence are looked up here with a single Map access (a measured hot spot at a thousand reports).
   */
  byWord: BoundedCache<string, readonly PlacedTerm[]>;
}

const NO_TERMS: readonly PlacedTerm[] = [];

/** Each list of compiled topics' matcher, made on first use. */
const matchers = new WeakMap<readonly CompiledTopic[], Matcher>();

function matcherOf(topics: readonly CompiledTopic[]): Matcher {
  let matcher = matchers.get(topics);
  if (!matcher) {
    const byStart = new Map<string, PlacedTerm[]>();
    topics.forEach((topic, t) =>
      topic.terms.forEach((term, order) => {
        const key = term.stem.slice(0, INDEX_CHARACTERS);
        const placed = { term, topic: t, order };
        const list = byStart.get(key);
        if (list) list.push(placed);
        else byStart.set(key, [placed]);
      }),
    );
    const lengths = [...new Set([...byStart.keys()].map((k) => k.length))].sort((a, b) => a - b);
    matcher = { byStart, lengths, byWord: new BoundedCache(WORD_CACHE_LIMIT) };
    matchers.set(topics, matcher);
  }
  return matcher;
}

/**
 * The terms that may match at a word of a text in normaliseForMatching() form: those whose stem begins the word.
 * A term's pattern can only match starting at such a word (CompiledPhrase), so a clause's candidates are exactly
 * the terms whose pattern could match it; the patterns decide.
 */
function candidatesOfWord(word: string, matcher: Matcher): readonly PlacedTerm[] {
  return matcher.byWord.get(word, () => {
    const found: PlacedTerm[] = [];
    for (const k of matcher.lengths) {
      if (k > word.length) break;
      const terms = matcher.byStart.get(word.slice(0, k));
      if (terms) for (const placed of terms) if (word.startsWith(placed.term.stem)) found.push(placed);
    }
    return found.length > 0 ? found : NO_TERMS;
  });
}

/** A term that may match a clause: the clause's index in the sentence, and the term in its place. */
interface Candidate {
  clause: number;
  placed: PlacedTerm;
}

/** Topic first, then clause, then the term's place in its topic: the order in which matchSentence reports. */
function byTopicClauseTerm(a: Candidate, b: Candidate): number {
  return a.placed.topic - b.placed.topic || a.clause - b.clause || a.placed.order - b.placed.order;
}

/**
 * The topics a sentence is evidence for, in the order of `topics`.
 *
 * Each clause is normalised once; its words are looked up in the matcher's index of stems, which leaves the few
 * (topic, clause, term) triples whose pattern could match. Those are sorted into the order in which the result is
 * reported (topic, then clause, then term as written in the topic) and only they are tried: a sentence that names
 * no term's stem costs no regular expression at all, and a topic with no candidate is never looked at.
 */
export function matchSentence(sentence: string, topics: readonly CompiledTopic[]): SentenceMatch[] {
  const matcher = matcherOf(topics);
  const candidates: Candidate[] = [];
  // Each clause in normaliseForMatching() form, from the words that were just looked up.
  const clauses = splitClauses(sentence).map((text, clause) => {
    const words = canonicalWords(text);
    for (const word of words) {
      for (const placed of candidatesOfWord(word, matcher)) candidates.push({ clause, placed });
    }
    return ` ${words.join(' ')} `;
  });
  const results: SentenceMatch[] = [];
  if (candidates.length === 0) return results;
  candidates.sort(byTopicClauseTerm);

  // The clause splitter removes only separators, never a word, so the whole sentence's normal form (which `with`
  // phrases are tried on) is its clauses' words in order.
  let whole: string | undefined;
  const wholeText = () =>
    (whole ??= ` ${clauses
      .map((c) => c.trim())
      .filter((t) => t.length > 0)
      .join(' ')} `);

  let i = 0;
  while (i < candidates.length) {
    const t = candidates[i]!.placed.topic;
    const topic = topics[t]!;
    let wholeMasked: string | undefined;
    const terms = new Set<string>();
    let positive = false;
    let negative = false;
    while (i < candidates.length && candidates[i]!.placed.topic === t) {
      const clause = candidates[i]!.clause;
      const masked = mask(clauses[clause]!, topic.exclude);
      let found = false;
      let previous: PlacedTerm | undefined;
      for (; i < candidates.length && candidates[i]!.placed.topic === t && candidates[i]!.clause === clause; i++) {
        const { placed } = candidates[i]!;
        // A term found at two words of the clause is tried once.
        if (placed === previous) continue;
        previous = placed;
        const term = placed.term;
        if (
          matches(term.pattern, masked) &&
          (term.with.length === 0 ||
            term.with.some((w) => matches(w, (wholeMasked ??= mask(wholeText(), topic.exclude)))))
        ) {
          terms.add(term.label);
          found = true;
        }
      }
      if (!found) continue;
      if (isNegatedNormalised(clauses[clause]!)) negative = true;
      else positive = true;
    }
    if (terms.size > 0) results.push({ topic: topic.slug, negated: negative && !positive, terms: [...terms] });
  }
  return results;
}
