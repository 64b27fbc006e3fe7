/**
 * A rewording that folds another statement in. Where every reading rewords a statement, its text is the base's
 * sentence as it stands (collate.ts). Such a sentence may close with a clause that says what another statement of
 * the text says ("… led the respective delegations to reaffirm their commitment to strengthening people-to-people
 * ties between the two countries", where a later statement gives those ties). The clause is left out, and listed
 * under the base as its own: the text does not say one thing twice.
 *
 * A clause runs from a comma, or from an infinitive "to", to the sentence's end. It is folded in where it holds at
 * least three content words and FOLDED_SHARE of them stand in one other statement's text, and at least four words
 * stay before it. Of several such clauses the longest goes.
 */
import { statementOf } from '../alignment/index.ts';
import { BoundedCache, WORD_CACHE_LIMIT } from '../../text/bounded-cache.ts';
import { tidy } from './apparatus.ts';
import { tokens } from './tokens.ts';
import type { ApparatusEntry } from './types.ts';

/** Share of a clause's content words that one other statement must hold for the clause to be folded in. */
export const FOLDED_SHARE = 0.6;

export interface Unfolded {
  text: string;
  /** The clause left out, as an apparatus entry of the base's; null where none is. */
  entry: ApparatusEntry | null;
}

/**
 * Each statement's terms as a set, by its text: every statement that all its readings reword is compared with every
 * other statement of its text (in the benchmark at 1,000 reports, 35 such statements against 750 others each).
 */
const termSets = new BoundedCache<string, ReadonlySet<string>>(WORD_CACHE_LIMIT);
const termSetOf = (text: string): ReadonlySet<string> => termSets.get(text, (t) => new Set(statementOf(t).terms));

/** `text` less a closing clause that restates one of `others` (see the module comment). */
export function withoutFoldedClause(text: string, base: string, others: readonly string[]): Unfolded {
  const words = tokens(text).filter((t) => !t.credit);
  // The other statements' terms, once a clause of three terms or more opens (some sentences have none).
  let otherTerms: ReadonlySet<string>[] | undefined;
  for (let i = 4; i < words.length; i++) {
    const opens = /,["”’)]?$/u.test(words[i - 1]!.display) || words[i]!.display.toLowerCase() === 'to';
    if (!opens) continue;
    const clause = words
      .slice(i)
      .map((t) => t.display)
      .join(' ');
    const terms = statementOf(clause).terms;
    if (terms.length < 3) continue;
    otherTerms ??= others.map(termSetOf);
    const held = Math.max(0, ...otherTerms.map((o) => terms.filter((t) => o.has(t)).length));
    if (held < FOLDED_SHARE * terms.length) continue;
    const head = words.slice(0, i).map((t) => t.display);
    return {
      text: tidy(head.join(' ')),
      entry: {
        witnesses: [base],
        words: clause,
        type: 'only',
        lemma: null,
        after: head
          .slice(-2)
          .join(' ')
          .replace(/[,;:.]["”’)]?$/u, ''),
      },
    };
  }
  return { text, entry: null };
}
