/**
 * Statement alignment: for every article sentence of every report, the sentences of the other reports that make
 * the same statement, whether copied, edited or reworded.
 *
 * Text-reuse measures (reuse.ts: runs of five identical words) miss a rewrite that changes a word every few words;
 * collation tools (CollateX) align identical words only. So sentences are compared here as bags of *meanings*
 * rather than strings, in the steps of the Gothenburg model of collation:
 *
 * 1. Tokenise and normalise (`statementOf`): the words of the sentence as topic matching sees them (case, Unicode,
 *    apostrophes and British/American spellings folded: words.ts and normalise-text.ts), function words and the words
 *    of a credit ("the Ministry of Home Affairs stated": attributions.ts) dropped, each content word reduced to its
 *    Porter stem (`stemmer`), so "enforcing"/"enforce", "smugglers"/"smuggler" are one term.
 * 2. Weight: a term found in many sentences of the dossier says little about which statement a sentence makes
 *    ("India", "dialogue", "security"); each term is weighted by its inverse sentence frequency.
 * 3. Find candidates: only pairs of sentences that share a rare term are compared (the index-first pattern of
 *    passim and of reuse.ts), and for each sentence only the candidates that share most with it.
 * 4. Score (`scorePair`): each term of one sentence is matched in the other by its stem (1), else by a WordNet
 *    synonym (lexicon.ts: fora ~ forums, 0.8) or close neighbour (legal ~ lawful, repatriation ~ return, 0.6). The share of each
 *    sentence's weight matched in the other gives a precision and a recall; the score is their harmonic mean,
 *    raised towards the coverage of the shorter sentence, so that one long sentence restated in two or three short
 *    ones pairs with each of them.
 * 5. Context: a pair whose neighbouring sentences also pair (the sentence before with the sentence before, or after
 *    with after) is likelier to be a restatement; such a pair gets a small bonus (`CONTEXT_BONUS`).
 * 6. Classify (`kindOf`): `verbatim` when the folded words are the same, `edited` when most words are the same in
 *    the same order (a longest common subsequence), else `reworded`.
 *
 * Sentences on the same topic that state different things share the topic's words but not the rest: a memorandum
 * on narcotics that is being negotiated and a memorandum on training that was signed share "memorandum of
 * cooperation", and little else of weight; the threshold (`COUNTERPART_THRESHOLD`) and the minimum of shared weight
 * keep them apart. tests/unit/alignment-reports.test.ts holds the pairs a careful reader finds in the five reports,
 * and pairs that must not align.
 *
 * Pure TypeScript over plain data; no astro:* import.
 */
import { creditSpans } from './attributions.ts';
import { BoundedCache, WORD_CACHE_LIMIT } from './bounded-cache.ts';
import { meanings } from './lexicon.ts';
import { Numbering, sameSequence } from './numbering.ts';
import { stemOf } from './stems.ts';
import { canonicalWord } from './normalise-text.ts';
import { FOLDED_WORD_SOURCE, foldCharacters, matchingWords } from './words.ts';

/** One sentence of a report, as alignment sees it. */
export interface AlignSentence {
  /** Its anchor on the report's page ("p3-s2"). */
  id: string;
  text: string;
}

/** A report as alignment sees it: its article sentences in reading order (artifacts and headings excluded). */
export interface AlignDocument {
  id: string;
  sentences: readonly AlignSentence[];
}

export type CounterpartKind = 'verbatim' | 'edited' | 'reworded';

/** The words of the reader's language for each kind, used by every page that names one. */
export const KIND_WORDS: Readonly<Record<CounterpartKind, string>> = {
  verbatim: 'copied',
  edited: 'edited',
  reworded: 'reworded',
};

export interface SentenceRef {
  source: string;
  sentence: string;
}

/** Why two sentences were paired: the words they share and the words that mean nearly the same. */
export interface PairEvidence {
  /** Words found in both, as the first sentence writes them (folded), in its order. */
  shared: string[];
  /** Pairs of different words that WordNet relates: [word of a, word of b]. */
  meanings: [string, string][];
}

export interface AlignedPair extends PairEvidence {
  /** The sentence of the report that comes first in the dossier's order. */
  a: SentenceRef;
  b: SentenceRef;
  kind: CounterpartKind;
  /** 0–1, rounded to two decimals. */
  score: number;
}

/** A sentence's counterpart, from the sentence's side. */
export interface Counterpart extends PairEvidence {
  source: string;
  sentence: string;
  kind: CounterpartKind;
  score: number;
}

export interface Alignment {
  /** Every pair once, ordered by the first sentence's report and position, then the second's. */
  pairs: AlignedPair[];
  /** Key `sentenceKey(source, sentence)`: the counterparts of that sentence, best first. */
  counterparts: ReadonlyMap<string, Counterpart[]>;
  /** How many article sentences each report has, and how many of them have a counterpart. */
  sentenceCounts: ReadonlyMap<string, { sentences: number; aligned: number }>;
}

/** Score at or above which two sentences are counterparts. Tuned on the five reports; see the module comment. */
export const COUNTERPART_THRESHOLD = 0.42;
/** The bonus a pair gets when its neighbours pair too; never enough to make a pair of unrelated sentences. */
export const CONTEXT_BONUS = 0.1;
/** Below this, a pair is not considered for the context bonus at all. */
const CONTEXT_FLOOR = 0.3;
/** Share of the same words, in order, from which a changed sentence is `edited` rather than `reworded`. */
export const EDITED_SIMILARITY = 0.6;
/** A clause restated whole counts for this share of a restated sentence (see clauseCover). */
const CLAUSE_FACTOR = 0.8;
/** The least weight of a clause, in the units of MIN_SHARED_WEIGHT, for clauseCover to consider it. */
const CLAUSE_MIN_WEIGHT = 5;
/** The least number of matched terms in a clause for clauseCover to count it. */
const CLAUSE_MIN_TERMS = 4;
/** Words shorter than this are matched by stem only: short words have many unrelated senses (one, set, sub). */
const MEANING_MIN_LENGTH = 4;
/** Matches by meaning count up to this share of the weight matched by stem. */
const MEANING_SHARE = 0.5;
/** Weight of a match by meaning rather than by stem. */
const SYNONYM_WEIGHT = 0.8;
const RELATED_WEIGHT = 0.6;
/**
 * The least matched weight, in units of the weight of a term found in every tenth sentence, for a pair to count:
 * two sentences of two words each that share one stock word are not the same statement.
 */
const MIN_SHARED_WEIGHT = 2;
/** How many candidates of a sentence are scored, those that share most weight first. */
export const CANDIDATES_PER_SENTENCE = 12;
/**
 * How many counterparts a sentence keeps, best first (every one of them in a dossier of a few dozen reports). A
 * pair kept by either of its sentences is listed for both, so a sentence may list a few more.
 */
export const COUNTERPARTS_PER_SENTENCE = 8;
/** A term in more sentences than this is not used to find candidates (it still counts in the score). */
const CANDIDATE_TERM_LIMIT = 200;

/**
 * Function words: they carry no statement of their own. A closed list (articles, pronouns, auxiliaries,
 * prepositions, conjunctions), as stop-word lists are; content words are never in it.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet if then than as at by for from in into of off on onto out over to up upon with ' +
    'within without about above after against along among around before behind below beneath beside between ' +
    'beyond during except inside near since through throughout till toward towards under until via ' +
    'i me my we us our ours you your he him his she her it its they them their theirs this that these those ' +
    'who whom whose which what whatever whoever where when why how ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can ' +
    'could may might must ought ' +
    'not no also just only very too such both each either neither all any some other another more most own same ' +
    'there here now well even still further furthermore however thus hence while whereas although though ' +
    'said says say according'
  ).split(' '),
);

/** A sentence reduced to what alignment compares. */
export interface Statement {
  /** Distinct content terms (stems), in order of first appearance. */
  terms: string[];
  /** For each term, the word as the sentence writes it (case and apostrophes folded) where it first appears. */
  words: string[];
  /** The folded words of the whole sentence, in order, for verbatim and edited comparisons. */
  folded: string[];
  /** `folded` sorted: for the edited test's bound (see kindOf). */
  sortedFolded: string[];
  /** The clauses (split at commas, semicolons, colons, dashes and brackets), each as indexes into `terms`. */
  clauses: number[][];
}

const FOLDED_WORD = new RegExp(FOLDED_WORD_SOURCE, 'gu');
const statements = new BoundedCache<string, Readonly<Statement>>(WORD_CACHE_LIMIT);

/**
 * The sentence as alignment sees it; see steps 1 and 6 of the module comment. Worked out once per distinct text (a
 * wire story's sentences recur in every copy, and derivation asks again): the object is shared, and never changed.
 */
export function statementOf(text: string): Readonly<Statement> {
  return statements.get(text, computeStatement);
}

function computeStatement(text: string): Statement {
  const terms: string[] = [];
  const words: string[] = [];
  const clauses: number[][] = [];
  const index = new Map<string, number>();
  for (const part of withoutCredits(text).split(CLAUSE_BREAK)) {
    const clause: number[] = [];
    for (const written of matchingWords(part)) {
      const word = canonicalWord(written);
      if (FUNCTION_WORDS.has(word)) continue;
      const term = stemOf(word);
      let at = index.get(term);
      if (at === undefined) {
        at = terms.length;
        index.set(term, at);
        terms.push(term);
        words.push(written);
      }
      if (!clause.includes(at)) clause.push(at);
    }
    if (clause.length > 0) clauses.push(clause);
  }
  const folded = foldCharacters(text).match(FOLDED_WORD) ?? [];
  return { terms, words, folded, sortedFolded: [...folded].sort(), clauses };
}

/**
 * The sentence without the words that credit its source (attributions.ts: "the Ministry of Home Affairs stated",
 * "(IANS)"), each replaced by a clause break: a credit says where a statement comes from, not what it states, so its
 * words are no terms of it ("Home", "Affairs" and "stated" would pair the sentence with any that names the ministry,
 * and weigh against its restatements that drop the credit). The folded words, which tell a copy from an edit, keep
 * them.
 */
function withoutCredits(text: string): string {
  const spans = creditSpans(text);
  if (spans.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const [start, end] of spans) {
    if (start < copied) continue;
    out += `${text.slice(copied, start)},`;
    copied = end;
  }
  return out + text.slice(copied);
}

/** Where a sentence divides into clauses: commas, semicolons, colons, dashes set off by spaces, brackets. */
const CLAUSE_BREAK = /[,;:()\u201C\u201D"]|\s[\u2013\u2014-]\s/u;

/** Weight of a term found in `df` of `n` sentences (a smoothed inverse document frequency). */
export function termWeight(df: number, n: number): number {
  return Math.log(1 + n / Math.max(df, 1));
}

/** A word's WordNet senses and their close neighbours, as dense integer ids (see `denseMeanings`). */
interface DenseMeanings {
  senses: Int32Array;
  neighbours: Int32Array;
}

const NO_MEANINGS: DenseMeanings = { senses: new Int32Array(0), neighbours: new Int32Array(0) };
/** Each synset met so far, numbered from 0, so that cover() can mark them in flat arrays. */
const denseIds = new Map<number, number>();
const denseOf = (id: number) => {
  let dense = denseIds.get(id);
  if (dense === undefined) denseIds.set(id, (dense = denseIds.size));
  return dense;
};
const denseCache = new BoundedCache<string, DenseMeanings>(WORD_CACHE_LIMIT);

/**
 * What WordNet knows of a word as the sentence writes it, or, where topic matching's spelling folding made a
 * British form of an American -ize word, of the American form WordNet lists ("finalise" → "finalize"). Words
 * shorter than MEANING_MIN_LENGTH are matched by stem only.
 */
function denseMeanings(word: string): DenseMeanings {
  return denseCache.get(word, () => {
    if (word.length < MEANING_MIN_LENGTH) return NO_MEANINGS;
    let found = meanings(word);
    if (found.senses.size === 0) {
      const american = word.replace(/is(e|es|ed|ing|ation|ations)$/u, 'iz$1');
      if (american !== word) found = meanings(american);
    }
    if (found.senses.size === 0) return NO_MEANINGS;
    return { senses: Int32Array.from(found.senses, denseOf), neighbours: Int32Array.from(found.neighbours, denseOf) };
  });
}

/**
 * A statement ready for scoring: its terms and folded words as numbers (each distinct term or word of the dossier
 * gets one), so that the pairs' tests compare numbers and mark flat arrays instead of looking strings up.
 */
interface Prepared extends Readonly<Statement> {
  termIds: Int32Array;
  foldedIds: Int32Array;
  sortedFoldedIds: Int32Array;
  weights: Float64Array;
  total: number;
  /** Each term's meanings (empty for a word matched by stem only). */
  meanings: DenseMeanings[];
}

interface Side {
  matched: number;
  /** How well each term of `from` is matched: 1 by stem, the synonym or related weight by meaning, else 0. */
  perTerm: Float64Array;
  shared: string[];
  meanings: [string, string][];
}

/**
 * Scratch space for cover(): for each dense synset id, the stamp of the last cover() that marked it as a sense (or
 * a neighbour) of a term of `to`, and that term. A stamp instead of clearing: marking is all a call writes.
 */
let senseStamp = new Int32Array(1024);
let senseOwner = new Int32Array(1024);
let neighbourStamp = new Int32Array(1024);
let neighbourOwner = new Int32Array(1024);
let stamp = 0;

function ensureScratch(size: number) {
  if (senseStamp.length >= size) return;
  const grow = (old: Int32Array) => {
    const bigger = new Int32Array(size * 2);
    bigger.set(old);
    return bigger;
  };
  senseStamp = grow(senseStamp);
  senseOwner = grow(senseOwner);
  neighbourStamp = grow(neighbourStamp);
  neighbourOwner = grow(neighbourOwner);
}

/**
 * Scratch space for the terms of the two sentences of a pair: a term id is in sentence A (or B) of the pair being
 * scored when termStampA (termStampB) holds the pair's stamp.
 */
let termStampA = new Int32Array(1024);
let termStampB = new Int32Array(1024);
let pairStamp = 0;

/** Marks the terms of a pair's two sentences (see termStampA); `terms` is the number of distinct terms met. */
function markTerms(a: Prepared, b: Prepared, terms: number) {
  if (termStampA.length < terms) {
    termStampA = new Int32Array(terms * 2);
    termStampB = new Int32Array(terms * 2);
    pairStamp = 0;
  }
  pairStamp++;
  for (const t of a.termIds) termStampA[t] = pairStamp;
  for (const t of b.termIds) termStampB[t] = pairStamp;
}

/** Scratch space for the per-term matches of the two sides of a pair (see Side.perTerm). */
let perTermA = new Float64Array(64);
let perTermB = new Float64Array(64);
/** Scratch: the terms of `from` not matched by stem that have meanings, for the meaning passes. */
let pending = new Int32Array(64);

/** Marks, for this call's stamp, the senses or neighbours of `to`'s terms that `from` does not match by stem. */
function mark(to: Prepared, fromTerms: Int32Array, which: keyof DenseMeanings, stamps: Int32Array, owners: Int32Array) {
  for (let j = 0; j < to.termIds.length; j++) {
    if (fromTerms[to.termIds[j]!] === pairStamp) continue;
    for (const d of to.meanings[j]![which]) {
      if (stamps[d] !== stamp) {
        stamps[d] = stamp;
        owners[d] = j;
      }
    }
  }
}

/** The term that marked the first of `ids` in this call, or -1. */
function markedBy(ids: Int32Array, stamps: Int32Array, owners: Int32Array): number {
  for (const d of ids) if (stamps[d] === stamp) return owners[d]!;
  return -1;
}

/**
 * How much of `from`'s weight `to` carries, term by term: by stem first, else by meaning. A term of `from` meets a
 * term of `to` in meaning when they share a sense (synonym), or a sense of one is a close neighbour of the other's
 * (related): `to`'s senses, and only if still needed its neighbours, are marked in flat arrays (only for its terms
 * that `from` does not match by stem), then each unmatched term of `from` looks its own up.
 */
function cover(
  from: Prepared,
  to: Prepared,
  fromTerms: Int32Array,
  toTerms: Int32Array,
  perTerm: Float64Array,
  collect: boolean,
): Side {
  const n = from.terms.length;
  if (pending.length < n) pending = new Int32Array(n * 2);
  perTerm.fill(0, 0, n);
  let matched = 0;
  let open = 0;
  const shared: string[] = [];
  for (let i = 0; i < n; i++) {
    if (toTerms[from.termIds[i]!] === pairStamp) {
      matched += from.weights[i]!;
      perTerm[i] = 1;
      if (collect) shared.push(from.words[i]!);
    } else if (from.meanings[i]!.senses.length > 0) pending[open++] = i;
  }
  let byMeaning = 0;
  const related: [string, string][] = [];
  const credit = (i: number, weight: number, partner: number) => {
    byMeaning += from.weights[i]! * weight;
    perTerm[i] = weight;
    if (collect) related.push([from.words[i]!, to.words[partner]!]);
  };
  if (open > 0 && matched > 0) {
    ensureScratch(denseIds.size);
    stamp++;
    mark(to, fromTerms, 'senses', senseStamp, senseOwner);
    let left = 0;
    for (let k = 0; k < open; k++) {
      const i = pending[k]!;
      const m = from.meanings[i]!;
      const same = markedBy(m.senses, senseStamp, senseOwner);
      const near = same >= 0 ? -1 : markedBy(m.neighbours, senseStamp, senseOwner);
      if (same >= 0) credit(i, SYNONYM_WEIGHT, same);
      else if (near >= 0) credit(i, RELATED_WEIGHT, near);
      else pending[left++] = i;
    }
    if (left > 0) {
      // The other way round: a sense of `from` among `to`'s neighbours.
      mark(to, fromTerms, 'neighbours', neighbourStamp, neighbourOwner);
      for (let k = 0; k < left; k++) {
        const i = pending[k]!;
        const near = markedBy(from.meanings[i]!.senses, neighbourStamp, neighbourOwner);
        if (near >= 0) credit(i, RELATED_WEIGHT, near);
      }
    }
  }
  // Meanings support a pair that shares words; they never carry one alone (MEANING_SHARE).
  return { matched: matched + Math.min(byMeaning, matched * MEANING_SHARE), perTerm, shared, meanings: related };
}

/** The score of a pair of prepared sentences, and the evidence for it; see step 4 of the module comment. */
function scorePrepared(
  a: Prepared,
  b: Prepared,
  terms: number,
  unit: number,
  collect: boolean,
): { score: number; evidence: PairEvidence } {
  const none = { score: 0, evidence: { shared: [], meanings: [] } };
  if (a.total === 0 || b.total === 0) return none;
  if (perTermA.length < a.terms.length) perTermA = new Float64Array(a.terms.length * 2);
  if (perTermB.length < b.terms.length) perTermB = new Float64Array(b.terms.length * 2);
  markTerms(a, b, terms);
  const fromA = cover(a, b, termStampA, termStampB, perTermA, collect);
  const fromB = cover(b, a, termStampB, termStampA, perTermB, false);
  if (Math.min(fromA.matched, fromB.matched) < MIN_SHARED_WEIGHT * unit) return none;
  const precision = fromA.matched / a.total;
  const recall = fromB.matched / b.total;
  if (precision === 0 || recall === 0) return none;
  const f1 = (2 * precision * recall) / (precision + recall);
  const shorter = a.total <= b.total ? precision : recall;
  const base = (f1 + shorter) / 2;
  // A clause restated whole raises a pair that already shares something of weight, never one that shares only a
  // phrase ("the Ministry of Home Affairs stated" and a sentence that names the ministry).
  const clause =
    base < CONTEXT_FLOOR ? 0 : Math.max(clauseCover(a, fromA.perTerm, unit), clauseCover(b, fromB.perTerm, unit));
  const score = Math.max(base, CLAUSE_FACTOR * clause);
  return { score, evidence: { shared: fromA.shared, meanings: fromA.meanings } };
}

/**
 * The best coverage of one clause of a sentence by the other sentence: a statement made in a clause of a long
 * sentence (one of the points a readout lists) and restated in a sentence of its own. Only clauses of some weight
 * count (`CLAUSE_MIN_WEIGHT`), so that a clause of a name or two does not pair sentences by itself.
 */
function clauseCover(sentence: Prepared, perTerm: Float64Array, unit: number): number {
  let best = 0;
  for (const clause of sentence.clauses) {
    let total = 0;
    let matched = 0;
    for (const t of clause) {
      total += sentence.weights[t]!;
      matched += sentence.weights[t]! * perTerm[t]!;
    }
    const terms = clause.filter((t) => perTerm[t]! > 0).length;
    if (terms >= CLAUSE_MIN_TERMS && total >= CLAUSE_MIN_WEIGHT * unit && matched / total > best) {
      best = matched / total;
    }
  }
  return best;
}

/**
 * Share of the same words in the same order: 2 × longest common subsequence / (length of a + length of b). Only the
 * length is needed here, so it is the textbook dynamic programme over one row (jsdiff, which also finds the edits,
 * is what the side-by-side pages use to show them; measured ten times slower for the length alone), run only
 * between the words the two share at their start and at their end (which are in every longest common subsequence;
 * an edited sentence changes a few words in its middle).
 */
export function orderedSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  if (a.length + b.length === 0) return 1;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const row = new Uint16Array(endB - start + 1);
  for (let i = start; i < endA; i++) {
    let diagonal = 0;
    for (let j = 1; j <= endB - start; j++) {
      const above = row[j]!;
      row[j] = a[i] === b[start + j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  const common = start + (a.length - endA) + row[endB - start]!;
  return (2 * common) / (a.length + b.length);
}

/** The kind of a pair; see step 6 of the module comment. */
export function kindOf(a: Statement, b: Statement): CounterpartKind {
  return kindOfWords(a.folded, b.folded, a.sortedFolded, b.sortedFolded);
}

/**
 * The kind of a pair from its sentences' folded words, in order and sorted (strings, or the numbers alignStatements
 * gives them: the same answer, faster).
 */
function kindOfWords<T>(
  a: ArrayLike<T>,
  b: ArrayLike<T>,
  sortedA: ArrayLike<T>,
  sortedB: ArrayLike<T>,
): CounterpartKind {
  if (sameSequence(a, b)) return 'verbatim';
  // The words in common in any order bound those in common in order: most reworded pairs need no LCS.
  if (bagSimilarity(sortedA, sortedB) < EDITED_SIMILARITY) return 'reworded';
  return orderedSimilarity(a, b) >= EDITED_SIMILARITY ? 'edited' : 'reworded';
}

/** The share of words two sorted lists have in common, counting repeats: 2 × common / (length of a + length of b). */
function bagSimilarity<T>(a: ArrayLike<T>, b: ArrayLike<T>): number {
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

const round = (value: number) => Math.round(value * 100) / 100;
/** The key of a sentence in `Alignment.counterparts` (and wherever sentences of several reports are looked up). */
export const sentenceKey = (source: string, sentence: string) => `${source}#${sentence}`;

interface Entry {
  index: number;
  doc: number;
  position: number;
  sentence: AlignSentence;
  prepared: Prepared;
}

/**
 * Aligns every sentence of every document with its counterparts in the others. Documents keep the order given
 * (the dossier's: by date); pair sides follow it.
 */
export function alignStatements(documents: readonly AlignDocument[]): Alignment {
  const entries: Entry[] = [];
  const raw: { doc: number; position: number; sentence: AlignSentence; statement: Readonly<Statement> }[] = [];
  documents.forEach((doc, d) =>
    doc.sentences.forEach((sentence, position) => {
      raw.push({ doc: d, position, sentence, statement: statementOf(sentence.text) });
    }),
  );
  const n = raw.length;
  const termNumbers = new Numbering();
  const wordNumbers = new Numbering();
  // Typed arrays filled by loops: TypedArray.from with a mapping function is several times slower in V8.
  const numbers = (values: readonly string[], numbering: Numbering) => {
    const ids = new Int32Array(values.length);
    for (let k = 0; k < values.length; k++) ids[k] = numbering.idOf(values[k]!);
    return ids;
  };
  const termIdsOf = raw.map(({ statement }) => numbers(statement.terms, termNumbers));
  const terms = termNumbers.size;
  const df = new Int32Array(terms);
  for (const ids of termIdsOf) for (const t of ids) df[t]!++;
  // The weight of a term in every tenth sentence: the unit of MIN_SHARED_WEIGHT, so that it scales with the dossier.
  const unit = termWeight(Math.max(1, n / 10), n);
  raw.forEach(({ doc, position, sentence, statement }, index) => {
    const termIds = termIdsOf[index]!;
    const weights = new Float64Array(termIds.length);
    let total = 0;
    for (let k = 0; k < termIds.length; k++) total += weights[k] = termWeight(df[termIds[k]!]!, n);
    const foldedIds = numbers(statement.folded, wordNumbers);
    entries.push({
      index,
      doc,
      position,
      sentence,
      prepared: {
        ...statement,
        termIds,
        foldedIds,
        sortedFoldedIds: foldedIds.slice().sort(),
        weights,
        total,
        meanings: statement.words.map(denseMeanings),
      },
    });
  });

  // Step 3: candidates, from an index of each term to the sentences that hold it.
  const postings: number[][] = Array.from({ length: terms }, () => []);
  const docOf = Int32Array.from(entries, (e) => e.doc);
  const totals = Float64Array.from(entries, (e) => e.prepared.total);
  entries.forEach((entry, index) => {
    for (const t of entry.prepared.termIds) postings[t]!.push(index);
  });
  const scores = new Map<number, Map<number, number>>();
  const shared = new Float64Array(entries.length);
  const touched: number[] = [];
  entries.forEach((entry, i) => {
    const { termIds, weights, total } = entry.prepared;
    for (let t = 0; t < termIds.length; t++) {
      const list = postings[termIds[t]!]!;
      if (list.length > CANDIDATE_TERM_LIMIT) continue;
      const weight = weights[t]!;
      // Each list is in entry order: the later sentences are at its end (the earlier ones found this one already).
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k]!;
        if (j <= i) break;
        if (docOf[j] === entry.doc) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]! += weight;
      }
    }
    // A pair can only reach CONTEXT_FLOOR if the stems it shares carry a fifth of the shorter sentence's weight
    // (meanings add at most MEANING_SHARE to them): the others are not scored at all.
    const candidates = topCandidates(
      touched.filter((j) => shared[j]! * (1 + MEANING_SHARE) >= CONTEXT_FLOOR * Math.min(total, totals[j]!)),
      shared,
      CANDIDATES_PER_SENTENCE,
    );
    for (const j of touched) shared[j] = 0;
    touched.length = 0;
    for (const j of candidates) {
      const score = scorePrepared(entry.prepared, entries[j]!.prepared, terms, unit, false).score;
      if (score < CONTEXT_FLOOR) continue;
      let row = scores.get(i);
      if (!row) scores.set(i, (row = new Map()));
      row.set(j, score);
    }
  });

  // Step 5: the context bonus, from the neighbours' raw scores.
  const rawScore = (i: number | undefined, j: number | undefined) => {
    if (i === undefined || j === undefined) return 0;
    const [low, high] = i < j ? [i, j] : [j, i];
    return scores.get(low)?.get(high) ?? 0;
  };
  // Entries are in document order, each document's sentences together: a neighbour is the next or previous entry.
  const neighbour = (e: Entry, step: number) => {
    const k = e.index + step;
    return k >= 0 && k < entries.length && entries[k]!.doc === e.doc ? k : undefined;
  };
  const found: { i: number; j: number; score: number }[] = [];
  const bySentence = new Map<number, { i: number; j: number; score: number }[]>();
  for (const [i, row] of scores) {
    const a = entries[i]!;
    for (const [j, score] of row) {
      const b = entries[j]!;
      const context = Math.max(
        rawScore(neighbour(a, -1), neighbour(b, -1)),
        rawScore(neighbour(a, 1), neighbour(b, 1)),
        rawScore(neighbour(a, -1), j),
        rawScore(neighbour(a, 1), j),
        rawScore(i, neighbour(b, -1)),
        rawScore(i, neighbour(b, 1)),
      );
      const final = Math.min(1, score + (context >= COUNTERPART_THRESHOLD ? CONTEXT_BONUS : 0));
      if (final < COUNTERPART_THRESHOLD) continue;
      const pair = { i, j, score: final };
      found.push(pair);
      for (const side of [i, j]) {
        const list = bySentence.get(side);
        if (list) list.push(pair);
        else bySentence.set(side, [pair]);
      }
    }
  }

  // Each sentence keeps its best counterparts (COUNTERPARTS_PER_SENTENCE); a pair stays if either side keeps it.
  const kept = new Set<{ i: number; j: number; score: number }>();
  for (const list of bySentence.values()) {
    list.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
    for (const pair of list.slice(0, COUNTERPARTS_PER_SENTENCE)) kept.add(pair);
  }

  // Step 6, and the evidence, for the pairs kept only.
  const pairs: AlignedPair[] = [];
  const counterparts = new Map<string, Counterpart[]>();
  const add = (from: Entry, to: Entry, kind: CounterpartKind, score: number, evidence: PairEvidence) => {
    const key = sentenceKey(documents[from.doc]!.id, from.sentence.id);
    const list = counterparts.get(key) ?? [];
    list.push({ source: documents[to.doc]!.id, sentence: to.sentence.id, kind, score, ...evidence });
    counterparts.set(key, list);
  };
  // `found` is in order of the first sentence, then the second: the order of `pairs`.
  found.sort((x, y) => x.i - y.i || x.j - y.j);
  for (const pair of found) {
    if (!kept.has(pair)) continue;
    const a = entries[pair.i]!;
    const b = entries[pair.j]!;
    const kind = kindOfWords(
      a.prepared.foldedIds,
      b.prepared.foldedIds,
      a.prepared.sortedFoldedIds,
      b.prepared.sortedFoldedIds,
    );
    const score = kind === 'verbatim' ? 1 : round(pair.score);
    // Scoring marks the pair's terms (termStampA, termStampB): reverse() reads them.
    const { evidence } = scorePrepared(a.prepared, b.prepared, terms, unit, true);
    pairs.push({
      a: { source: documents[a.doc]!.id, sentence: a.sentence.id },
      b: { source: documents[b.doc]!.id, sentence: b.sentence.id },
      kind,
      score,
      ...evidence,
    });
    add(a, b, kind, score, evidence);
    add(b, a, kind, score, reverse(evidence, b.prepared));
  }
  for (const list of counterparts.values()) {
    list.sort((x, y) => y.score - x.score || x.source.localeCompare(y.source) || compareIds(x.sentence, y.sentence));
  }

  const sentenceCounts = new Map<string, { sentences: number; aligned: number }>();
  for (const doc of documents) {
    const aligned = doc.sentences.filter((s) => (counterparts.get(sentenceKey(doc.id, s.id))?.length ?? 0) > 0).length;
    sentenceCounts.set(doc.id, { sentences: doc.sentences.length, aligned });
  }
  return { pairs, counterparts, sentenceCounts };
}

/**
 * The `limit` candidates that share most weight (ties to the earlier sentence), in that order, without sorting all
 * of them: with a thousand reports a sentence touches thousands.
 */
export function topCandidates(candidates: readonly number[], weight: Float64Array, limit: number): number[] {
  const top: number[] = [];
  const better = (x: number, y: number) => weight[x]! > weight[y]! || (weight[x] === weight[y] && x < y);
  for (const j of candidates) {
    if (top.length === limit && !better(j, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    top[at] = j;
    while (at > 0 && better(top[at]!, top[at - 1]!)) {
      [top[at], top[at - 1]] = [top[at - 1]!, top[at]!];
      at--;
    }
  }
  return top;
}

/**
 * The evidence of the pair just scored seen from its B side: B's shared words in its own order, the meanings with
 * the words swapped.
 */
function reverse(evidence: PairEvidence, b: Prepared): PairEvidence {
  const shared: string[] = [];
  for (let i = 0; i < b.termIds.length; i++) if (termStampA[b.termIds[i]!] === pairStamp) shared.push(b.words[i]!);
  return { shared, meanings: evidence.meanings.map(([x, y]) => [y, x]) };
}

/** Orders sentence anchors "p2-s10" after "p2-s9". */
export function compareIds(a: string, b: string): number {
  const na = a.match(/\d+/gu)?.map(Number) ?? [];
  const nb = b.match(/\d+/gu)?.map(Number) ?? [];
  for (let i = 0; i < Math.max(na.length, nb.length); i++) {
    const d = (na[i] ?? -1) - (nb[i] ?? -1);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}
