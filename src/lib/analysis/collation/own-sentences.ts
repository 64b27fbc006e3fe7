/**
 * A witness's own sentences inside a statement. A reading may span several sentences of its witness (a lede that
 * folds in background, a closing line that adds a date). A sentence of it that the other independent witnesses of the
 * statement barely share (few of its words stand, in order, in any of their readings) is the witness's own addition:
 * it leaves the statement and is listed with the witness's other sentences "only in" it. A reading keeps at least
 * one sentence, and a statement that one witness alone reads is left as it is (nothing to compare it with).
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
      const kept = r.sentences.filter((s) => {
        const words = keysOf(sentenceText(r.witness, s));
        return others.some((o) => sharedInOrder(words, o) >= OWN_SENTENCE);
      });
      return kept.length === 0 ? r : { ...r, sentences: kept };
    });
    return { ...c, readings };
  });
}
