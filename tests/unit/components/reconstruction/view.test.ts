/**
 * What the reconstruction page shows (src/components/reconstruction/view.ts): numbers and anchors that keep the
 * derivation's, a letter for a statement one witness keeps, and at most ten readings, the closest first.
 */
import { describe, expect, test } from 'vitest';
import type { ReconstructedStatement } from '../../../../src/lib/analysis/collation/index.ts';
import { SHOWN_READINGS, statementViews } from '../../../../src/components/reconstruction/view.ts';

const statement = (text: string, given: number | null, readings: string[] = [text]): ReconstructedStatement => ({
  text,
  base: 'w0',
  agreement: 1,
  single: given === null,
  given,
  apparatus: readings.map((_r, i) => ({ witnesses: [`w${i}`], words: 'x', type: 'adds', lemma: null, after: null })),
  readings: readings.map((r, i) => ({ witness: `w${i}`, sentences: [`p1-s${i + 1}`], reworded: false, text: r })),
});

describe('statementViews', () => {
  test('the derivation’s anchors stay; a statement one witness keeps is numbered after the one before it', () => {
    const views = statementViews(
      [statement('One.', 0), statement('Kept.', null), statement('Also kept.', null), statement('Two.', 1)],
      ['s1', 's2'],
    );
    expect(views.map((v) => [v.anchor, v.label])).toEqual([
      ['s1', '1'],
      ['s1-1', '1a'],
      ['s1-2', '1b'],
      ['s2', '2'],
    ]);
  });

  test('at most ten readings, the closest to the text first; the rest and their differences counted', () => {
    const text = 'The two sides agreed to expand the joint patrol.';
    const far = Array.from({ length: 11 }, (_x, i) => `Something else entirely, number ${i}.`);
    const [view] = statementViews([statement(text, 0, [...far, text])], ['s1']);
    expect(view!.readings).toHaveLength(SHOWN_READINGS);
    expect(view!.readings[0]!.text).toBe(text);
    expect(view!.hiddenReadings).toBe(2);
    expect(view!.apparatus).toHaveLength(10);
    expect(view!.hiddenEntries).toBe(2);
  });
});
