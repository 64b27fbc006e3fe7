/**
 * What a report shares, and who holds it: for "nothing of the shared text a follower has is missing from its source"
 * (edges.ts, common.ts).
 */
import { type Context, type Doc, isCopy } from './context.ts';

export interface Held {
  /** How many of the report's sentences have a counterpart in each other report, copies left out. */
  held: ReadonlyMap<string, number>;
  /** How many have a counterpart in any (copies left out). */
  shared: number;
}

/**
 * How many of y's sentences have a counterpart in each other report (copies left out), and in any. Worked out once
 * per report and context (each common source's witnesses and each report's edges ask again), and again only if the
 * context's copies change.
 */
export function heldIn(ctx: Context, y: Doc): Held {
  let known = heldCache.get(ctx);
  if (!known || known.copies !== ctx.copyOf.size)
    heldCache.set(ctx, (known = { copies: ctx.copyOf.size, byDoc: new Map() }));
  let found = known.byDoc.get(y.id);
  if (!found) known.byDoc.set(y.id, (found = heldOf(ctx, y)));
  return found;
}

const heldCache = new WeakMap<Context, { copies: number; byDoc: Map<string, Held> }>();

function heldOf(ctx: Context, y: Doc): Held {
  const held = new Map<string, number>();
  let shared = 0;
  for (const s of y.sentences) {
    const sources = new Set(ctx.counterpartsOf(y.id, s.id).map((cp) => cp.source));
    for (const x of sources) if (!isCopy(ctx, x)) held.set(x, (held.get(x) ?? 0) + 1);
    if ([...sources].some((x) => !isCopy(ctx, x))) shared++;
  }
  return { held, shared };
}
