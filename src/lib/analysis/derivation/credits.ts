/**
 * Credits resolved to the dossier: each credit of a report (attributions.ts) names a report of the dossier (its
 * outlet, one of the outlet's aliases, its short name or the agency it carries), or a text the dossier lacks. A
 * person ("an official said", "told ANI") is credited, not a text, and is neither.
 */
import { type Attribution, creditNames, nameWords } from '../../attributions.ts';
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
}

export function resolveCredits(ctx: Context): Credits {
  const allNames = ctx.docs.flatMap((d) => d.names);
  const external = new Map<string, boolean>();
  const naming = new Map<string, boolean>();
  const names = (a: Attribution, x: Doc) => {
    if (a.form === 'person') return false;
    const k = `${a.credited}\u0000${x.id}`;
    let result = naming.get(k);
    if (result === undefined) naming.set(k, (result = creditNames(a.credited, x.names)));
    return result;
  };
  return {
    isExternal(a) {
      if (a.form !== 'statement') return false;
      let result = external.get(a.credited);
      if (result === undefined) external.set(a.credited, (result = !creditNames(a.credited, allNames)));
      return result;
    },
    names,
    creditsOf: (y, x) => y.attributions.filter((a) => names(a, x)),
    same: (a, b) => nameWords(a).join(' ') === nameWords(b).join(' '),
  };
}
