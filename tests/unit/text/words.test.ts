/** The one tokeniser (src/lib/text/words.ts): words with offsets, folding, and the normal forms taken from them; and the bounded caches (bounded-cache.ts). */
import { describe, expect, test } from 'vitest';
import { BoundedCache, BoundedPairCache } from '../../../src/lib/text/bounded-cache.ts';
import {
  foldCharacters,
  matchingForms,
  matchingWords,
  plainForm,
  wordTexts,
  words,
} from '../../../src/lib/text/words.ts';

describe('words', () => {
  test('runs of letters and digits with their offsets; apostrophes and full stops join, the rest separates', () => {
    const text = 'India’s U.S.-India set-up (26/11), didn`t D.C.';
    expect(words(text)).toEqual([
      { text: 'India’s', start: 0, end: 7 },
      { text: 'U.S', start: 8, end: 11 },
      { text: 'India', start: 13, end: 18 },
      { text: 'set', start: 19, end: 22 },
      { text: 'up', start: 23, end: 25 },
      { text: '26', start: 27, end: 29 },
      { text: '11', start: 30, end: 32 },
      { text: 'didn`t', start: 35, end: 41 },
      { text: 'D.C', start: 42, end: 45 },
    ]);
    for (const w of words(text)) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(wordTexts(text)).toEqual(words(text).map((w) => w.text));
  });

  test('an apostrophe or full stop at either end of a word, or doubled, is not part of it', () => {
    expect(wordTexts("'Officials' end. ..and.. a''b")).toEqual(['Officials', 'end', 'and', 'a', 'b']);
  });

  test('a combining mark stays with its letter', () => {
    expect(wordTexts('cafe\u0301 au lait')).toEqual(['cafe\u0301', 'au', 'lait']);
  });
});

describe('foldCharacters', () => {
  test.each([
    ['Customs', 'customs'],
    ['India’s', "india's"],
    ['India‛s India′s India＇s India`s', "india's india's india's india's"],
    ['counter–terrorism', 'counter-terrorism'],
    ['ﬁnancing', 'financing'],
    ['cafe\u0301', 'café'],
  ])('%s -> %s', (input, expected) => {
    expect(foldCharacters(input)).toBe(expected);
  });
});

describe('the normal forms', () => {
  test.each([
    ['India’s', 'indias', ['india']],
    ["India's", 'indias', ['india']],
    ['U.S', 'us', ['u', 's']],
    ['didn’t', 'didnt', ["didn't"]],
    ['O’Neill’s', 'oneills', ["o'neill"]],
    ['Organised', 'organised', ['organised']],
  ])('%s: plain %s, matching %j', (word, plain, matching) => {
    expect(plainForm(word)).toBe(plain);
    expect(matchingForms(word)).toEqual(matching);
  });

  test('the straight and the curly apostrophe give the same forms', () => {
    expect(plainForm('Modi’s')).toBe(plainForm("Modi's"));
    expect(matchingWords('the Ministry’s readout')).toEqual(matchingWords("the Ministry's readout"));
  });

  test('matchingWords: every word of a text in matching form, in order', () => {
    expect(matchingWords('India’s U.S.-India talks')).toEqual(['india', 'u', 's', 'india', 'talks']);
  });
});

describe('BoundedCache', () => {
  test('computes a key once, and stops keeping keys at its limit', () => {
    const cache = new BoundedCache<string, number>(2);
    let calls = 0;
    const length = (key: string) => (calls++, key.length);
    expect(cache.get('a', length)).toBe(1);
    expect(cache.get('a', length)).toBe(1);
    expect(calls).toBe(1);
    cache.get('bb', length);
    cache.get('ccc', length);
    expect(cache.size).toBe(2);
    expect(cache.get('ccc', length)).toBe(3);
    expect(calls).toBe(4);
  });
});

describe('BoundedPairCache', () => {
  test('computes a pair once, in its order, and stops keeping pairs at its limit', () => {
    const cache = new BoundedPairCache<string, string, string>(2);
    let calls = 0;
    const join = (a: string, b: string) => (calls++, `${a}+${b}`);
    expect(cache.get('a', 'b', join)).toBe('a+b');
    expect(cache.get('a', 'b', join)).toBe('a+b');
    expect(calls).toBe(1);
    // The other order is another pair.
    expect(cache.get('b', 'a', join)).toBe('b+a');
    expect(calls).toBe(2);
    expect(cache.size).toBe(2);
    // Full: a new pair is computed each time it is asked, and not kept; the kept ones stay.
    expect(cache.get('a', 'c', join)).toBe('a+c');
    expect(cache.get('a', 'c', join)).toBe('a+c');
    expect(calls).toBe(4);
    expect(cache.size).toBe(2);
    expect(cache.get('a', 'b', join)).toBe('a+b');
    expect(calls).toBe(4);
  });
});
