/** Numbers and dates as anchors that a counterpart must not contradict (src/lib/analysis/alignment/anchors.ts). */
import { describe, expect, test } from 'vitest';
import { anchorsDisagree, anchorsOf } from '../../../../src/lib/analysis/alignment/index.ts';

describe('anchorsOf', () => {
  test('numbers, and months as m1…m12; "may" only beside a number', () => {
    expect(anchorsOf('The last dialogue was held in January 2022.')).toEqual(['m1', '2022']);
    expect(anchorsOf('From February 27 to February 29, 1,000 officers met.')).toEqual(['m2', '27', '29', '1000']);
    expect(anchorsOf('They may meet again; talks resume on 3 May.')).toEqual(['3', 'm5']);
    expect(anchorsOf('Both sides agreed to hold the next round in Washington.')).toEqual([]);
  });
});

describe('anchorsDisagree', () => {
  test('two sentences that both give numbers or months and share none disagree', () => {
    const founded = anchorsOf('The dialogue was founded in 2010.');
    const last = anchorsOf('The last dialogue was held in January 2022.');
    expect(anchorsDisagree(founded, last)).toBe(true);
    expect(anchorsDisagree(last, anchorsOf('The previous round took place in 2022.'))).toBe(false);
  });

  test('a sentence without any contradicts nothing: a restatement may drop the date', () => {
    expect(anchorsDisagree(anchorsOf('The previous round took place in Delhi.'), anchorsOf('It met in 2022.'))).toBe(
      false,
    );
  });
});
