/**
 * Copies: a report whose article text is almost wholly in another report of the dossier, not later than it, is that
 * report's copy (a wire story reprinted by another site). Read from the reuse containment the site computes
 * (reuse.ts): the share of the report's five-word runs found in the other, COPY_SHARE or more.
 *
 * Of two near-copies of each other, the original is the one dated earlier; on the same day the official readout,
 * then the wire story, then the one the other credits by name (its wire tag names the agency), then the longer,
 * then the first in the dossier's order. A copy follows its original, and through it the original's source; it is
 * no independent witness of anything.
 */
import { dateOrder } from '../../content/dates.ts';
import type { Context, Doc } from './context.ts';
import type { Credits } from './credits.ts';
import { COPY_SHARE, isPrimary } from './types.ts';

/** Whether x rather than y is the original, of two reports each almost wholly in the other. */
export function originalFirst(
  x: Doc,
  y: Doc,
  containment: (from: string, to: string) => number,
  credits: Credits,
): boolean {
  const order = dateOrder(x.date, y.date);
  if (order === 'before' || order === 'after') return order === 'before';
  if (isPrimary(x.kind) !== isPrimary(y.kind)) return isPrimary(x.kind);
  if ((x.kind === 'wire') !== (y.kind === 'wire')) return x.kind === 'wire';
  const yNamesX = credits.creditsOf(y, x).length > 0;
  const xNamesY = credits.creditsOf(x, y).length > 0;
  if (yNamesX !== xNamesY) return yNamesX;
  const [xInY, yInX] = [containment(x.id, y.id), containment(y.id, x.id)];
  if (xInY !== yInX) return xInY < yInX;
  return x.index < y.index;
}

/** Each copy's original, by the copy's id (an original is never itself a copy: chains end at their first text). */
export function findCopies(
  ctx: Context,
  credits: Credits,
  containment: ((from: string, to: string) => number) | undefined,
): Map<string, string> {
  const copyOf = new Map<string, string>();
  if (!containment) return copyOf;
  for (const y of ctx.docs) {
    if (isPrimary(y.kind)) continue;
    let best: { x: Doc; share: number } | null = null;
    for (const id of ctx.neighbours.get(y.id) ?? []) {
      const x = ctx.byId.get(id)!;
      const share = containment(y.id, x.id);
      if (share < COPY_SHARE || dateOrder(x.date, y.date) === 'after') continue;
      if (containment(x.id, y.id) >= COPY_SHARE && !originalFirst(x, y, containment, credits)) continue;
      if (!best || share > best.share || (share === best.share && x.index < best.x.index)) best = { x, share };
    }
    if (best) copyOf.set(y.id, best.x.id);
  }
  // A copy of a copy is a copy of the first text.
  for (const [copy, original] of copyOf) {
    let root = original;
    const seen = new Set([copy]);
    while (copyOf.has(root) && !seen.has(root)) {
      seen.add(root);
      root = copyOf.get(root)!;
    }
    if (root === copy) copyOf.delete(copy);
    else copyOf.set(copy, root);
  }
  return copyOf;
}
