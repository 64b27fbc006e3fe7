import { describe, expect, test } from 'vitest';
import { Numbering, sameSequence } from '../../../src/lib/text/numbering.ts';

describe('Numbering', () => {
  test('numbers strings in the order they are first met, and gives a string met again its number', () => {
    const numbers = new Numbering();
    expect(['memorandum', 'cooperation', 'memorandum', 'training', 'cooperation'].map((w) => numbers.idOf(w))).toEqual([
      0, 1, 0, 2, 1,
    ]);
    expect(numbers.size).toBe(3);
  });

  test('tells apart strings that differ only by case or an apostrophe', () => {
    const numbers = new Numbering();
    expect(numbers.idOf('India’s')).not.toBe(numbers.idOf("India's"));
    expect(numbers.idOf('US')).not.toBe(numbers.idOf('us'));
  });
});

describe('sameSequence', () => {
  test.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['a', 'b'], ['a', 'b', 'c'], false],
    [[], [], true],
  ])('%j and %j: %s', (a, b, expected) => {
    expect(sameSequence(a, b)).toBe(expected);
  });

  test('compares typed arrays of numbers too', () => {
    expect(sameSequence(Int32Array.of(3, 1, 4), Int32Array.of(3, 1, 4))).toBe(true);
    expect(sameSequence(Int32Array.of(3, 1, 4), Int32Array.of(3, 1, 5))).toBe(false);
  });
});
