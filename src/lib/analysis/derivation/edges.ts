/**
 * Step 4 of the derivation: the edges. Each sentence of a report that has counterparts is credited to the candidate
 * source (an earlier report, or a common source it follows) whose counterpart is closest; an edge carries the
 * source's statements so restated, and is kept from MIN_SHARED on.
 *
 * A report x is a candidate source of report y when y could follow x (y is no official readout, x is not later),
 * x is no copy, the two are not both witnesses of one common source, and, where their dates cannot tell which came
 * first, y credits x (or repeats the credit of x as a witness), x is an official readout, or every statement of x
 * is in y, which has more. A copy's only edge is its copy edge, from its original.
 */
import { compareIds, sentenceKey as key } from '../alignment/index.ts';
import { dateOrder } from '../../content/dates.ts';
import type { Commons } from './common.ts';
import { type Context, type Doc, isCopy } from './context.ts';
import type { Credits } from './credits.ts';
import { heldIn } from './held.ts';
import type { CommonNames } from './labels.ts';
import {
  CONTAINED_SHARE,
  HOLDS_SHARE,
  type DerivationEdge,
  type EdgeBasis,
  MIN_SHARED,
  type UndeterminedPair,
  isPrimary,
} from './types.ts';

type Carried = Map<string, { fromCommon: boolean; shared: Map<string, string[]>; c?: number }>;

/** Whether every statement of x is in y, which has more, and their dates cannot tell which came first. */
function contained(ctx: Context, x: Doc, y: Doc): boolean {
  const order = dateOrder(x.date, y.date);
  if (order === 'before' || order === 'after') return false;
  const pairs = ctx.pairsOf(x.id, y.id);
  const xIn = new Set(pairs.map((p) => p.a)).size / Math.max(1, x.sentences.length);
  const yIn = new Set(pairs.map((p) => p.b)).size / Math.max(1, y.sentences.length);
  return xIn >= CONTAINED_SHARE && yIn < CONTAINED_SHARE;
}

function candidates(ctx: Context, credits: Credits, commons: Commons, y: Doc): (x: Doc) => boolean {
  const viaWitness = commons.followsWitness.get(y.id) ?? new Map<string, number>();
  const yCommon = commons.followsCommon.get(y.id) ?? new Set<number>();
  const cache = new Map<string, boolean>();
  // A report that credits a text the dossier lacks follows a report of the dossier only if that report holds what
  // it shares with the others: nothing of the shared text it has may be missing from its source.
  const creditsAbsent = y.attributions.some((a) => credits.isExternal(a));
  const { held, shared } = heldIn(ctx, y);
  return (x) => {
    let ok = cache.get(x.id);
    if (ok === undefined) {
      ok = x !== y && !isCopy(ctx, x) && ctx.canFollow(y, x);
      if (ok && creditsAbsent && !viaWitness.has(x.id) && (held.get(x.id) ?? 0) < HOLDS_SHARE * shared) ok = false;
      // Two witnesses of one common source took their shared statements from it, not from each other.
      if (ok && [...yCommon].some((c) => commons.followsCommon.get(x.id)?.has(c)) && !viaWitness.has(x.id)) ok = false;
      if (ok && dateOrder(x.date, y.date) !== 'before')
        ok = viaWitness.has(x.id) || isPrimary(x.kind) || credits.creditsOf(y, x).length > 0 || contained(ctx, x, y);
      cache.set(x.id, ok);
    }
    return ok;
  };
}

/** Each sentence of y to the candidate source whose counterpart is closest, by source. */
function carriedBy(ctx: Context, commons: Commons, names: CommonNames, y: Doc, isCandidate: (x: Doc) => boolean) {
  const carried: Carried = new Map();
  // Of counterparts as close, the one in the report that holds most of y's shared sentences (then the first).
  const { held } = heldIn(ctx, y);
  const holds = (id: string) => held.get(id) ?? 0;
  const yCommon = commons.followsCommon.get(y.id) ?? new Set<number>();
  for (const s of y.sentences) {
    let best: { from: string; fromCommon: boolean; statement: string; score: number; c?: number } | null = null;
    const inCommon = commons.sentenceStatement.get(key(y.id, s.id));
    if (inCommon && yCommon.has(inCommon.source)) {
      const c = inCommon.source;
      best = { from: names.ids[c]!, fromCommon: true, statement: inCommon.statement, score: inCommon.score, c };
    }
    for (const cp of ctx.counterpartsOf(y.id, s.id)) {
      if (!isCandidate(ctx.byId.get(cp.source)!)) continue;
      const better =
        !best ||
        cp.score > best.score ||
        (cp.score === best.score && !best.fromCommon && holds(cp.source) > holds(best.from));
      if (better) best = { from: cp.source, fromCommon: false, statement: cp.sentence, score: cp.score };
    }
    if (!best) continue;
    const entry = carried.get(best.from) ?? {
      fromCommon: best.fromCommon,
      shared: new Map<string, string[]>(),
      ...(best.c === undefined ? {} : { c: best.c }),
    };
    const list = entry.shared.get(best.statement) ?? [];
    if (!list.includes(s.id)) list.push(s.id);
    entry.shared.set(best.statement, list);
    carried.set(best.from, entry);
  }
  return carried;
}

function reportBasis(credits: Credits, commons: Commons, x: Doc, y: Doc): EdgeBasis {
  if (commons.followsWitness.get(y.id)?.has(x.id)) return 'credit';
  if (dateOrder(x.date, y.date) === 'before') return 'date';
  if (credits.creditsOf(y, x).length > 0) return 'credit';
  return isPrimary(x.kind) ? 'readout' : 'containment';
}

function shared(map: Map<string, string[]>) {
  return [...map]
    .map(([statement, to]) => ({ from: statement, to: to.sort(compareIds) }))
    .sort((a, b) => compareIds(a.from, b.from));
}

/** A copy's edge: from its original, carrying every sentence of the original the copy restates. */
function copyEdge(ctx: Context, credits: Credits, y: Doc, x: Doc): DerivationEdge {
  const map = new Map<string, string[]>();
  for (const p of ctx.pairsOf(y.id, x.id)) map.set(p.b, [...(map.get(p.b) ?? []), p.a]);
  const list = shared(map).map((s) => ({ from: s.from, to: [...new Set(s.to)] }));
  const found = credits.creditsOf(y, x);
  const edge = { from: x.id, to: y.id, fromCommon: false, statements: list.length, shared: list };
  return { ...edge, basis: 'copy', credited: found.length > 0, credits: found, why: '' };
}

/** The edges into report y (see the module comment); `why` is written once all are known (why.ts). */
export function edgesInto(ctx: Context, credits: Credits, commons: Commons, names: CommonNames, y: Doc) {
  const original = ctx.copyOf.get(y.id);
  if (original !== undefined) return [copyEdge(ctx, credits, y, ctx.byId.get(original)!)];
  if (isPrimary(y.kind)) return [];
  const edges: DerivationEdge[] = [];
  for (const [from, entry] of carriedBy(ctx, commons, names, y, candidates(ctx, credits, commons, y))) {
    if (entry.shared.size < MIN_SHARED) continue;
    const found = entry.fromCommon
      ? y.attributions.filter(
          (a) => credits.isExternal(a) && commons.sentenceStatement.get(key(y.id, a.sentence))?.source === entry.c,
        )
      : credits.creditsOf(y, ctx.byId.get(from)!);
    const basis: EdgeBasis = entry.fromCommon
      ? commons.groups.some((g) => g.seeds.includes(y))
        ? 'witness'
        : 'statements'
      : reportBasis(credits, commons, ctx.byId.get(from)!, y);
    const list = shared(entry.shared);
    edges.push({
      from,
      to: y.id,
      fromCommon: entry.fromCommon,
      statements: list.length,
      shared: list,
      basis,
      credited: found.length > 0,
      credits: found,
      why: '',
    });
  }
  return edges;
}

/** Related pairs with no edge between them and no common source to explain them, whose dates cannot tell. */
export function undeterminedPairs(
  ctx: Context,
  commons: Commons,
  edges: readonly DerivationEdge[],
): UndeterminedPair[] {
  const undetermined: UndeterminedPair[] = [];
  const linked = new Set(edges.filter((e) => !e.fromCommon).flatMap((e) => [`${e.from}|${e.to}`, `${e.to}|${e.from}`]));
  for (const [x, y] of ctx.related) {
    if (linked.has(`${x.id}|${y.id}`) || isCopy(ctx, x) || isCopy(ctx, y)) continue;
    if ([...(commons.followsCommon.get(x.id) ?? [])].some((c) => commons.followsCommon.get(y.id)?.has(c))) continue;
    if (isPrimary(x.kind) && isPrimary(y.kind)) continue;
    const order = dateOrder(x.date, y.date);
    if (order === 'before' || order === 'after') continue;
    undetermined.push({ a: x.id, b: y.id, statements: ctx.sharedCount(x.id, y.id), dates: order, why: '' });
  }
  return undetermined;
}
