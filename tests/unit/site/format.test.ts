/** Numbers as the pages write them (src/lib/site/format.ts). */
import { expect, test } from 'vitest';
import { countWith, figure, listOf, namedFirst, numberWord, percent, plural } from '../../../src/lib/site/format.ts';

test('percent: one decimal, rounded', () => {
  expect(percent(0)).toBe('0.0%');
  expect(percent(1)).toBe('100.0%');
  expect(percent(0.4567)).toBe('45.7%');
  expect(percent(0.04)).toBe('4.0%');
  expect(percent(0.12345)).toBe('12.3%');
});

test('plural: the noun takes an s unless the count is one', () => {
  expect(plural(1, 'sentence')).toBe('1 sentence');
  expect(plural(0, 'sentence')).toBe('0 sentences');
  expect(plural(2, 'sentence')).toBe('2 sentences');
  expect(plural(21, 'run')).toBe('21 runs');
  expect(plural(99119, 'pair')).toBe('99,119 pairs');
});

test('numberWord: zero to ten in words, others in figures', () => {
  expect(numberWord(0)).toBe('zero');
  expect(numberWord(5)).toBe('five');
  expect(numberWord(10)).toBe('ten');
  expect(numberWord(11)).toBe('11');
  expect(numberWord(-1)).toBe('-1');
  expect(numberWord(1005)).toBe('1,005');
});

test('countWith: the verb agrees with the count, singular for one only', () => {
  expect(countWith(1, 'is', 'are')).toBe('1 is');
  expect(countWith(2, 'is', 'are')).toBe('2 are');
  expect(countWith(0, 'makes a statement', 'make statements')).toBe('0 make statements');
  expect(countWith(20622, 'more pair shares', 'more pairs share')).toBe('20,622 more pairs share');
});

test('figure: thousands grouped, as running text writes them', () => {
  expect(figure(7)).toBe('7');
  expect(figure(999)).toBe('999');
  expect(figure(1005)).toBe('1,005');
  expect(figure(99119)).toBe('99,119');
});

test('names in a sentence: "A and B", "A, B and C", without a comma before the last', () => {
  expect(listOf(['Khatrimaza'])).toBe('Khatrimaza');
  expect(listOf(['Khatrimaza', 'TFIPost'])).toBe('Khatrimaza and TFIPost');
  expect(listOf(['IANS', 'INN', 'TFIPost'])).toBe('IANS, INN and TFIPost');
});

test('namedFirst: a few named and the rest counted; never "and 1 other" where the name fits', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => `r${i + 1}`);
  expect(namedFirst(items(3), 5)).toEqual({ named: items(3), more: 0 });
  expect(namedFirst(items(6), 5)).toEqual({ named: items(6), more: 0 });
  expect(namedFirst(items(7), 5)).toEqual({ named: items(5), more: 2 });
  expect(namedFirst(items(60), 5)).toEqual({ named: items(5), more: 55 });
});
