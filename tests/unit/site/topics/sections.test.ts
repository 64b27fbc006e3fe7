import { describe, expect, test } from 'vitest';
import { groupCopies, topicSections } from '../../../../src/lib/site/topics/sections.ts';

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
