import { describe, expect, test } from 'vitest';
import {
  copyOfFromReuse,
  coveredLine,
  groupCopies,
  namedCopyCount,
  topicSections,
} from '../../../../src/lib/site/topics/sections.ts';

describe('copyOfFromReuse', () => {
  // Hand-made containments: c1 is 95 % inside wire w1 and 85 % inside w2; c2 is 60 % inside w1; w2 is 99 % inside w1.
  const shares: Record<string, number> = { 'c1>w1': 0.95, 'c1>w2': 0.85, 'c2>w1': 0.6, 'w2>w1': 0.99, 'n1>c1': 1 };
  const containment = (from: string, to: string) => shares[`${from}>${to}`] ?? 0;
  const sources = [
    { slug: 'w1', kind: 'wire' as const },
    { slug: 'w2', kind: 'wire' as const },
    { slug: 'c1', kind: 'republication' as const },
    { slug: 'c2', kind: 'news' as const },
    { slug: 'n1', kind: 'blog' as const },
  ];

  test('a report not a wire story, mostly inside one, copies the one that holds most of it', () => {
    // c2 is under the threshold; w2 is a wire story itself; n1 is inside c1, which is no wire story.
    expect([...copyOfFromReuse(sources, containment)]).toEqual([['c1', 'w1']]);
    expect([...copyOfFromReuse(sources, containment, 0.5)]).toEqual([
      ['c1', 'w1'],
      ['c2', 'w1'],
    ]);
  });
});

describe('groupCopies', () => {
  test('copies go under their wire story, in list order; a copy whose wire story is absent heads its own group', () => {
    const copyOf = new Map([
      ['c1', 'w'],
      ['c2', 'w'],
      ['c3', 'absent'],
    ]);
    expect(groupCopies(['c1', 'w', 'x', 'c3', 'c2'], copyOf)).toEqual([
      { slug: 'w', copies: ['c1', 'c2'] },
      { slug: 'x', copies: [] },
      { slug: 'c3', copies: [] },
    ]);
    expect(groupCopies([], copyOf)).toEqual([]);
  });
});

describe('topicSections', () => {
  const quotes: Record<string, string[]> = {
    w: ['A.', 'B.'],
    same1: ['A.', 'B.'],
    same2: ['A.', 'B.'],
    shorter: ['A.'],
    other: ['C.'],
    silent: [],
  };
  const copyOf = new Map([
    ['same1', 'w'],
    ['same2', 'w'],
    ['shorter', 'w'],
  ]);
  const sources = ['same1', 'other', 'w', 'silent', 'shorter', 'same2'];
  const input = { sources, quotes: (s: string) => quotes[s]!, copyOf };

  test('a large dossier: reports that cover the topic only, same-evidence copies named under their wire story', () => {
    expect(topicSections({ ...input, small: false })).toEqual([
      { slug: 'other', copyOf: null, sameCopies: [] },
      { slug: 'w', copyOf: null, sameCopies: ['same1', 'same2'] },
      { slug: 'shorter', copyOf: 'w', sameCopies: [] },
    ]);
  });

  test('a small dossier: every report with a section of its own, copies right after their wire story', () => {
    expect(topicSections({ ...input, small: true })).toEqual([
      { slug: 'other', copyOf: null, sameCopies: [] },
      { slug: 'w', copyOf: null, sameCopies: [] },
      { slug: 'same1', copyOf: 'w', sameCopies: [] },
      { slug: 'shorter', copyOf: 'w', sameCopies: [] },
      { slug: 'same2', copyOf: 'w', sameCopies: [] },
      { slug: 'silent', copyOf: null, sameCopies: [] },
    ]);
  });
});

describe('the summary of a large dossier', () => {
  test('counts the covering copies named under their wire story, across sections', () => {
    const sections = [
      { slug: 'w1', copyOf: null, sameCopies: ['a', 'b'] },
      { slug: 'c', copyOf: 'w1', sameCopies: [] },
      { slug: 'w2', copyOf: null, sameCopies: ['d'] },
    ];
    expect(namedCopyCount(sections, () => true)).toBe(3);
    // d, like its wire story w2, only says the topic was not discussed: named under w2, but not covering it.
    expect(namedCopyCount(sections, (slug) => slug !== 'd' && slug !== 'w2')).toBe(2);
    expect(namedCopyCount([], () => true)).toBe(0);
  });

  test('says "each quoted" only where no copy is named instead', () => {
    expect(coveredLine({ covered: 40, reports: 1005, pages: 1, namedCopies: 0 })).toBe(
      'Covered by 40 of 1,005 reports, each quoted below.',
    );
    // One report is not "each".
    expect(coveredLine({ covered: 1, reports: 1005, pages: 1, namedCopies: 0 })).toBe(
      'Covered by 1 of 1,005 reports, quoted below.',
    );
    expect(coveredLine({ covered: 159, reports: 1005, pages: 4, namedCopies: 0 })).toBe(
      'Covered by 159 of 1,005 reports, each quoted below over 4 pages.',
    );
    expect(coveredLine({ covered: 159, reports: 1005, pages: 4, namedCopies: 1 })).toBe(
      'Covered by 159 of 1,005 reports, quoted below over 4 pages, but for 1 copy with the same sentences as the wire story it copies, named under it.',
    );
    expect(coveredLine({ covered: 1200, reports: 10005, pages: 20, namedCopies: 1100 })).toBe(
      'Covered by 1,200 of 10,005 reports, quoted below over 20 pages, but for 1,100 copies with the same sentences as the wire story each copies, named under it.',
    );
  });
});
