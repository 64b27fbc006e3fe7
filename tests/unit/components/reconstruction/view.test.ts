/**
 * What the reconstruction page shows (src/components/reconstruction/view.ts): numbers and anchors that keep the
 * derivation's, a letter for a statement one witness keeps, and at most ten readings, the closest first.
 */
import { describe, expect, test } from 'vitest';
import type { ReconstructedStatement } from '../../../../src/lib/analysis/collation/index.ts';
import {
  SHOWN_READINGS,
  STATEMENTS_PAGE_SIZE,
  statementTarget,
  statementViews,
} from '../../../../src/components/reconstruction/view.ts';

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

describe('statementTarget: a long reconstruction in pages of statements', () => {
  const many = (n: number) => Array.from({ length: n }, (_x, i) => statement(`Statement ${i + 1}.`, i));
  const anchorsOf = (n: number) => Array.from({ length: n }, (_x, i) => `s${i + 1}`);

  test('a short one links to the statement on its own page', () => {
    expect(STATEMENTS_PAGE_SIZE).toBe(20);
    expect(statementTarget('lost', many(20), anchorsOf(20), 's20')).toEqual({
      path: '/derivation/lost/',
      fragment: 's20',
    });
  });

  test('a long one links to the page of statements that holds it: 20 a page, counting the lettered ones', () => {
    // 45 statements, with a lettered one after statement 3: s1, s2, s3, s3-1, s4 … s44, so s20 is the 21st.
    const statements = [...many(3), statement('Kept.', null), ...many(44).slice(3)];
    const anchors = anchorsOf(44);
    expect(statements).toHaveLength(45);
    expect(statementTarget('lost', statements, anchors, 's1')).toEqual({
      path: '/derivation/lost/statements/',
      fragment: 's1',
    });
    expect(statementTarget('lost', statements, anchors, 's3-1').path).toBe('/derivation/lost/statements/');
    expect(statementTarget('lost', statements, anchors, 's19').path).toBe('/derivation/lost/statements/');
    expect(statementTarget('lost', statements, anchors, 's20').path).toBe('/derivation/lost/statements/2/');
    expect(statementTarget('lost', statements, anchors, 's44').path).toBe('/derivation/lost/statements/3/');
  });
});
