/**
 * A witness's own sentences inside a statement (src/lib/analysis/collation/own-sentences.ts): a sentence of a reading
 * that no other independent witness of the statement shares leaves it. Expected values come from reading the
 * sentences.
 */
import { expect, test } from 'vitest';
import { withoutOwnSentences } from '../../../../src/lib/analysis/collation/own-sentences.ts';

const TEXT: Record<string, string> = {
  'a#s1': 'The ministers signed a memorandum on patrols.',
  'a#s2': 'Talks last took place in 2019 in Oslo.',
  'b#t1': 'The ministers signed a memorandum on joint patrols.',
  'b-copy#t1': 'The ministers signed a memorandum on joint patrols.',
};
const text = (w: string, s: string) => TEXT[`${w}#${s}`]!;
const statement = (...readings: [string, string[]][]) => ({
  readings: readings.map(([witness, sentences]) => ({ witness, sentences, reworded: false })),
  single: false,
  given: 0,
});

test('a sentence of a reading that no other witness shares leaves the statement', () => {
  const [out] = withoutOwnSentences([statement(['a', ['s1', 's2']], ['b', ['t1']])], text);
  expect(out!.readings.map((r) => [r.witness, r.sentences])).toEqual([
    ['a', ['s1']],
    ['b', ['t1']],
  ]);
});

test('a copy is no other witness, and a reading keeps at least one sentence', () => {
  // b-copy copies b: the statement has one independent witness, so nothing is compared.
  const copyOf = new Map([['b-copy', 'b']]);
  const [one] = withoutOwnSentences([statement(['b', ['t1']], ['b-copy', ['t1']])], text, copyOf);
  expect(one!.readings.map((r) => r.sentences)).toEqual([['t1'], ['t1']]);
  // Neither of a's sentences shares with this reading: a keeps both rather than none.
  TEXT['c#u1'] = 'Fishing quotas were not discussed.';
  const [kept] = withoutOwnSentences([statement(['a', ['s2', 's2']], ['c', ['u1']])], text);
  expect(kept!.readings[0]!.sentences).toEqual(['s2', 's2']);
});

test('what counts is what a sentence adds to its reading: repeating the other sentence’s words is no sharing', () => {
  // d's closing line repeats "talks … held" from its first sentence; what it adds ("last", "2019", "Oslo") no
  // other witness has, so it leaves. e's second sentence adds the list that f also gives, so it stays.
  TEXT['d#s1'] = 'Both sides agreed to hold the next round of talks in Bergen.';
  TEXT['d#s2'] = 'The last round of talks was held in Oslo in 2019.';
  TEXT['g#t1'] = 'The next round of talks will be held in Bergen.';
  const [out] = withoutOwnSentences([statement(['d', ['s1', 's2']], ['g', ['t1']])], text);
  expect(out!.readings[0]!.sentences).toEqual(['s1']);
  TEXT['e#s1'] = 'The ministers want closer work between coast guards.';
  TEXT['e#s2'] = 'That work covers shared patrols, training and data exchange.';
  TEXT['f#t1'] = 'They want closer work between coast guards through shared patrols, training and data exchange.';
  const [both] = withoutOwnSentences([statement(['e', ['s1', 's2']], ['f', ['t1']])], text);
  expect(both!.readings[0]!.sentences).toEqual(['s1', 's2']);
});
