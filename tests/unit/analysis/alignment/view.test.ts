/**
 * What the pages show of the alignment: pairs of reports, side-by-side rows, word differences and profiles, on a
 * made-up dossier whose counterparts are known by construction.
 */
import { describe, expect, test } from 'vitest';
import { alignStatements } from '../../../../src/lib/analysis/alignment/index.ts';
import {
  type DiffPart,
  ONLY_RUN_COLLAPSE,
  alignmentExport,
  collapsedRows,
  placesOf,
  profileOf,
  sideBySideRows,
  statementPairs,
  wordDiff,
} from '../../../../src/lib/site/alignment-view.ts';
import { toPartialDate } from '../../../../src/lib/content/dates.ts';

const S = {
  meet: 'The two ministers met in Lisbon on Tuesday to discuss fishing quotas in the Atlantic.',
  cod: 'They agreed to cut the quota for cod by a fifth from next spring.',
  committee: 'A joint committee will monitor catches and report to both governments every six months.',
  next: 'The next meeting will be held in Reykjavik in the autumn.',
  own: 'Fishermen in the northern ports protested outside the ministry on Wednesday morning.',
  codEdited: 'They agreed to cut the quota for cod by a quarter from next spring.',
};
const unrelated = [
  'The city council approved a new budget for public libraries on Monday.',
  'Critics said the plan does not fund new books.',
];
const doc = (id: string, texts: string[]) => ({
  id,
  sentences: texts.map((text, i) => ({ id: `p${i + 1}-s1`, text })),
});
const alignment = alignStatements([
  doc('readout', [S.meet, S.cod, S.committee, S.next]),
  doc('story', [S.own, S.codEdited, S.next]),
  doc('other', unrelated),
]);

describe('statementPairs', () => {
  test('lists the pairs that share statements, with the sentences each side has in the other', () => {
    expect(statementPairs(alignment)).toEqual([{ a: 'readout', b: 'story', pairs: 2, aSentences: 2, bSentences: 2 }]);
  });
});

describe('sideBySideRows', () => {
  test("a's sentences in order beside their counterparts; b's own sentences where b has them", () => {
    const rows = sideBySideRows(
      alignment,
      { slug: 'readout', sentences: ['p1-s1', 'p2-s1', 'p3-s1', 'p4-s1'] },
      { slug: 'story', sentences: ['p1-s1', 'p2-s1', 'p3-s1'] },
    );
    expect(rows.map((r) => [r.a, r.b.map((x) => `${x.sentence}:${x.kind ?? 'only'}`)])).toEqual([
      [null, ['p1-s1:only']],
      ['p1-s1', []],
      ['p2-s1', ['p2-s1:edited']],
      ['p3-s1', []],
      ['p4-s1', ['p3-s1:verbatim']],
    ]);
    // Each sentence of b is the target of links in one row only.
    expect(rows.flatMap((r) => r.b.filter((x) => x.first).map((x) => x.sentence))).toEqual(['p1-s1', 'p2-s1', 'p3-s1']);
  });
});

describe('wordDiff', () => {
  const read = (parts: DiffPart[], skip: DiffPart['type']) =>
    parts
      .filter((p) => p.type !== skip)
      .map((p) => p.text)
      .join('')
      .trimEnd();
  const shown = (parts: DiffPart[]) => parts.map((p) => p.text).join('');

  test('marks the words only one sentence has', () => {
    const parts = wordDiff(S.cod, S.codEdited);
    expect(parts.filter((p) => p.type === 'removed').map((p) => p.text.trim())).toEqual(['fifth']);
    expect(parts.filter((p) => p.type === 'added').map((p) => p.text.trim())).toEqual(['quarter']);
    // Nothing is lost: each side can be read back from the parts.
    expect(read(parts, 'added')).toBe(S.cod);
    expect(read(parts, 'removed')).toBe(S.codEdited);
  });

  test('a space between a removed word and an added one, also at the end of the sentence', () => {
    expect(shown(wordDiff(S.cod, S.codEdited))).toContain('fifth quarter');
    const end = wordDiff('The talks ended on Friday.', 'The talks ended on Saturday.');
    expect(shown(end)).toBe('The talks ended on Friday. Saturday.');
    expect(read(end, 'added')).toBe('The talks ended on Friday.');
    expect(read(end, 'removed')).toBe('The talks ended on Saturday.');
  });

  test('curly and straight quotes and apostrophes, and dashes, are no change', () => {
    const parts = wordDiff(
      'India\u2019s \u201Cstrategic\u201D partners \u2013 the US and Japan \u2013 met.',
      'India\'s "strategic" partners - the US and Japan - met.',
    );
    expect(parts).toEqual([{ type: 'same', text: 'India\'s "strategic" partners - the US and Japan - met.' }]);
    // A changed word is still a change, case included.
    expect(wordDiff('the US met', 'the us met').some((p) => p.type !== 'same')).toBe(true);
  });
});

describe('profileOf', () => {
  const dates = new Map([
    ['readout', toPartialDate('2024-02-28')],
    ['story', toPartialDate('2024-03')],
    ['other', toPartialDate('2024-02-01')],
  ]);
  test('what a later report restates of an earlier one, by kind, and what is its own', () => {
    expect(
      profileOf(alignment, { slug: 'story', sentences: ['p1-s1', 'p2-s1', 'p3-s1'], primary: false }, dates),
    ).toEqual({
      sentences: 3,
      primary: false,
      restatesEarlier: { verbatim: 1, edited: 1, reworded: 0 },
      restatesCommonSource: 0,
      sharedOtherwise: 0,
      only: 1,
    });
  });
  test('the earlier report restates nothing: what it shares, it shares with a later one', () => {
    expect(
      profileOf(alignment, { slug: 'readout', sentences: ['p1-s1', 'p2-s1', 'p3-s1', 'p4-s1'], primary: false }, dates),
    ).toEqual({
      sentences: 4,
      primary: false,
      restatesEarlier: { verbatim: 0, edited: 0, reworded: 0 },
      restatesCommonSource: 0,
      sharedOtherwise: 2,
      only: 2,
    });
  });
  test('what the earliest report shares as a reading of a common source, it restates from that source', () => {
    // The same earlier readout, were two of its shared sentences readings of a text the dossier lacks (a witness's
    // readings in the derivation): those two restate it; what else it shares, it shares.
    expect(
      profileOf(
        alignment,
        { slug: 'readout', sentences: ['p1-s1', 'p2-s1', 'p3-s1', 'p4-s1'], primary: false },
        dates,
        new Set(['p1-s1', 'p2-s1', 'p4-s1']),
      ),
    ).toEqual({
      sentences: 4,
      primary: false,
      restatesEarlier: { verbatim: 0, edited: 0, reworded: 0 },
      restatesCommonSource: 2,
      sharedOtherwise: 0,
      only: 2,
    });
  });
  test('an official readout restates no report, even one dated before it: what it shares, it shares', () => {
    // The same later story, were it its government's own account: its copy and its edit of the earlier readout
    // are statements it shares, not statements it restates.
    expect(
      profileOf(alignment, { slug: 'story', sentences: ['p1-s1', 'p2-s1', 'p3-s1'], primary: true }, dates),
    ).toEqual({
      sentences: 3,
      primary: true,
      restatesEarlier: { verbatim: 0, edited: 0, reworded: 0 },
      restatesCommonSource: 0,
      sharedOtherwise: 2,
      only: 1,
    });
  });
});

describe('placesOf', () => {
  test('a paragraph, or a paragraph and a sentence where two counterparts share a paragraph of one report', () => {
    expect(
      placesOf([
        { source: 'dhs', sentence: 'p1-s1' },
        { source: 'inn', sentence: 'p1-s2' },
        { source: 'dhs', sentence: 'p1-s3' },
        { source: 'dhs', sentence: 'p2-s1' },
      ]),
    ).toEqual(['¶1, sentence 1', '¶1', '¶1, sentence 3', '¶2']);
  });
});

describe('collapsedRows', () => {
  const row = (a: string | null, b: string[]) => ({
    a,
    b: b.map((sentence) => ({ sentence, kind: a === null ? null : ('reworded' as const), score: null, first: true })),
    groups: [],
  });

  test(`runs of ${ONLY_RUN_COLLAPSE} or more rows only one report has become one item with their count`, () => {
    const rows = [
      row('p1-s1', ['p1-s1']),
      row('p2-s1', []),
      row('p3-s1', []),
      row('p4-s1', []),
      row(null, ['p2-s1']),
      row(null, ['p3-s1']),
      row('p5-s1', ['p4-s1']),
    ];
    const items = collapsedRows(rows);
    expect(items.map((i) => (i.type === 'row' ? `row ${i.row.a ?? '-'}` : `only ${i.side} ${i.count}`))).toEqual([
      'row p1-s1',
      'only a 3',
      'row -',
      'row -',
      'row p5-s1',
    ]);
    const only = items[1]!;
    expect(only.type === 'only' && only.sentences).toEqual(['p2-s1', 'p3-s1', 'p4-s1']);
  });
});

describe('many-to-one groups in the view', () => {
  // One readout sentence, restated by the story as two sentences in a row.
  const long =
    'The ministers agreed to cut the quota for cod by a fifth from next spring, and a joint committee will monitor ' +
    'the catches and report to both governments every six months.';
  const split = [
    'Cod quotas will be cut by a fifth from next spring, the ministers agreed.',
    'A joint committee is to monitor catches and report to the two governments every six months.',
  ];
  const grouped = alignStatements([
    doc('readout', [S.meet, long, S.next]),
    doc('story', [S.own, ...split, S.next]),
    doc('other', unrelated),
  ]);

  test('the rows of a side-by-side reading carry the group, and alignment.json lists it', () => {
    const rows = sideBySideRows(
      grouped,
      { slug: 'readout', sentences: ['p1-s1', 'p2-s1', 'p3-s1'] },
      { slug: 'story', sentences: ['p1-s1', 'p2-s1', 'p3-s1', 'p4-s1'] },
    );
    const row = rows.find((r) => r.a === 'p2-s1')!;
    expect(row.b.map((b) => b.sentence)).toEqual(['p2-s1', 'p3-s1']);
    expect(row.groups).toEqual([
      {
        one: { source: 'readout', sentence: 'p2-s1' },
        run: [
          { source: 'story', sentence: 'p2-s1' },
          { source: 'story', sentence: 'p3-s1' },
        ],
        score: expect.any(Number),
      },
    ]);
    expect(alignmentExport(grouped, ['readout', 'story', 'other']).groups).toEqual(grouped.groups);
  });
});
