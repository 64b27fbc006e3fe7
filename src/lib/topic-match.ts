/**
 * Sentence-level topic matching (issue 3). Each topic declares phrases (content/topics/*.md); they are compiled
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
import { canonicalWord, foldCharacters, normaliseForMatching } from './normalise-text.ts';

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
   * terms for most sentences without running a regular expression (src/lib/topic-match.ts, `candidateTerms`).
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

const PHRASE_PIECE = /…|\.\.\.|[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*\*?|\*|[^\s\p{L}\p{N}]/gu;

function parsePhrase(phrase: string): Piece[] {
  const pieces: Piece[] = [];
  for (const [piece] of foldCharacters(phrase).matchAll(PHRASE_PIECE)) {
    if (piece === '…' || piece === '...') {
      pieces.push({ kind: 'gap' });
    } else if (piece === '*') {
      throw new PhraseError(phrase, 'a * must end a word, as in "smuggl*"');
    } else if (/^[\p{L}\p{N}]/u.test(piece)) {
      const prefix = piece.endsWith('*');
      const word = piece.replace(/\*$/u, '').replace(/'s$/u, '');
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

/** Every term of a set of topics by the first characters of its stem (all of a shorter stem). */
interface TermIndex {
  byStart: Map<string, CompiledTerm[]>;
  /** The lengths of the keys of byStart, shortest first: the only beginnings of a word worth looking up. */
  lengths: number[];
}

/** Each set of compiled topics' index, made on first use. */
const termIndexes = new WeakMap<readonly CompiledTopic[], TermIndex>();

function termIndexOf(topics: readonly CompiledTopic[]): TermIndex {
  let index = termIndexes.get(topics);
  if (!index) {
    const byStart = new Map<string, CompiledTerm[]>();
    for (const term of topics.flatMap((t) => t.terms)) {
      const key = term.stem.slice(0, INDEX_CHARACTERS);
      const list = byStart.get(key);
      if (list) list.push(term);
      else byStart.set(key, [term]);
    }
    const lengths = [...new Set([...byStart.keys()].map((k) => k.length))].sort((a, b) => a - b);
    index = { byStart, lengths };
    termIndexes.set(topics, index);
  }
  return index;
}

/**
 * The terms that may match a text in normaliseForMatching() form: those whose stem begins one of its words. Exactly
 * the terms whose pattern could match; the patterns decide.
 */
function candidateTerms(text: string, index: TermIndex): Set<CompiledTerm> {
  const found = new Set<CompiledTerm>();
  for (const word of text.split(' ')) {
    for (const k of index.lengths) {
      if (k > word.length) break;
      const terms = index.byStart.get(word.slice(0, k));
      if (terms) for (const term of terms) if (word.startsWith(term.stem)) found.add(term);
    }
  }
  return found;
}

/** The topics a sentence is evidence for, in the order of `topics`. */
export function matchSentence(sentence: string, topics: readonly CompiledTopic[]): SentenceMatch[] {
  // Each clause is normalised once (a measured hot spot at a thousand reports). The clause splitter removes only
  // separators, never a word, so the whole sentence's normal form is its clauses' words in order.
  const index = termIndexOf(topics);
  const clauses = splitClauses(sentence).map((c) => {
    const text = normaliseForMatching(c);
    return { text, negated: isNegatedNormalised(text), candidates: candidateTerms(text, index) };
  });
  const words = clauses.map((c) => c.text.trim()).filter((t) => t.length > 0);
  const whole = ` ${words.join(' ')} `;
  const results: SentenceMatch[] = [];
  if (clauses.every((c) => c.candidates.size === 0)) return results;
  for (const topic of topics) {
    let wholeMasked: string | undefined;
    const terms = new Set<string>();
    let positive = false;
    let negative = false;
    for (const clause of clauses) {
      if (clause.candidates.size === 0) continue;
      const candidates = topic.terms.filter((t) => clause.candidates.has(t));
      if (candidates.length === 0) continue;
      const masked = mask(clause.text, topic.exclude);
      const found = candidates.filter(
        (t) =>
          matches(t.pattern, masked) &&
          (t.with.length === 0 || t.with.some((w) => matches(w, (wholeMasked ??= mask(whole, topic.exclude))))),
      );
      if (found.length === 0) continue;
      for (const t of found) terms.add(t.label);
      if (clause.negated) negative = true;
      else positive = true;
    }
    if (terms.size > 0) results.push({ topic: topic.slug, negated: negative && !positive, terms: [...terms] });
  }
  return results;
}
