/**
 * Step 1 of statement alignment: a sentence reduced to what alignment compares (`statementOf`). The words of the
 * sentence as topic matching sees them (case, Unicode, apostrophes and British/American spellings folded: words.ts
 * and normalise-text.ts), function words and the words of a credit ("the Ministry of Home Affairs stated":
 * attributions.ts) dropped, each content word reduced to its Porter stem (`stemmer`), so that "enforcing"/"enforce",
 * "smugglers"/"smuggler" are one term. Words that make a WordNet compound with their neighbour ("homeland security",
 * "money laundering") are matched by stem only: their meaning is the compound's, not their own ("homeland" alone is
 * a kind of country; the Homeland Security Dialogue is not "the two countries").
 *
 * Pure TypeScript over plain data; no astro:* import.
 */
import { creditSpans } from '../../text/attributions.ts';
import { BoundedCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';
import { canonicalWord } from '../../text/normalise-text.ts';
import { stemOf } from '../../text/stems.ts';
import { FOLDED_WORD_SOURCE, foldCharacters, matchingWords } from '../../text/words.ts';
import { anchorsOf } from './anchors.ts';
import { isCompound } from './lexicon.ts';

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
  /** For each term, whether its word may be matched by meaning (false inside a WordNet compound). */
  byMeaning: boolean[];
  /** The folded words of the whole sentence, in order, for verbatim and edited comparisons. */
  folded: string[];
  /** For each folded word, the index of its term in `terms`, or -1 (a function word, a word of a credit). */
  foldedTerms: number[];
  /** The clauses (split at commas, semicolons, colons, dashes and brackets), each as indexes into `terms`. */
  clauses: number[][];
  /** Its numbers and month names (anchors.ts), which a counterpart must not contradict. */
  anchors: string[];
}

const FOLDED_WORD = new RegExp(FOLDED_WORD_SOURCE, 'gu');
const statements = new BoundedCache<string, Readonly<Statement>>(WORD_CACHE_LIMIT);

/**
 * What a statement needs of each distinct folded word of a sentence, worked out once: the word as one string shared by
 * every statement that has it (the statements live through the analysis, and a thousand reports' sentences hold some
 * 400,000 folded words but only a few thousand distinct ones, each copy of which every garbage collection would carry
 * until the end of the analysis), and its stem unless its canonical form is a function word.
 */
interface FoldedFacts {
  word: string;
  term: string | undefined;
}
const foldedFacts = new BoundedCache<string, FoldedFacts>(WORD_CACHE_LIMIT);
const foldedFactsOf = (word: string): FoldedFacts => foldedFacts.get(word, factsOfFolded);
// The work of a cache miss, as named functions: a closure written in the call would be a new object on every call.
function factsOfFolded(word: string): FoldedFacts {
  const canonical = canonicalWord(word);
  return { word, term: FUNCTION_WORDS.has(canonical) ? undefined : stemOf(canonical) };
}

/**
 * What a statement needs of each distinct matching form of a word (words.ts, matchingWords), worked out once: its
 * canonical spelling unless that is a function word, and then its stem.
 */
interface FormFacts {
  content: string | undefined;
  term: string | undefined;
}
const formFacts = new BoundedCache<string, FormFacts>(WORD_CACHE_LIMIT);
const formFactsOf = (form: string): FormFacts => formFacts.get(form, factsOfForm);
function factsOfForm(form: string): FormFacts {
  const canonical = canonicalWord(form);
  return FUNCTION_WORDS.has(canonical)
    ? { content: undefined, term: undefined }
    : { content: canonical, term: stemOf(canonical) };
}

/** Where a sentence divides into clauses: commas, semicolons, colons, dashes set off by spaces, brackets. */
const CLAUSE_BREAK = /[,;:()\u201C\u201D"]|\s[\u2013\u2014-]\s/u;

/**
 * The sentence as alignment sees it. Worked out once per distinct text (a wire story's sentences recur in every
 * copy, and derivation asks again): the object is shared, and never changed.
 */
export function statementOf(text: string): Readonly<Statement> {
  return statements.get(text, computeStatement);
}

function computeStatement(text: string): Statement {
  const folded = (foldCharacters(text).match(FOLDED_WORD) ?? []).map(foldedFactsOf);
  const statement: Statement = {
    terms: [],
    words: [],
    byMeaning: [],
    folded: folded.map((f) => f.word),
    foldedTerms: [],
    clauses: [],
    anchors: anchorsOf(text),
  };
  const index = new Map<string, number>();
  for (const part of withoutCredits(text).split(CLAUSE_BREAK)) {
    const clause: number[] = [];
    const written = matchingWords(part);
    const facts = written.map(formFactsOf);
    // Whether each word makes a compound with the one before, and with the one after (each pair asked once).
    let joinedBefore = false;
    for (let w = 0; w < facts.length; w++) {
      const { content, term } = facts[w]!;
      const joinedAfter = isCompound(content, facts[w + 1]?.content);
      const compound = joinedBefore || joinedAfter;
      joinedBefore = joinedAfter;
      if (term === undefined) continue;
      let at = index.get(term);
      if (at === undefined) {
        at = statement.terms.length;
        index.set(term, at);
        statement.terms.push(term);
        statement.words.push(written[w]!);
        statement.byMeaning.push(!compound);
      } else if (compound) statement.byMeaning[at] = false;
      if (!clause.includes(at)) clause.push(at);
    }
    if (clause.length > 0) statement.clauses.push(clause);
  }
  statement.foldedTerms = folded.map(({ term }) => (term === undefined ? -1 : (index.get(term) ?? -1)));
  return statement;
}

/**
 * The sentence without the words that credit its source (attributions.ts: "the Ministry of Home Affairs stated",
 * "(IANS)"), each replaced by a clause break: a credit says where a statement comes from, not what it states, so its
 * words are no terms of it. The folded words, which tell a copy from an edit, keep them.
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

/** Weight of a term found in `df` of `n` sentences (a smoothed inverse document frequency). */
export function termWeight(df: number, n: number): number {
  return Math.log(1 + n / Math.max(df, 1));
}
