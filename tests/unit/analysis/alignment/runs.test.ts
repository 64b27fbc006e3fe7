/**
 * The sentences a run may be grown over (src/lib/analysis/alignment/runs.ts, aroundOf): two on either side of the
 * sentence it is grown from, only within that sentence's report, each with whether the candidates step kept it with
 * the single sentence. Expected values read off the made-up layout below.
 */
import { describe, expect, test } from 'vitest';
import { aroundOf as aroundBits } from '../../../../src/lib/analysis/alignment/runs.ts';
import type { AlignContext } from '../../../../src/lib/analysis/alignment/prepare.ts';

/** Entries 0–1 in report 0, 2–5 in report 1, 6 in report 2 (only `doc` is read). */
const entries = [0, 0, 1, 1, 1, 1, 2].map((doc, index) => ({ index, doc })) as unknown as AlignContext['entries'];

/** The candidates step kept entry 9 (the single sentence, elsewhere) with entries 2 and 4 only. */
const member = { kept: (one: number, k: number) => one === 9 && (k === 2 || k === 4) };

/** aroundOf's bits as one yes or no per offset, two before the sentence to two after. */
const aroundOf = (...args: Parameters<typeof aroundBits>) => {
  const { inReport, kept } = aroundBits(...args);
  const flags = (bits: number) => [0, 1, 2, 3, 4].map((b) => ((bits >> b) & 1) === 1);
  return { inReport: flags(inReport), kept: flags(kept) };
};

describe('aroundOf', () => {
  test('in the middle of a report: the report’s sentences on both sides, and which were kept', () => {
    expect(aroundOf(entries, member, 9, 3)).toEqual({
      inReport: [false, true, true, true, true],
      kept: [false, true, false, true, false],
    });
  });

  test('at the start of the dossier and at a report’s end: nothing outside the report', () => {
    expect(aroundOf(entries, member, 9, 0).inReport).toEqual([false, false, true, true, false]);
    expect(aroundOf(entries, member, 9, 5)).toEqual({
      inReport: [true, true, true, false, false],
      kept: [false, true, false, false, false],
    });
    expect(aroundOf(entries, member, 9, 6).inReport).toEqual([false, false, true, false, false]);
  });

  test('kept is asked of the single sentence given', () => {
    expect(aroundOf(entries, member, 8, 3).kept).toEqual([false, false, false, false, false]);
  });
});
