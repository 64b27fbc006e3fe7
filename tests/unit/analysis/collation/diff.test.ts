/**
 * The cost of the places where two word lists differ (src/lib/analysis/collation/diff.ts, placesCost): each place,
 * a run of changes between two shared words, costs the more of its two sides. Expected costs worked out by hand.
 */
import { describe, expect, test } from 'vitest';
import { placesCost, steps } from '../../../../src/lib/analysis/collation/diff.ts';

const words = (text: string) => (text === '' ? [] : text.split(' '));

describe('placesCost', () => {
  test.each([
    ['the same words cost nothing', 'the two sides met', 'the two sides met', 0],
    ['a word left out costs 1', 'the joint patrol', 'the patrol', 1],
    ['a word added costs 1', 'the patrol', 'the joint patrol', 1],
    ['two words for one cost 2', 'of the dialogue', 'of talks', 2],
    ['a word for another costs 1', 'a new office', 'a third office', 1],
    ['two places cost one each', 'a x b y c', 'a b c', 2],
    ['nothing in common costs the longer side', 'alpha beta gamma', 'delta epsilon', 3],
    ['against nothing, every word', '', 'alpha beta', 2],
  ])('%s', (_name, a, b, cost) => {
    expect(placesCost(words(a), words(b))).toBe(cost);
  });

  test('the same cost as counting jsdiff’s changes word by word (steps), on random lists', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const list = () => Array.from({ length: Math.floor(random() * 12) }, () => 'abcde'[Math.floor(random() * 5)]!);
    for (let n = 0; n < 300; n++) {
      const [a, b] = [list(), list()];
      let cost = 0;
      let removed = 0;
      let added = 0;
      for (const step of steps(a, b)) {
        if (step.op === 'same') {
          cost += Math.max(removed, added);
          removed = added = 0;
        } else if (step.op === 'removed') removed++;
        else added++;
      }
      expect(placesCost(a, b)).toBe(cost + Math.max(removed, added));
    }
  });
});

describe('steps', () => {
  // Worked out by hand: "the joint patrol" against "the patrol" keeps "the", lacks "joint", keeps "patrol".
  const expected = [
    { op: 'same', base: 0, reading: 0 },
    { op: 'removed', base: 1, reading: 1 },
    { op: 'same', base: 2, reading: 1 },
  ];

  test('a base word the reading lacks, between two it keeps', () => {
    expect(steps(words('the joint patrol'), words('the patrol'))).toEqual(expected);
  });

  test('kept lists whose diff the likeness found already give the same steps', () => {
    const [base, reading] = [words('the joint patrol'), words('the patrol')];
    expect(placesCost(base, reading)).toBe(1);
    expect(steps(base, reading, true)).toEqual(expected);
    // Asked again, and the other way round (a word added, not lacking).
    expect(steps(base, reading, true)).toEqual(expected);
    expect(steps(reading, base, true)).toEqual([
      { op: 'same', base: 0, reading: 0 },
      { op: 'added', base: 1, reading: 1 },
      { op: 'same', base: 1, reading: 2 },
    ]);
  });

  test('kept or not, the same steps as each other on random lists', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const list = () => Array.from({ length: Math.floor(random() * 12) }, () => 'abcde'[Math.floor(random() * 5)]!);
    for (let n = 0; n < 200; n++) {
      const [a, b] = [list(), list()];
      if (n % 2 === 0) placesCost(a, b);
      expect(steps(a, b, true)).toEqual(steps(a, b));
    }
  });
});
