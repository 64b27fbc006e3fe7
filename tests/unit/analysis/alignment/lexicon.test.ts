/**
 * WordNet as alignment asks it (src/lib/analysis/alignment/lexicon.ts): base forms found as morphy finds them, and how two words
 * relate in meaning. The expected relations are those a reader of the reports would grant, and a few a reader
 * would not.
 */
import { describe, expect, test } from 'vitest';
import { baseForms, meanings, relation, sameMeaning } from '../../../../src/lib/analysis/alignment/lexicon.ts';

describe('baseForms', () => {
  test.each([
    [
      'returns',
      [
        { pos: 'noun', lemma: 'return' },
        { pos: 'verb', lemma: 'return' },
      ],
    ],
    ['smugglers', [{ pos: 'noun', lemma: 'smuggler' }]],
    // The Latin plural rule added to morphy's.
    ['fora', [{ pos: 'noun', lemma: 'forum' }]],
    ['curricula', [{ pos: 'noun', lemma: 'curriculum' }]],
  ])('%s', (word, expected) => {
    expect(baseForms(word)).toEqual(expect.arrayContaining(expected));
  });

  test('a name WordNet does not hold has none, and no meanings', () => {
    expect(baseForms('canegallo')).toEqual([]);
    expect(meanings('canegallo').senses.size).toBe(0);
    expect(meanings('2024').senses.size).toBe(0);
  });
});

describe('relation', () => {
  test.each([
    ['fora', 'forums', 'synonym'],
    ['signed', 'signing', 'synonym'],
    ['memoranda', 'memorandum', 'synonym'],
    ['lawful', 'legal', 'related'],
    ['returns', 'repatriation', 'related'],
    ['illegal', 'illicit', 'related'],
    ['prey', 'exploit', 'related'],
    ['training', 'narcotics', null],
    ['memorandum', 'smugglers', null],
    ['canegallo', 'bhalla', null],
  ] as const)('%s ~ %s: %s', (a, b, expected) => {
    expect(relation(a, b)).toBe(expected);
    expect(relation(b, a)).toBe(expected);
  });
});

describe('sameMeaning: what a reader is told means the same', () => {
  test.each([
    ['fora', 'forums', true],
    ['lawful', 'legal', true],
    ['strengthen', 'fortify', true],
    // A broader term relates the words for scoring, but is not the same meaning.
    ['repatriation', 'returns', false],
    ['homeland', 'countries', false],
    ['training', 'narcotics', false],
  ] as const)('%s ~ %s: %s', (a, b, expected) => {
    expect(sameMeaning(a, b)).toBe(expected);
    expect(sameMeaning(b, a)).toBe(expected);
  });
});
