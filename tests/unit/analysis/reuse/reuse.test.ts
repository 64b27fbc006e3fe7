/**
 * Text reuse on small texts whose overlap is counted by hand: the expected numbers in each test are worked out in
 * the comment above it, not read from the code's output.
 */
import { describe, expect, test } from 'vitest';
import {
  analyseReuse,
  containment,
  groupPassages,
  rankPairs,
  topPairs,
  reuseTokens,
  type ReuseDocument,
} from '../../../../src/lib/analysis/reuse/reuse.ts';
import { reuseExport } from '../../../../src/lib/open-data/reuse-export.ts';

const doc = (id: string, ...paragraphs: string[]): ReuseDocument => ({
  id,
  paragraphs: paragraphs.map((text, i) => ({ anchor: `p${i + 1}`, text })),
});

describe('reuseTokens', () => {
  test('words with offsets; apostrophes and abbreviation stops folded, hyphens split', () => {
    // I0 n1 d2 i3 a4 ’5 s6 _7 U8 .9 S10 .11 -12 I13 n14 d15 i16 a17 _18 s19 e20 t21 -22 u23 p24 ,25 _26 D27 .28 C29 .30
    expect(reuseTokens('India’s U.S.-India set-up, D.C.')).toEqual([
      { norm: 'indias', start: 0, end: 7 },
      { norm: 'us', start: 8, end: 11 },
      { norm: 'india', start: 13, end: 18 },
      { norm: 'set', start: 19, end: 22 },
      { norm: 'up', start: 23, end: 25 },
      { norm: 'dc', start: 27, end: 30 },
    ]);
  });

  test.each([
    ["India's", 'India’s'],
    ['Washington DC', 'Washington D.C.'],
    ['U.S. Department', 'US Department'],
    ['sub-groups set-up under', 'sub-groups set up under'],
    ['A “key pillar” of', 'a key pillar of'],
    ['cyber-crimes, and misuse', 'cyber-crimes and misuse'],
  ])('%j and %j are the same words', (a, b) => {
    expect(reuseTokens(a).map((t) => t.norm)).toEqual(reuseTokens(b).map((t) => t.norm));
  });

  test('"counter-terrorism" and "counterterrorism" are different words', () => {
    expect(reuseTokens('counter-terrorism').map((t) => t.norm)).toEqual(['counter', 'terrorism']);
    expect(reuseTokens('counterterrorism').map((t) => t.norm)).toEqual(['counterterrorism']);
  });
});

describe('analyseReuse', () => {
  test('a report’s shingles are the n-word windows of its paragraphs, none in a paragraph shorter than n', () => {
    // "one two three four": one two three | two three four = 2; "one two" has none; "five six seven": 1.
    const result = analyseReuse([doc('a', 'one two three four'), doc('b', 'one two', 'five six seven')], { n: 3 });
    expect(result.shingleCounts).toEqual({ a: 2, b: 1 });
  });

  test('containment both ways and the maximal shared passages, in each report’s own spelling', () => {
    // A, 9 words, 7 shingles of 3: the quick brown | quick brown fox | brown fox jumps | fox jumps over |
    //   jumps over the | over the lazy | the lazy dog.
    // B, 14 words, 12 distinct shingles; shared with A: the quick brown, quick brown fox, brown fox jumps,
    //   fox jumps over, the lazy dog = 5. A in B = 5/7 = 0.7143; B in A = 5/12 = 0.4167.
    // Passages: "The quick brown fox jumps over" (6 words) and "the lazy dog" (3 words).
    const a = doc('a', 'The quick brown fox jumps over the lazy dog.');
    const b = doc('b', 'Yesterday, the Quick brown fox jumps over a fence and the lazy dog slept.');
    const result = analyseReuse([a, b], { n: 3 });
    expect(result.shingleCounts).toEqual({ a: 7, b: 12 });
    expect(result.pairs).toHaveLength(1);
    const pair = result.pairs[0]!;
    expect([pair.a, pair.b, pair.shared, pair.aInB, pair.bInA]).toEqual(['a', 'b', 5, 0.7143, 0.4167]);
    expect(pair.passages!.map((p) => [p.words, p.a.text, p.b.text])).toEqual([
      [6, 'The quick brown fox jumps over', 'the Quick brown fox jumps over'],
      [3, 'the lazy dog', 'the lazy dog'],
    ]);
    expect(pair.passages![0]!.a).toMatchObject({ anchor: 'p1', start: 0, end: 30 });
    // "Yesterday, " is 11 characters.
    expect(pair.passages![0]!.b).toMatchObject({ anchor: 'p1', start: 11, end: 41 });
    expect(containment(result, 'a', 'b')).toBe(0.7143);
    expect(containment(result, 'b', 'a')).toBe(0.4167);
  });

  test('a passage never runs across a paragraph break', () => {
    // A's shingles: "one two three", "four five six" (2); B's: 4, of which A's two. A in B = 1, B in A = 0.5.
    const result = analyseReuse(
      [doc('a', 'One two three.', 'Four five six.'), doc('b', 'One two three four five six.')],
      { n: 3 },
    );
    const pair = result.pairs[0]!;
    expect([pair.aInB, pair.bInA]).toEqual([1, 0.5]);
    expect(pair.passages!.map((p) => [p.a.anchor, p.a.text, p.b.anchor, p.b.text])).toEqual([
      ['p1', 'One two three', 'p1', 'One two three'],
      ['p2', 'Four five six', 'p1', 'four five six'],
    ]);
  });

  test('a long match is one passage, not a chain of overlapping shingles', () => {
    const text = 'one two three four five six seven';
    const pair = analyseReuse([doc('a', text), doc('b', text)], { n: 3 }).pairs[0]!;
    expect(pair.passages!).toHaveLength(1);
    expect(pair.passages![0]!.words).toBe(7);
    expect([pair.aInB, pair.bInA]).toEqual([1, 1]);
  });

  test('shingles are counted once; a repeated phrase is a passage at each place', () => {
    // A = "a b c x a b c": distinct shingles abc, bcx, cxa, xab = 4. B = "a b c": 1. Shared 1.
    const result = analyseReuse([doc('b', 'a b c'), doc('a', 'a b c x a b c')], { n: 3 });
    const pair = result.pairs[0]!;
    expect([pair.a, pair.b, pair.aInB, pair.bInA]).toEqual(['b', 'a', 1, 0.25]);
    expect(pair.passages!.map((p) => [p.a.start, p.b.start])).toEqual([
      [0, 0],
      [0, 8],
    ]);
    const groups = groupPassages(pair.passages!);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.b.map((side) => side.start)).toEqual([0, 8]);
  });

  test('the passage links to the sentence it starts in', () => {
    const a: ReuseDocument = {
      id: 'a',
      paragraphs: [
        {
          anchor: 'p1',
          text: 'Nothing here. Then the shared words come.',
          sentences: [
            { id: 'p1-s1', text: 'Nothing here.' },
            { id: 'p1-s2', text: 'Then the shared words come.' },
          ],
        },
      ],
    };
    const pair = analyseReuse([a, doc('b', 'and the shared words came')], { n: 3 }).pairs[0]!;
    expect(pair.passages![0]!.a).toMatchObject({ text: 'the shared words', sentence: 'p1-s2' });
    expect(pair.passages![0]!.b.sentence).toBeNull();
  });

  test('reports that share nothing are not compared, and not listed', () => {
    const result = analyseReuse([doc('a', 'one two three four'), doc('b', 'five six seven eight')], { n: 3 });
    expect(result.pairs).toEqual([]);
    expect(containment(result, 'a', 'b')).toBe(0);
  });

  test('a thousand unrelated reports and one copied sentence: only that pair is listed', () => {
    const docs = Array.from({ length: 1000 }, (_, d) =>
      doc(`r${d}`, Array.from({ length: 60 }, (_, w) => `w${d}x${w}`).join(' ')),
    );
    docs[17] = doc('r17', 'The copied sentence is here in full.');
    docs[912] = doc('r912', 'Elsewhere: the copied sentence is here in full, again.');
    const result = analyseReuse(docs);
    expect(result.pairs.map((p) => [p.a, p.b, p.passages![0]?.a.text])).toEqual([
      ['r17', 'r912', 'The copied sentence is here in full'],
    ]);
  });

  test('refuses a shingle length that is not a positive whole number, and a report given twice', () => {
    expect(() => analyseReuse([], { n: 0 })).toThrow('shingle length must be a positive whole number, not 0');
    expect(() => analyseReuse([doc('a', 'x'), doc('a', 'y')])).toThrow('report "a" is given twice');
  });
});

test('pairs rank by shared wording first: two long reports on a common source before a short quote', () => {
  // n = 3. s = "p q r s": pqr qrs (2). L1 = "p q r s a b c d e f g": 9 shingles. L2 = "a b c d e f g h i j": 8.
  // s–L1 share pqr, qrs: 2, and s is wholly in L1 (containment 1). L1–L2 share abc bcd cde def efg: 5
  // (containments 5/9 and 5/8). By count, L1–L2 comes first although its containments are lower.
  const result = analyseReuse(
    [doc('s', 'p q r s'), doc('l1', 'p q r s a b c d e f g'), doc('l2', 'a b c d e f g h i j')],
    { n: 3, passageLimit: 0 },
  );
  expect(rankPairs(result).map((p) => [p.a, p.b, p.shared, p.aInB, p.bInA])).toEqual([
    ['l1', 'l2', 5, 0.5556, 0.625],
    ['s', 'l1', 2, 1, 0.2222],
  ]);
  // Equal counts: the larger containment first. a = "k l m n o p" (4 shingles), b = "k l m n q r" (4): share klm, lmn,
  // max containment 2/4. c = "s t u v" (2), d = "s t u v w" (3): share stu, tuv, max containment 2/2.
  const tie = analyseReuse(
    [doc('a', 'k l m n o p'), doc('b', 'k l m n q r'), doc('c', 's t u v'), doc('d', 's t u v w')],
    { n: 3 },
  );
  expect(rankPairs(tie).map((p) => `${p.a}-${p.b}:${p.shared}`)).toEqual(['c-d:2', 'a-b:2']);
});

test('topPairs gives the first pairs of the ranking without ranking them all, ties at the cut included', () => {
  // n = 2. Shared bigrams: a-b 3 (x y z w), a-c 1 (x y), b-c 1 (x y), c-d 2 (p q r), e-f 2 (s t u).
  const analysis = analyseReuse(
    [
      doc('a', 'x y z w'),
      doc('b', 'x y z w'),
      doc('c', 'x y p q r'),
      doc('d', 'p q r'),
      doc('e', 's t u'),
      doc('f', 's t u v'),
    ],
    { n: 2, passageLimit: 0 },
  );
  const ranking = rankPairs({ pairs: [...analysis.pairs] }).map((p) => `${p.a}-${p.b}`);
  // c-d and e-f tie on runs (2) and on the larger containment (1): by name, c-d first.
  expect(ranking).toEqual(['a-b', 'c-d', 'e-f', 'a-c', 'b-c']);
  for (let k = 0; k <= ranking.length + 1; k++) {
    expect(topPairs(analysis, k).map((p) => `${p.a}-${p.b}`)).toEqual(ranking.slice(0, k));
  }
});

describe('reuseExport', () => {
  const analysis = analyseReuse(
    [doc('a', "India's set-up works."), doc('b', 'India’s set up works.'), doc('c', 'Nothing alike.')],
    { n: 3 },
  );

  test('every pair in the order given, text as a writes it and textInB only where b writes it otherwise', () => {
    expect(reuseExport(analysis)).toEqual({
      shingleWords: 3,
      sources: [
        { slug: 'a', shingles: 2 },
        { slug: 'b', shingles: 2 },
        { slug: 'c', shingles: 0 },
      ],
      passagesFor: 1,
      emptyPairs: true,
      pairs: [
        {
          a: 'a',
          b: 'b',
          aInB: 1,
          bInA: 1,
          sharedShingles: 2,
          passages: [
            {
              text: "India's set-up works",
              textInB: 'India’s set up works',
              words: 4,
              a: { anchor: 'p1', sentence: null },
              b: { anchor: 'p1', sentence: null },
            },
          ],
        },
        { a: 'a', b: 'c', aInB: 0, bInA: 0, sharedShingles: 0, passages: [] },
        { a: 'b', b: 'c', aInB: 0, bInA: 0, sharedShingles: 0, passages: [] },
      ],
    });
  });

  test('empty pairs can be left out, for large dossiers', () => {
    expect(reuseExport(analysis, { includeEmptyPairs: false }).pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['a-b']);
  });
});
