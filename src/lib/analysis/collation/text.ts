/**
 * Step 5 of a collation: the text, the base's words with the changes the witnesses agree on (changes.ts), less the
 * base's credit and its own additions (additions.ts); and every difference between it and each voting reading, with its site in the text, for the
 * apparatus (apparatus.ts).
 */
import { type Change, type CollationContext, isApplied } from './changes.ts';
import type { ApparatusEntry, Token } from './types.ts';

/** Where an entry stands: base words it stands against, words of the text, or a point between base words. */
export type Site = { base: [number, number] } | { text: [number, number] } | { point: number };

export interface Layout {
  /** The text's words, as written (a token with its punctuation). */
  words: string[];
  /** For each base word, its index in `words`, or -1 where the text leaves it out. */
  textOfBase: number[];
  /** For each applied change, by its first base word (or its point), the words the text takes in its place. */
  textOfChange: Map<number, [number, number]>;
  /** For each point between base words, how many words the text had there. */
  textAtPoint: number[];
  entries: { witness: number; words: string; type: ApparatusEntry['type']; site: Site }[];
}

/** A sentence's closing mark at the end of a word ("treaty." or "said?"), a closing quote after it included. */
const ENDS = /[.!?]["'’”]?$/u;

export const shown = (list: readonly Token[]) => list.map((t) => t.display).join(' ');

/** The text and its differences from each voting reading (see the module comment). */
export function layText(ctx: CollationContext): Layout {
  const base = ctx.tokenised[ctx.baseIndex]!;
  const layout: Layout = {
    words: [],
    textOfBase: new Array<number>(base.length).fill(-1),
    textOfChange: new Map(),
    textAtPoint: new Array<number>(base.length + 1).fill(0),
    entries: [],
  };
  const { words } = layout;
  const appliedAt = (p: number) => ctx.applied.filter((c) => c.start === p);
  for (let p = 0; p <= base.length;) {
    layout.textAtPoint[p] = words.length;
    let next = p + 1;
    // Whether an applied change stands for base words from here (one word or more: they are not the text's).
    let replaced = false;
    for (const c of appliedAt(p)) {
      const from = words.length;
      if (c.added.length > 0) {
        const added = shown(c.added);
        // Words the others agree on that go on with a sentence the base ends ("treaty." + "for the stocks."): the
        // sentence ends after them, not before.
        if (from > 0 && c.start === c.end && /^\p{Ll}/u.test(added) && ENDS.test(added))
          words[from - 1] = words[from - 1]!.replace(ENDS, '');
        words.push(added);
      }
      layout.textOfChange.set(p, [from, words.length]);
      if (c.end > c.start) {
        next = c.end;
        replaced = true;
      }
    }
    if (p === base.length) break;
    const own = ctx.dropped.find(([a]) => a === p);
    if (replaced) {
      for (let q = p + 1; q < next; q++) layout.textAtPoint[q] = words.length;
    } else if (own) {
      // The base's own addition (additions.ts): left out, one entry under the base.
      for (let q = p + 1; q < own[1]; q++) layout.textAtPoint[q] = words.length;
      layout.entries.push({
        witness: ctx.baseIndex,
        words: shown(base.slice(p, own[1])),
        type: 'only',
        site: { point: p },
      });
      next = own[1];
    } else if (base[p]!.credit) {
      // The base's own credit: left out (a run of it, one entry).
      let end = p;
      while (end < base.length && base[end]!.credit && appliedAt(end).length === 0) end++;
      for (let q = p + 1; q < end; q++) layout.textAtPoint[q] = words.length;
      layout.entries.push({
        witness: ctx.baseIndex,
        words: shown(base.slice(p, end)),
        type: 'only',
        site: { point: p },
      });
      next = end;
    } else {
      layout.textOfBase[p] = words.length;
      words.push(base[p]!.display);
    }
    p = next;
  }
  noteApplied(ctx, layout);
  // A witness that lacks only the base's own additions lacks nothing of the text.
  const leftOut = (c: Change) => c.added.length === 0 && ctx.dropped.some(([a, b]) => a <= c.start && c.end <= b);
  for (const c of ctx.changes) if (!isApplied(ctx, c) && !leftOut(c)) noteChange(layout, c);
  return layout;
}

/** A change the text does not take, under its witness: what it adds, reads otherwise, or lacks of the text. */
function noteChange(layout: Layout, c: Change): void {
  const words = shown(c.added);
  if (c.added.length === 0)
    layout.entries.push({ witness: c.witness, words: '', type: 'lacks', site: { base: [c.start, c.end] } });
  else if (c.start === c.end)
    layout.entries.push({ witness: c.witness, words, type: 'adds', site: { point: c.start } });
  else layout.entries.push({ witness: c.witness, words, type: 'reads', site: { base: [c.start, c.end] } });
}

/**
 * For each change the text takes, the base (and every witness that keeps the base's words there) reads otherwise:
 * its words where the text has the change's, left out where the change drops them, or the change's words lacking.
 */
function noteApplied(ctx: CollationContext, layout: Layout): void {
  const base = ctx.tokenised[ctx.baseIndex]!;
  for (const a of ctx.applied) {
    const agreeing = new Set(
      ctx.changes
        .filter((c) => c.start === a.start && c.end === a.end && c.signature === a.signature)
        .map((c) => c.witness),
    );
    const touches = (w: number) =>
      ctx.changes.some((c) => c.witness === w && c.start <= a.end && c.end >= a.start && !agreeing.has(w));
    const keeping = ctx.tokenised
      .map((_t, w) => w)
      .filter((w) => w === ctx.baseIndex || (!agreeing.has(w) && !touches(w)));
    const range = layout.textOfChange.get(a.start)!;
    const run = shown(base.slice(a.start, a.end).filter((t) => !t.credit));
    for (const w of keeping) {
      if (a.added.length === 0) layout.entries.push({ witness: w, words: run, type: 'only', site: { point: a.start } });
      else if (a.start === a.end) layout.entries.push({ witness: w, words: '', type: 'lacks', site: { text: range } });
      else layout.entries.push({ witness: w, words: run, type: 'reads', site: { text: range } });
    }
  }
}
