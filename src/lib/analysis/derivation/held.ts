/**
 * What a report shares, and who holds it: for "nothing of the shared text a follower has is missing from its source"
 * (edges.ts, common.ts).
 */
import { type Context, type Doc, isCopy } from './context.ts';

/** How many of y's sentences have a counterpart in each other report (copies left out), and in any. */
export function heldIn(ctx: Context, y: Doc): { held: Map<string, number>; shared: number } {
  const held = new Map<string, number>();
  let shared = 0;
  for (const s of y.sentences) {
    const sources = new Set(ctx.counterpartsOf(y.id, s.id).map((cp) => cp.source));
    for (const x of sources) if (!isCopy(ctx, x)) held.set(x, (held.get(x) ?? 0) + 1);
    if ([...sources].some((x) => !isCopy(ctx, x))) shared++;
  }
  return { held, shared };
}
