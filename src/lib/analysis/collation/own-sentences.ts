/**
 * A witness's own sentences inside a statement. A reading may span several sentences of its witness (a lede that
 * folds in background, a closing line that adds a date). A sentence of it that the other independent witnesses of the
 * statement barely share is the witness's own addition: it leaves the statement and is listed with the witness's
 * other sentences "only in" it. The sentence that shares most with another reading is the reading's core; each other,
 * from the most shared down, is measured by what it adds to those kept: few of the words they lack stand, in order,
 * in any other reading. So "The last dialogue was held in January 2022" beside "…agreed to hold the next round of the
 * Dialogue…" adds "last", "January 2022", which no other witness has; its "dialogue … held" does not count. A reading
 * keeps at least one sentence, and a statement that one witness alone reads is left as it is (nothing to compare it
 * with).
 */
import type { Covered } from './coverage.ts';
import { steps } from './diff.ts';
import { tokens } from './tokens.ts';
import { groupOf } from './witnesses.ts';

/** The share of a sentence's words, in order, that another witness's reading must hold for it to stay. */
export const OWN_SENTENCE = 0.3;

/** A text's words by key, its credit left out. */
const keysOf = (text: string) =>
  tokens(text)
    .filter((t) => !t.credit && t.key !== '')
    .map((t) => t.key);

/** The share of `words` that stand, in order, in `other` (0–1). */
export function sharedInOrder(words: readonly string[], other: readonly string[]): number {
  if (words.length === 0) return 1;
  return steps(words, other).filter((s) => s.op === 'same').length / words.length;
}

/** The statements with each reading's own sentences taken out (see the module comment). */
export function withoutOwnSentences(
  covered: readonly Covered[],
  sentenceText: (witness: string, sentence: string) => string,
  copyOf?: ReadonlyMap<string, string>,
): Covered[] {
  return covered.map((c) => {
    const groups = new Set(c.readings.map((r) => groupOf(r.witness, copyOf)));
    if (groups.size < 2) return c;
    const readings = c.readings.map((r) => {
      if (r.sentences.length < 2) return r;
      const group = groupOf(r.witness, copyOf);
      const others = c.readings
        .filter((o) => groupOf(o.witness, copyOf) !== group)
        .map((o) => keysOf(o.sentences.map((s) => sentenceText(o.witness, s)).join(' ')));
      const kept = ownLeftOut(
        r.sentences.map((s) => keysOf(sentenceText(r.witness, s))),
        others,
      );
      if (kept === null) return r;
      return { ...r, sentences: r.sentences.filter((_s, i) => kept.has(i)) };
    });
    return { ...c, readings };
  });
}

/**
 * Which of a reading's sentences stay (by index), or null where none shares enough with another reading (then the
 * reading is left whole: nothing to compare it with). The sentence that shares most stays; each other, from the most
 * shared down, stays where the words it adds to those kept stand, in order, in another reading.
 */
function ownLeftOut(sentences: readonly string[][], others: readonly string[][]): Set<number> | null {
  const share = (words: readonly string[]) => Math.max(0, ...others.map((o) => sharedInOrder(words, o)));
  const plain = sentences.map(share);
  const order = sentences.map((_s, i) => i).sort((a, b) => plain[b]! - plain[a]! || a - b);
  if (plain[order[0]!]! < OWN_SENTENCE) return null;
  const kept = new Set([order[0]!]);
  const had = new Set(sentences[order[0]!]);
  for (const i of order.slice(1)) {
    const adds = sentences[i]!.filter((k) => !had.has(k));
    if (adds.length === 0 || share(adds) < OWN_SENTENCE) continue;
    kept.add(i);
    for (const k of sentences[i]!) had.add(k);
  }
  return kept;
}
