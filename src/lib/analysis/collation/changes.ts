/**
 * Steps 3 and 4 of a collation: each voting reading's differences from the base, and which of them the text takes.
 * A word of the base is changed only where the independent witnesses agree against it: two or more witnesses (a copy
 * and its original counted once) make the same change at the same place, and they outnumber the witnesses that keep
 * the base's words there, the base among them; a change that only adds or only leaves out short words is chance,
 * and never taken (`byChance`). Leaving base words out takes witnesses whose omissions count
 * (`omits`: in a reconstruction, the close copies). A credit's words are the witness's own: they match no other reading's,
 * never go into the text, and the base's are left out of it.
 */
import { sameSequence } from '../../text/numbering.ts';
import { ownAdditions } from './additions.ts';
import { compact, steps } from './diff.ts';
import { isShortKey, keysOfTokens } from './tokens.ts';
import type { Change, Token } from './types.ts';

export type { Change } from './types.ts';

export interface CollationContext {
  /** The voting readings' words. */
  tokenised: readonly (readonly Token[])[];
  /** Their keys, a credit's words made unique to their reading (they match nothing). */
  keys: readonly (readonly string[])[];
  /** Each voting reading's independent group (copies share one). */
  groups: readonly string[];
  baseIndex: number;
  /** For each base word, the groups other than the base's that have it. */
  support: Set<string>[];
  changes: Change[];
  /** The changes the text takes, in the base's order, none overlapping another. */
  applied: Change[];
  /** The base's own additions, left out of the text (additions.ts): [start, end) runs of its words. */
  dropped: [number, number][];
}

/** Every voting reading's changes against the base, and each base word's support (see CollationContext). */
export function findChanges(
  tokenised: readonly (readonly Token[])[],
  groups: readonly string[],
  baseIndex: number,
  elsewhere: ReadonlySet<string> = new Set(),
  omits: (group: string) => boolean = () => true,
): CollationContext {
  // A reading with no credit and no bare mark: its keys are its kept list, whose diff with the base's may be known.
  const kept = tokenised.map((t) => t.every((x) => !x.credit && x.key !== ''));
  const keys = tokenised.map((t, w) =>
    kept[w] ? keysOfTokens(t) : t.map((x, i) => (x.credit ? `credit ${w} ${i}` : x.key)),
  );
  const baseKeys = keys[baseIndex]!;
  const support = baseKeys.map(() => new Set<string>());
  const changes: Change[] = [];
  keys.forEach((k, w) => {
    if (w === baseIndex) return;
    const group = groups[w]!;
    // A copy of the base is the base: its words are no other witness's support.
    const own = group === groups[baseIndex];
    if (sameSequence(k, baseKeys)) {
      if (!own) for (const s of support) s.add(group);
      return;
    }
    let open: Change | null = null;
    let addedKeys: string[] = [];
    const close = () => {
      if (!open) return;
      // A change whose words are the base's, divided otherwise ("set-up" for "set up"), is no change: it supports them.
      if (open.start < open.end && addedKeys.join(' ') === baseKeys.slice(open.start, open.end).join(' ')) {
        if (!own) for (let i = open.start; i < open.end; i++) support[i]!.add(group);
      } else changes.push(...splitOpening({ ...open, signature: addedKeys.join(' ') }, tokenised[baseIndex]!));
      open = null;
      addedKeys = [];
    };
    for (const step of compact(steps(baseKeys, k, kept[baseIndex]! && kept[w]!), baseKeys, k)) {
      if (step.op === 'same') {
        close();
        if (!own) support[step.base]!.add(group);
        continue;
      }
      open ??= { witness: w, start: step.base, end: step.base, added: [], signature: '' };
      if (step.op === 'added') {
        open.added.push(tokenised[w]![step.reading]!);
        addedKeys.push(k[step.reading]!);
      } else open.end = step.base + 1;
    }
    close();
  });
  const split = splitAtAgreement(changes, groups);
  const base = tokenised[baseIndex]!;
  const applied = decide(base, split, groups, baseIndex, omits);
  const dropped = ownAdditions({ base, groups, baseIndex, support, changes: split, applied, elsewhere, omits });
  return { tokenised, keys, groups, baseIndex, support, changes: split, applied, dropped };
}

/**
 * A change that replaces an opening phrase of the base and more ("Going further, the co-chairs" for "They") is two:
 * the opening phrase, up to its comma, lacking; and the rest read otherwise. The phrase must open the sentence or a
 * clause (follow punctuation), and the rest must hold base words, so that the reading's words stand for them.
 */
function splitOpening(c: Change, base: readonly Token[]): Change[] {
  if (c.added.length === 0 || c.end - c.start < 2) return [c];
  if (c.start > 0 && !/[,;:.]["”’)]?$/u.test(base[c.start - 1]!.display)) return [c];
  for (let k = c.start + 1; k < c.end; k++) {
    if (!/,["”’)]?$/u.test(base[k - 1]!.display)) continue;
    return [
      { witness: c.witness, start: c.start, end: k, added: [], signature: '' },
      { ...c, start: k },
    ];
  }
  return [c];
}

/**
 * Where one witness replaces base words with words that begin another witness's replacement of the same words ("via"
 * read "through" by one and "through the" by another), the two agree on the shorter: the longer is split into that
 * replacement and an addition of its remaining words after it, so that each part is voted on alone. Only between
 * independent witnesses, and only replacements (an addition or an omission has nothing to begin with).
 */
export function splitAtAgreement(changes: readonly Change[], groups: readonly string[]): Change[] {
  const out: Change[] = [];
  const signature = (tokens: readonly Token[]) => tokens.map((t) => t.key).join(' ');
  for (const c of changes) {
    const shorter = changes.find(
      (o) =>
        o !== c &&
        groups[o.witness] !== groups[c.witness] &&
        o.start === c.start &&
        o.end === c.end &&
        o.start < o.end &&
        o.added.length > 0 &&
        o.added.length < c.added.length &&
        !c.added.some((t) => t.credit) &&
        signature(c.added.slice(0, o.added.length)) === o.signature,
    );
    if (!shorter) {
      out.push(c);
      continue;
    }
    const n = shorter.added.length;
    out.push(
      { ...c, added: c.added.slice(0, n), signature: shorter.signature },
      { ...c, start: c.end, added: c.added.slice(n), signature: signature(c.added.slice(n)) },
    );
  }
  return out;
}

/**
 * The changes the independent witnesses agree on against the base (see the module comment). An omission (base words
 * lacked, nothing in their place) counts only from a group whose omissions count (`omits`): a paraphrase drops words
 * as a matter of course, so its agreement in leaving a word out says little.
 */
function decide(
  base: readonly Token[],
  changes: readonly Change[],
  groups: readonly string[],
  baseIndex: number,
  omits: (group: string) => boolean,
): Change[] {
  const baseGroup = groups[baseIndex]!;
  const independent = new Set(groups).size;
  const bySite = new Map<string, { change: Change; groups: Set<string> }>();
  for (const c of changes) {
    if (groups[c.witness] === baseGroup || c.added.some((t) => t.credit)) continue;
    if (c.added.length === 0 && !omits(groups[c.witness]!)) continue;
    if (byChance(c, base)) continue;
    const key = `${c.start} ${c.end} ${c.signature}`;
    const entry = bySite.get(key) ?? { change: c, groups: new Set<string>() };
    entry.groups.add(groups[c.witness]!);
    bySite.set(key, entry);
  }
  const agreed = [...bySite.values()]
    .filter((e) => e.groups.size >= 2 && e.groups.size > independent - e.groups.size)
    .sort((a, b) => a.change.start - b.change.start || a.change.end - b.change.end);
  const applied: Change[] = [];
  for (const { change } of agreed) {
    const last = applied[applied.length - 1];
    // Two agreed changes at one place (possible only with many witnesses): the first is taken.
    if (last && (change.start < last.end || (change.start === last.start && change.end === last.end))) continue;
    applied.push(change);
  }
  return applied;
}

/** Whether a change is one the text takes, or the same change by another witness. */
export function isApplied(ctx: CollationContext, c: Change): boolean {
  return ctx.applied.some((a) => a.start === c.start && a.end === c.end && a.signature === c.signature);
}

/**
 * Whether a change only adds or only leaves out short words ("and to", "the"): the kind of change that copyists make
 * each on their own, smoothing a list or a phrase, so that their agreement in it says nothing of the source (short
 * words agree by chance, as in `longKeys`). The base's reading stands against it.
 */
export function byChance(c: Change, base: readonly Token[]): boolean {
  const short = (t: Token) => !t.credit && isShortKey(t.key);
  if (c.start === c.end) return c.added.length > 0 && c.added.every(short);
  return c.added.length === 0 && base.slice(c.start, c.end).every(short);
}
