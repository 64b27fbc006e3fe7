/**
 * Credits resolved to the dossier: each credit of a report (attributions.ts) names a report of the dossier (its
 * outlet, one of the outlet's aliases, its short name or the agency it carries), or a text the dossier lacks. A
 * person ("an official said", "told ANI") is credited, not a text, and is neither.
 */
import { type Attribution, DOCUMENT_NOUNS, creditNames, nameWords } from '../../text/attributions.ts';
import type { Context, Doc } from './context.ts';

export interface Credits {
  /** Whether a credit names a text, and no report of the dossier. */
  isExternal(a: Attribution): boolean;
  /** Whether a credit names report `x`. */
  names(a: Attribution, x: Doc): boolean;
  /** The credits of report `y` that name report `x`. */
  creditsOf(y: Doc, x: Doc): Attribution[];
  /** Whether two credits name the same thing in the same words ("the Ministry of Home Affairs stated"). */
  same(a: string, b: string): boolean;
  /**
   * Whether two credits name one body: most words of the shorter body are in the other ("a Home Ministry statement
   * issued after the talks", "the Indian Ministry of Home Affairs" and "the Ministry of Home Affairs (MHA)").
   */
  sameBody(a: Attribution, b: Attribution): boolean;
}

/** Words of a credit that name no body: documents, and what qualifies them. */
const NOT_BODY = new Set([...DOCUMENT_NOUNS, 'official', 'joint', 'press', 'new', 'latest', 'its', 'their', 'this']);
/** Share of the shorter body's words the other must have to name the same body. */
const SAME_BODY_SHARE = 2 / 3;

/**
 * The words of a credit that name its body: the credit up to a participle that describes the document ("issued
 * after the talks"), without document nouns. Empty for a bare "the statement", which refers back to a credit.
 */
export function bodyWords(credited: string): string[] {
  const words = nameWords(credited);
  const cut = words.findIndex((w) => /^(?:issued|released|published|shared|put|posted|circulated)$/u.test(w));
  return (cut < 0 ? words : words.slice(0, cut)).filter((w) => !NOT_BODY.has(w));
}

/**
 * Whether the body a credit names is one of `names`, every word of it in the name ("a Home Ministry statement issued
 * after the talks" names "Ministry of Home Affairs"): the credit's document and what describes it left out.
 */
function bodyNames(a: Attribution, names: readonly string[]): boolean {
  const body = bodyWords(a.credited);
  if (body.length === 0) return false;
  return names.some((name) => {
    const words = nameWords(name);
    return body.every((w) => words.includes(w));
  });
}

export function resolveCredits(ctx: Context): Credits {
  const allNames = ctx.docs.flatMap((d) => d.names);
  const external = new Map<string, boolean>();
  // By the credit's words, then the report (no key joining the two made at every ask).
  const naming = new Map<string, Map<string, boolean>>();
  const names = (a: Attribution, x: Doc) => {
    if (a.form === 'person') return false;
    let row = naming.get(a.credited);
    if (!row) naming.set(a.credited, (row = new Map()));
    let result = row.get(x.id);
    if (result === undefined) row.set(x.id, (result = creditNames(a.credited, x.names) || bodyNames(a, x.names)));
    return result;
  };
  return {
    isExternal(a) {
      if (a.form !== 'statement') return false;
      // Asked of every credit again and again: the answer is kept by the credit's words, the body they name too.
      let result = external.get(a.credited);
      if (result === undefined) {
        result = bodyWords(a.credited).length > 0 && !creditNames(a.credited, allNames) && !bodyNames(a, allNames);
        external.set(a.credited, result);
      }
      return result;
    },
    names,
    creditsOf: (y, x) => y.attributions.filter((a) => names(a, x)),
    same: (a, b) => nameWords(a).join(' ') === nameWords(b).join(' '),
    sameBody(a, b) {
      const [x, y] = [bodyWords(a.credited), bodyWords(b.credited)];
      const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
      if (shorter.length === 0) return false;
      return shorter.filter((w) => longer.includes(w)).length >= SAME_BODY_SHARE * shorter.length;
    },
  };
}
