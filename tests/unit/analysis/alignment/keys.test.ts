/** Sentence keys, `slug#anchor` (src/lib/analysis/alignment/keys.ts). */
import { expect, test } from 'vitest';
import { parseSentenceKey, sentenceKey } from '../../../../src/lib/analysis/alignment/index.ts';

test('a key reads back as the report and the sentence it was made of', () => {
  expect(parseSentenceKey(sentenceKey('dhs-readout', 'p3-s2'))).toEqual({ source: 'dhs-readout', sentence: 'p3-s2' });
});

test('a string that is not a key is an error that quotes it', () => {
  for (const bad of ['dhs-readout', '#p1-s1', 'dhs-readout#']) {
    expect(() => parseSentenceKey(bad)).toThrow(`"${bad}"`);
  }
});
