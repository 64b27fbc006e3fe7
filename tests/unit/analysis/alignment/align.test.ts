/**
 * Statement alignment on made-up dossiers: the edge cases an editor's reports can bring. The real reports'
 * pairs are in alignment-reports.test.ts.
 */
import { describe, expect, test } from 'vitest';
import {
  alignStatements,
  compareIds,
  kindOf,
  orderedSimilarity,
  statementOf,
  topCandidates,
} from '../../../../src/lib/analysis/alignment/index.ts';
import { doc } from '../../../helpers/alignment-fixtures.ts';

// Sentences of a plausible report, and unrelated ones, so that term weights behave as in a real dossier.
const READOUT = [
  'The two ministers met in Lisbon on Tuesday to discuss fishing quotas in the Atlantic.',
  'They agreed to cut the quota for cod by a fifth from next spring.',
  'A joint committee will monitor catches and report to both governments every six months.',
  'The next meeting will be held in Reykjavik in the autumn.',
];
const OTHER = [
  'The city council approved a new budget for public libraries on Monday.',
  'Opening hours will be extended on weekends across all branches.',
  'Critics said the plan does not fund new books.',
];

describe('statementOf', () => {
  test('drops function words, stems the rest, folds case and apostrophes', () => {
    const s = statementOf('The Ministers’ meetings were held in LISBON.');
    expect(s.terms).toEqual(['minist', 'meet', 'held', 'lisbon']);
    expect(s.folded).toEqual(['the', 'ministers', 'meetings', 'were', 'held', 'in', 'lisbon']);
  });

  test('a credit’s words are no terms of the statement, but stay in the words that tell a copy from an edit', () => {
    // "the Ministry of Fisheries stated" says where the statement comes from; naming the ministry in a sentence
    // without a reporting verb credits nothing (attributions.ts), and its words stay.
    const credited = statementOf('They agreed to protect cod stocks, the Ministry of Fisheries stated.');
    expect(credited.terms).toEqual(['agre', 'protect', 'cod', 'stock']);
    expect(credited.folded).toContain('ministry');
    expect(credited.folded).toContain('stated');
    const named = statementOf('They met officials of the Ministry of Fisheries.');
    expect(named.terms).toContain(statementOf('ministry').terms[0]);
    // So a copy that adds the credit is edited, not copied.
    expect(kindOf(credited, statementOf('They agreed to protect cod stocks.'))).toBe('edited');
  });
});

describe('kindOf', () => {
  test.each([
    ['The talks ended on Friday.', 'the talks ended, on Friday', 'verbatim'],
    ['The talks ended on Friday in Rome.', 'The talks ended on Friday in Paris.', 'edited'],
    ['The talks ended on Friday.', 'Negotiations concluded at the end of the week.', 'reworded'],
  ] as const)('%s / %s: %s', (a, b, kind) => {
    expect(kindOf(statementOf(a), statementOf(b))).toBe(kind);
  });

  test('orderedSimilarity counts the common words in order', () => {
    expect(orderedSimilarity(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd'])).toBe(0.75);
    expect(orderedSimilarity([], [])).toBe(1);
  });

  test('orderedSimilarity where the shared start and end overlap, or one list is all of the other', () => {
    // "a b a" and "a a": the longest common subsequence is "a a" (2 of 5 words each side: 2 × 2 / 5).
    expect(orderedSimilarity(['a', 'b', 'a'], ['a', 'a'])).toBe(0.8);
    expect(orderedSimilarity(['a', 'a'], ['a', 'b', 'a'])).toBe(0.8);
    expect(orderedSimilarity(['x', 'y'], ['x', 'y', 'x', 'y'])).toBeCloseTo(4 / 6);
    expect(orderedSimilarity(['p', 'q', 'r'], [])).toBe(0);
    // A changed middle between a shared start and end: "w x y z" and "w y x z" share three words in order.
    expect(orderedSimilarity(['w', 'x', 'y', 'z'], ['w', 'y', 'x', 'z'])).toBe(0.75);
  });
});

describe('alignStatements: edge cases', () => {
  test('two identical reports: every sentence is its own counterpart, verbatim, score 1', () => {
    const result = alignStatements([doc('a', ...READOUT), doc('b', ...READOUT), doc('c', ...OTHER)]);
    const ab = result.pairs.filter((p) => p.a.source === 'a' && p.b.source === 'b');
    expect(ab.map((p) => [p.a.sentence, p.b.sentence])).toEqual(
      READOUT.map((_, i) => [`p${i + 1}-s1`, `p${i + 1}-s1`]),
    );
    expect(ab.every((p) => p.kind === 'verbatim' && p.score === 1)).toBe(true);
  });

  test('a report that shares nothing has no counterparts, and nothing pairs with it', () => {
    const result = alignStatements([doc('a', ...READOUT), doc('b', ...READOUT.slice(1)), doc('c', ...OTHER)]);
    expect(result.pairs.some((p) => p.a.source === 'c' || p.b.source === 'c')).toBe(false);
    expect(result.sentenceCounts.get('c')).toEqual({ sentences: OTHER.length, aligned: 0 });
  });

  test('a report wholly contained in another: each of its sentences has its counterpart', () => {
    const result = alignStatements([doc('a', ...READOUT), doc('b', READOUT[1]!, READOUT[2]!), doc('c', ...OTHER)]);
    expect(result.sentenceCounts.get('b')).toEqual({ sentences: 2, aligned: 2 });
    expect(result.sentenceCounts.get('a')).toEqual({ sentences: 4, aligned: 2 });
  });

  test('a reworded sentence pairs with its source', () => {
    const result = alignStatements([
      doc('a', ...READOUT),
      doc('b', 'Both governments will receive reports on catches every six months from a joint monitoring committee.'),
      doc('c', ...OTHER),
    ]);
    const list = result.counterparts.get('b#p1-s1') ?? [];
    expect(list.map((c) => `${c.source}#${c.sentence}`)).toEqual(['a#p3-s1']);
    expect(list[0]!.kind).toBe('reworded');
  });

  test('a one-sentence report, sentences of one or two words, an empty dossier: nothing crashes', () => {
    expect(alignStatements([]).pairs).toEqual([]);
    const result = alignStatements([
      doc('a', 'Yes.', 'Talks ended.', ...READOUT),
      doc('b', 'Yes.'),
      doc('c', 'Talks ended.'),
      doc('d', ...OTHER),
    ]);
    // "Yes." carries no content word; "Talks ended." is too slight to be a statement of its own.
    expect(result.counterparts.get('b#p1-s1')).toBeUndefined();
    expect(result.counterparts.get('c#p1-s1')).toBeUndefined();
  });

  test('a sentence of 300 words aligns with a copy of itself and with nothing else', () => {
    const long = Array.from({ length: 45 }, (_, i) => `delegation ${i} reviewed fisheries item number ${i}`).join(', ');
    expect(long.split(' ').length).toBeGreaterThanOrEqual(300);
    const result = alignStatements([doc('a', long, ...READOUT), doc('b', long), doc('c', ...OTHER)]);
    expect(result.counterparts.get('b#p1-s1')?.map((c) => `${c.source}#${c.sentence}:${c.kind}`)).toEqual([
      'a#p1-s1:verbatim',
    ]);
  });
});

test('compareIds orders anchors by their numbers', () => {
  expect(['p10-s1', 'p2-s10', 'p2-s9', 'p1-s1'].sort(compareIds)).toEqual(['p1-s1', 'p2-s9', 'p2-s10', 'p10-s1']);
});

test('topCandidates keeps the heaviest, ties to the earlier sentence, as a full sort would', () => {
  const weight = new Float64Array([0, 3, 1, 3, 2, 5, 0.5, 2]);
  const all = [7, 6, 5, 4, 3, 2, 1, 0];
  const sorted = [...all].sort((x, y) => weight[y]! - weight[x]! || x - y);
  for (const limit of [1, 3, 4, 8, 10]) expect(topCandidates(all, weight, limit)).toEqual(sorted.slice(0, limit));
});
