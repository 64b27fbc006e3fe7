/**
 * Step 2 of the derivation: pairs of related reports that cannot have taken their shared statements from each
 * other, and the groups they join (each the witnesses of one common source).
 *
 * Two related reports are independent when
 * - each credits, in those statements, a source that is not in the dossier, and their dates cannot tell which came
 *   first (or the later one credits it where the earlier one does not), or
 * - each keeps, in KEEPS_MIN or more of the statements they share, wording of them that the other lacks and a third
 *   report, not later than it, also has (`keepsAgainst`; copies and edits only, not rewordings).
 * Never a pair with an official readout (its government's own account is no witness of anything), with a copy (no
 * independent witness), in which one credits the other, or whose shared statements another report of the dossier,
 * not later than either, holds: that report can be their source, and no absent one is named.
 */
import { dateOrder } from '../../content/dates.ts';
import { type Context, type Doc, isCopy } from './context.ts';
import type { Credits } from './credits.ts';
import { HOLDS_SHARE, KEEPS_MIN, THIRD_WITNESSES, isPrimary } from './types.ts';

export type IndependentPair = [Doc, Doc, 'credits' | 'wording'];

/** The reports not later than `copy` that share most with it, one more than needed (the source is left out). */
function thirdsOf(ctx: Context, copy: Doc, cache: Map<string, string[]>): string[] {
  let list = cache.get(copy.id);
  if (!list) {
    list = [...(ctx.neighbours.get(copy.id) ?? [])]
      .filter((t) => !isCopy(ctx, t) && ctx.copyOf.get(copy.id) !== t)
      .filter((t) => dateOrder(ctx.byId.get(t)!.date, copy.date) !== 'after')
      .sort(
        (a, b) =>
          ctx.sharedCount(copy.id, b) - ctx.sharedCount(copy.id, a) || ctx.byId.get(a)!.index - ctx.byId.get(b)!.index,
      )
      .slice(0, THIRD_WITNESSES + 1);
    cache.set(copy.id, list);
  }
  return list;
}

/**
 * Whether `copy` keeps, in KEEPS_MIN or more of the statements it shares with `source`, content words of them that
 * `source` lacks and a third report, not later than `copy`, also has.
 */
function keepsAgainst(ctx: Context, copy: Doc, source: Doc, cache: Map<string, string[]>): boolean {
  const thirds = new Set(
    thirdsOf(ctx, copy, cache)
      .filter((t) => t !== source.id)
      .slice(0, THIRD_WITNESSES),
  );
  let keeps = 0;
  for (const sentence of new Set(ctx.pairsOf(copy.id, source.id).map((p) => p.a))) {
    const counterparts = ctx.counterpartsOf(copy.id, sentence).filter((cp) => cp.kind !== 'reworded');
    const inSource = counterparts.filter((cp) => cp.source === source.id);
    if (inSource.length === 0) continue;
    const sourceTerms = new Set(inSource.flatMap((cp) => [...ctx.termsOf(source.id, cp.sentence)]));
    const own = [...ctx.termsOf(copy.id, sentence)].filter((t) => !sourceTerms.has(t));
    if (own.length === 0) continue;
    const found = counterparts.some(
      (cp) => thirds.has(cp.source) && own.some((t) => ctx.termsOf(cp.source, cp.sentence).has(t)),
    );
    if (found && ++keeps >= KEEPS_MIN) return true;
  }
  return false;
}

/**
 * Whether a third report of the dossier, not later than either of x and y and no copy, can be the source of the
 * statements they share: it holds HOLDS_SHARE of the sentences each shares with the other, and lacks the words both
 * have in fewer than KEEPS_MIN of them (a source is not missing shared text its followers have).
 */
export function heldByThird(ctx: Context, x: Doc, y: Doc): boolean {
  const xShared = [...new Set(ctx.pairsOf(x.id, y.id).map((p) => p.a))];
  const yShared = [...new Set(ctx.pairsOf(y.id, x.id).map((p) => p.a))];
  // For each report, how many of the shared sentences have a counterpart in it: counted once, not per third.
  const heldBy = (d: Doc, sentences: string[]) => {
    const count = new Map<string, number>();
    for (const s of sentences) {
      for (const source of new Set(ctx.counterpartsOf(d.id, s).map((cp) => cp.source))) {
        count.set(source, (count.get(source) ?? 0) + 1);
      }
    }
    return count;
  };
  let xHeld: Map<string, number> | undefined;
  let yHeld: Map<string, number> | undefined;
  const holds = (held: Map<string, number>, sentences: string[], z: string) =>
    (held.get(z) ?? 0) >= HOLDS_SHARE * sentences.length;
  for (const z of ctx.neighbours.get(x.id) ?? []) {
    if (z === y.id || isCopy(ctx, z) || !ctx.neighbours.get(y.id)?.has(z)) continue;
    const zd = ctx.byId.get(z)!;
    if (dateOrder(zd.date, x.date) === 'after' || dateOrder(zd.date, y.date) === 'after') continue;
    xHeld ??= heldBy(x, xShared);
    if (!holds(xHeld, xShared, z)) continue;
    yHeld ??= heldBy(y, yShared);
    if (holds(yHeld, yShared, z) && lacksShared(ctx, x, y, z) < KEEPS_MIN) return true;
  }
  return false;
}

/** In how many of the statements x and y share z lacks content words that both have. */
function lacksShared(ctx: Context, x: Doc, y: Doc, z: string): number {
  let lacks = 0;
  for (const p of ctx.pairsOf(x.id, y.id)) {
    const yTerms = ctx.termsOf(y.id, p.b);
    const both = [...ctx.termsOf(x.id, p.a)].filter((t) => yTerms.has(t));
    const inZ = new Set(
      ctx
        .counterpartsOf(x.id, p.a)
        .filter((cp) => cp.source === z)
        .flatMap((cp) => [...ctx.termsOf(z, cp.sentence)]),
    );
    if (inZ.size > 0 && both.some((t) => !inZ.has(t))) lacks++;
  }
  return lacks;
}

/** Whether the later of x and y credits the absent source in a statement whose counterparts in the earlier do not. */
function creditsIndependently(ctx: Context, credits: Credits, x: Doc, y: Doc): boolean {
  const pairs = ctx.pairsOf(x.id, y.id);
  const xShared = new Set(pairs.map((p) => p.a));
  const yShared = new Set(pairs.map((p) => p.b));
  const xCredits = x.attributions.filter((a) => credits.isExternal(a) && xShared.has(a.sentence));
  const yCredits = y.attributions.filter((a) => credits.isExternal(a) && yShared.has(a.sentence));
  if (xCredits.length === 0 || yCredits.length === 0) return false;
  return laterCreditsAlone(ctx, credits, x, y, xCredits, yCredits);
}

/**
 * Whether the later of x and y makes one of its credits (`xCredits`, `yCredits`) in a statement whose counterparts in
 * the earlier credit nothing, or the dates cannot tell which is later.
 */
function laterCreditsAlone(
  ctx: Context,
  credits: Credits,
  x: Doc,
  y: Doc,
  xCredits: readonly Doc['attributions'][number][],
  yCredits: readonly Doc['attributions'][number][],
): boolean {
  const order = dateOrder(x.date, y.date);
  if (order === 'same-day' || order === 'overlap') return true;
  const [early, late, lateCredits] = order === 'after' ? [y, x, xCredits] : [x, y, yCredits];
  const creditedSentences = new Set(early.attributions.filter((a) => credits.isExternal(a)).map((a) => a.sentence));
  return lateCredits.some((a) =>
    ctx
      .pairsOf(late.id, early.id)
      .filter((p) => p.a === a.sentence)
      .every((p) => !creditedSentences.has(p.b)),
  );
}

/**
 * Whether x and y each credit one absent body (anywhere in the report), and the later one credits it in a statement
 * whose counterparts in the earlier credit nothing (or the dates cannot tell): the credits say each took the
 * statements from that body.
 */
function creditOneBody(ctx: Context, credits: Credits, x: Doc, y: Doc): boolean {
  const xCredits = x.attributions.filter((a) => credits.isExternal(a));
  const yCredits = y.attributions.filter((a) => credits.isExternal(a));
  if (!xCredits.some((a) => yCredits.some((b) => credits.sameBody(a, b)))) return false;
  return laterCreditsAlone(ctx, credits, x, y, xCredits, yCredits);
}

/** Whether the pair can be witnesses at all: no readout, no copy, neither credits the other, no third holds them. */
function mayBeWitnesses(ctx: Context, credits: Credits, x: Doc, y: Doc): boolean {
  if (isPrimary(x.kind) || isPrimary(y.kind) || isCopy(ctx, x) || isCopy(ctx, y)) return false;
  if (credits.creditsOf(y, x).length > 0 || credits.creditsOf(x, y).length > 0) return false;
  return !heldByThird(ctx, x, y);
}

/** The independent pairs of the dossier, in the order of `ctx.related`, then of `ctx.loose`. */
export function independentPairs(ctx: Context, credits: Credits): IndependentPair[] {
  const independent: IndependentPair[] = [];
  const cache = new Map<string, string[]>();
  for (const [x, y] of ctx.related) {
    if (!mayBeWitnesses(ctx, credits, x, y)) continue;
    if (creditsIndependently(ctx, credits, x, y) || creditOneBody(ctx, credits, x, y)) {
      independent.push([x, y, 'credits']);
      continue;
    }
    const xCan = ctx.canFollow(y, x);
    const yCan = ctx.canFollow(x, y);
    if (!xCan && !yCan) continue;
    if ((!xCan || keepsAgainst(ctx, y, x, cache)) && (!yCan || keepsAgainst(ctx, x, y, cache)))
      independent.push([x, y, 'wording']);
  }
  for (const [x, y] of ctx.loose)
    if (mayBeWitnesses(ctx, credits, x, y) && creditOneBody(ctx, credits, x, y)) independent.push([x, y, 'credits']);
  return independent;
}

/** Reports joined by independent pairs: the seeds of one common source each, in the dossier's order. */
export function groupWitnesses(ctx: Context, independent: readonly IndependentPair[]): Doc[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const [x, y] of independent) {
    const [rx, ry] = [ctx.byId.get(find(x.id))!, ctx.byId.get(find(y.id))!];
    if (rx !== ry) parent.set(rx.index < ry.index ? ry.id : rx.id, rx.index < ry.index ? rx.id : ry.id);
  }
  const groups = new Map<string, Doc[]>();
  for (const [x, y] of independent) {
    for (const d of [x, y]) {
      const root = find(d.id);
      const list = groups.get(root) ?? [];
      if (!list.includes(d)) list.push(d);
      groups.set(root, list);
    }
  }
  return [...groups.values()].map((g) => g.sort((a, b) => a.index - b.index)).sort((a, b) => a[0]!.index - b[0]!.index);
}
