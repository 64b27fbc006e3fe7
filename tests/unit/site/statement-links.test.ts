import { describe, expect, test } from 'vitest';
import { MATRIX_LIMIT } from '../../../src/lib/analysis/reuse/reuse.ts';
import {
  COUNTERPARTS_SHOWN,
  groupByWording,
  hasStatementPage,
  statementPages,
  statementPath,
} from '../../../src/lib/site/statement-links.ts';

describe('statement pages', () => {
  test('the path names the report and the sentence anchor', () => {
    expect(statementPath('tfipost', 'p3-s2')).toBe('/statements/tfipost/p3-s2/');
  });

  test('a page where the source page’s list stops short, and in a small dossier where two other reports say it', () => {
    const large = MATRIX_LIMIT + 1;
    expect(hasStatementPage({ sentences: COUNTERPARTS_SHOWN, otherReports: 5 }, large)).toBe(false);
    expect(hasStatementPage({ sentences: COUNTERPARTS_SHOWN + 1, otherReports: 1 }, large)).toBe(true);
    expect(hasStatementPage({ sentences: 2, otherReports: 2 }, 5)).toBe(true);
    expect(hasStatementPage({ sentences: 2, otherReports: 1 }, 5)).toBe(false);
    expect(hasStatementPage({ sentences: 0, otherReports: 0 }, 5)).toBe(false);
  });

  test('counterparts with the same words are one group, groups in the order of their best', () => {
    const c = (source: string, score: number) => ({ source, sentence: 'p1-s1', kind: 'verbatim', score });
    const text: Record<string, string> = { a: 'Same.', b: 'Other.', c: 'Same.' };
    const groups = groupByWording([c('a', 0.9), c('b', 0.8), c('c', 0.7)], (x) => text[x.source]!);
    expect(groups.map((g) => [g.text, g.counterparts.map((x) => x.source)])).toEqual([
      ['Same.', ['a', 'c']],
      ['Other.', ['b']],
    ]);
  });
});

describe('statementPages: sentences that are each other’s counterparts share a page', () => {
  const s = (source: string, sentence = 'p1-s1') => ({ source, sentence });
  // Hand-made: in a dossier of 20 reports (large), w#p1-s1 is copied by c1…c6 (each the others' counterpart: six
  // counterparts each, over the five a source page shows); x#p1-s1 has one counterpart, in y.
  const copies = ['w', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6'];
  const sentences = [s('x'), ...copies.map((c) => s(c)), s('y')];
  const counterparts = (t: { source: string }) =>
    copies.includes(t.source)
      ? copies.filter((c) => c !== t.source).map((c) => s(c))
      : t.source === 'x'
        ? [s('y')]
        : t.source === 'y'
          ? [s('x')]
          : [];

  test('the seven copies share the page of the first of them; a sentence with few counterparts has none', () => {
    const pages = statementPages(sentences, counterparts, 20);
    expect([...pages.pageOf.values()]).toEqual(Array(7).fill('w#p1-s1'));
    expect(pages.pageOf.has('x#p1-s1')).toBe(false);
    expect([...pages.members.keys()]).toEqual(['w#p1-s1']);
    expect(pages.members.get('w#p1-s1')!.map((m) => m.source)).toEqual(copies);
  });

  test('in a small dossier, x and y (one other report each) still have none', () => {
    expect(statementPages(sentences, counterparts, 9).pageOf.has('y#p1-s1')).toBe(false);
  });
});
