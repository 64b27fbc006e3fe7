/** Shared runs of words placed on sentences (src/lib/site/shared-runs.ts). */
import { expect, test } from 'vitest';
import { markedParts, mergeRanges, sharedRangesBySentence } from '../../../src/lib/site/shared-runs.ts';

test('ranges that overlap or touch are merged', () => {
  expect(
    mergeRanges([
      { start: 10, end: 15 },
      { start: 0, end: 4 },
      { start: 4, end: 6 },
      { start: 12, end: 20 },
    ]),
  ).toEqual([
    { start: 0, end: 6 },
    { start: 10, end: 20 },
  ]);
});

test('a passage across two sentences marks the end of the first and the start of the second', () => {
  const first = 'The two sides met in Delhi.';
  const second = 'They signed a memorandum on training.';
  const text = `${first} ${second}`;
  const paragraph = {
    anchor: 'p1',
    text,
    sentences: [
      { id: 'p1-s1', text: first },
      { id: 'p1-s2', text: second },
    ],
  };
  // "met in Delhi. They signed" (offsets in the paragraph, counted by hand).
  const start = text.indexOf('met');
  const end = text.indexOf(' a memorandum');
  const ranges = sharedRangesBySentence([paragraph], [{ anchor: 'p1', start, end }]);
  expect(ranges.get('p1-s1')).toEqual([{ start: 14, end: first.length }]);
  expect(ranges.get('p1-s2')).toEqual([{ start: 0, end: 'They signed'.length }]);
  expect(markedParts(first, ranges.get('p1-s1')!)).toEqual([
    { text: 'The two sides ', marked: false },
    { text: 'met in Delhi.', marked: true },
  ]);
  // A passage in another paragraph marks nothing here.
  expect(sharedRangesBySentence([paragraph], [{ anchor: 'p2', start: 0, end: 5 }]).size).toBe(0);
});

test('markedParts keeps every character, in order', () => {
  const text = 'one two three four';
  const parts = markedParts(text, [{ start: 4, end: 7 }]);
  expect(parts.map((p) => p.text).join('')).toBe(text);
  expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['two']);
  expect(markedParts(text, [])).toEqual([{ text, marked: false }]);
});
